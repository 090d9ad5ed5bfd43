// An acknowledgment with no stock phrase and no judgment word: the rep's opening sentence stays in her
// world, in her words ("Losing words is a dealbreaker for a teacher.", "You're stuck with eleven pens.").
import type { RepTurn } from './found.js';
import { namesIn } from './rep-links.js';
import { sentenceContent, sharesWord } from './said.js';
import type { Act } from './types.js';

/** A word on her point stays this short ("That blind spot goes a long way toward explaining how she slipped through."). */
export const WORD_ON_HER_POINT = 14;
/** Words that make a sentence the rep's own claim, not a word on hers. */
const SELF = new Set([
  'i',
  "i'm",
  "i'd",
  "i've",
  "i'll",
  'me',
  'my',
  'we',
  "we're",
  "we've",
  "we'll",
  'our',
  'us',
  "let's",
]);
/** Openers of a step or of thanks, not of a word on her point ("Then that somebody is me.", "Thanks for…"). */
const NOT_ON_HER = new Set(['so', 'then', 'thanks', 'thank']);

/**
 * "Losing words is a dealbreaker for a teacher.", "You're stuck eating eleven pens.": a short opening
 * statement in her words, with nothing of the rep's or the product's in it, takes in what she raised.
 */
export function onHerWorld(r: RepTurn, k: number): boolean {
  const { s } = r;
  const sent = s.text.sentences[k]!;
  const end = sent.t1;
  if (end - sent.t0 > WORD_ON_HER_POINT || NOT_ON_HER.has(s.text.tokens[sent.t0]!.w)) return false;
  if (['paraphrase', 'parrot', 'recap', 'misstated_recap', 'answers_question'].some((a) => r.found.has(a as Act)))
    return false;
  if (r.conv.has(r.prev!.i, 'asks_question')) return false;
  for (let i = sent.t0; i < end; i++) if (SELF.has(s.text.tokens[i]!.w) || s.text.tokens[i]!.neg) return false;
  if (
    s.hits.within('rep.benefit', sent.t0, end).length > 0 ||
    s.hits.within('rep.productFacts', sent.t0, end).length > 0 ||
    namesIn(r.conv, s, sent.t0, end)
  )
    return false;
  return sharesWord(sentenceContent(s, k), r.prev!.content);
}
