// Empathy in a rep turn: a line that names how the HCP's situation feels ("I can hear how frustrating
// that is.", "I can see how that would wear anyone down.") acknowledges it with no stock phrase; a
// stock opener whose clause goes on to sell ("That sounds like a great fit for Glytora.") does not.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { hitsIn, sentenceContent, sharesWord } from './said.js';

/** The lists whose words make a clause a claim about the product. */
const CLAIMS = ['rep.benefit', 'rep.hype'];

/**
 * An acknowledgment phrase whose own clause carries a product claim or a name the HCP never said:
 * "That sounds like a great fit for Glytora.", "That's a lot of patients who could do well on a
 * once-weekly pen." The opener frames a pitch.
 */
export function framesPitch(r: RepTurn, h: PhraseHit): boolean {
  const { tokens, sentences } = r.s.text;
  const end = sentences[tokens[h.t0]!.sent]!.t1;
  for (let t = h.t1; t < end; t++) {
    const tok = tokens[t]!;
    if (tok.breakBefore) return false;
    if (CLAIMS.some((list) => r.s.hits.at(list, t) !== undefined)) return true;
    if (tok.cap && tok.s !== '' && r.conv.hcpSaid(tok.s) === undefined) return true;
  }
  return false;
}

/** The acknowledgment phrases of sentence k that are not openers of a pitch. */
export function acknowledgmentsIn(r: RepTurn, k: number): PhraseHit[] {
  return hitsIn(r.s, 'rep.acknowledgment', k).filter((h) => !framesPitch(r, h) && !rightAsExactly(r, h));
}

/** Words after "right" that make it "exactly" ("that's right where it helps most"), not "correct". */
const RIGHT_ON = new Set([
  'where',
  'when',
  'what',
  'how',
  'at',
  'in',
  'on',
  'about',
  'around',
  'for',
  'after',
  'before',
  'into',
]);

/** "That's right where I've seen it help": a "right" that runs on into a place or time agrees with nothing. */
function rightAsExactly(r: RepTurn, h: PhraseHit): boolean {
  const { tokens } = r.s.text;
  const next = tokens[h.t1];
  return (
    tokens[h.t1 - 1]!.w === 'right' &&
    next !== undefined &&
    next.sent === tokens[h.t0]!.sent &&
    !next.breakBefore &&
    RIGHT_ON.has(next.w)
  );
}

/** Words short enough to be a reaction, not a point of its own. */
const REACTION_WORDS = 12;

/**
 * Sentence k, a short statement, names a feeling (not denied) about what was said: "I can hear how
 * frustrating that is.", "That must be maddening for your front desk." No product word, no claim.
 */
export function namesTheFeeling(r: RepTurn, k: number): boolean {
  const sent = r.s.text.sentences[k]!;
  if (sent.q || sent.t1 - sent.t0 > REACTION_WORDS) return false;
  const feeling = hitsIn(r.s, 'rep.feelings', k).find((h) => !r.s.text.tokens[h.t0]!.neg);
  if (feeling === undefined) return false;
  if (['rep.benefit', 'rep.hype', 'rep.productFacts'].some((list) => hitsIn(r.s, list, k).length > 0)) return false;
  // A name the HCP never said makes it about the product ("Glytora is frustrating for nobody").
  for (let t = sent.t0; t < sent.t1; t++) {
    const tok = r.s.text.tokens[t]!;
    if (tok.cap && tok.s !== '' && r.conv.hcpSaid(tok.s) === undefined) return false;
  }
  return sentenceContent(r.s, k).size > 0;
}

/** The sentence of the acknowledgment reuses a word of the HCP's last turn. */
export function echoesHcp(r: RepTurn): boolean {
  const ack = r.found.get('acknowledge')!;
  const q = r.sentences.find((x) => r.s.text.sentences[x.k]!.end >= ack.end);
  return q !== undefined && r.prev !== undefined && sharesWord(sentenceContent(r.s, q.k), r.prev.content);
}
