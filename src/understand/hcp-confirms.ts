// "No, that order's right.": an opening "no" that answers a check put in the negative, and confirms it.
import type { PhraseHit } from './phrases.js';
import type { Said } from './said.js';

/** Words that make an opening "No" confirm what the rep asked ("No, spot on.", "No no, that order is correct."). */
const CONFIRMS = new Set(['right', 'correct', 'spot', 'proper', 'exactly', 'sensible', 'sense']);

/** "No, that's the proper sequence.": the first sentence confirms after its "no" (the span up to the word). */
export function confirmsAfterNo(s: Said): PhraseHit | undefined {
  const first = s.text.sentences[0];
  if (first === undefined) return undefined;
  for (let i = first.t0 + 1; i < first.t1; i++) {
    const t = s.text.tokens[i]!;
    // "No, that doesn't make sense." denies it: a negation after the "no" (not "No, no, …") undoes the confirming word.
    if (t.info.neg && !(t.w === s.text.tokens[i - 1]!.w && i - 1 === first.t0)) return undefined;
    if (CONFIRMS.has(t.w) && !t.neg) return { list: '', phrase: `… ${t.w}`, t0: first.t0, t1: i + 1 };
  }
  return undefined;
}
