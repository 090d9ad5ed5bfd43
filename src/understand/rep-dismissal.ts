// Dismissing a concern without a stock phrase: "That's really not something you need to worry about",
// "There's no reason to be concerned". The negation reaches the worry across a few filler words only,
// so "I don't blame you for worrying" and "I don't want you to worry" are not dismissals.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';

const WORRY = new Set(['worry', 'worrying', 'concerned', 'fret', 'sweat', 'panic']);
const NOT_TO = new Set([
  'not',
  'no',
  'nothing',
  "don't",
  "doesn't",
  'never',
  "shouldn't",
  "needn't",
  "won't",
  "wouldn't",
]);
/** Words between the negation and the worry in "not something you need to worry about", "no reason to be concerned". */
const BETWEEN = new Set([
  'something',
  'anything',
  'you',
  'really',
  'need',
  'needs',
  'to',
  'have',
  'any',
  'reason',
  'be',
  'much',
  'the',
  'a',
  'one',
  'thing',
  'at',
  'all',
  'for',
  'i',
  'think',
  'would',
]);

/** "That's really not something you need to worry about.": telling the HCP a concern is no concern. */
export function toldNotToWorry(r: RepTurn): PhraseHit | undefined {
  const { tokens } = r.s.text;
  for (let i = 0; i < tokens.length; i++) {
    // "Don't you worry about the copay?" asks; it tells the HCP nothing.
    if (!WORRY.has(tokens[i]!.w) || r.s.text.sentences[tokens[i]!.sent]?.q === true) continue;
    for (let j = i - 1; j >= 0 && j >= i - 6 && tokens[j]!.sent === tokens[i]!.sent; j--) {
      if (NOT_TO.has(tokens[j]!.w))
        return { list: 'rep.dismissal', phrase: `${tokens[j]!.w} … ${tokens[i]!.w}`, t0: j, t1: i + 1 };
      if (!BETWEEN.has(tokens[j]!.w)) break;
    }
  }
  return undefined;
}
