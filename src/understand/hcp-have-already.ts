// "I've got plenty of asthma biologics already", "We've already got two agents for that": what she has
// now, said as enough, is contentment with it. The stock list reads "we already have…"; this reads the
// other orders, with any words between.
import type { PhraseHit } from './phrases.js';
import { wordIn, type Said } from './said.js';

const HAVE = new Set(["i've", "we've", 'i', 'we']);
const GOT = new Set(['got', 'have']);
/** "…two in mind", "two in my head already": patients named for the step. */
const MIND = new Set(['mind', 'head']);
/** Words between "got" and "already" that may only be the things she has. */
const SPAN = 6;

/** The span from "I've got" to "already" in a statement, if any. */
export function haveAlready(s: Said): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  for (const sent of sentences) {
    if (sent.q) continue;
    for (let i = sent.t0; i < sent.t1 - 2; i++) {
      if (!HAVE.has(tokens[i]!.w)) continue;
      // "We've already got two agents for that": the "already" before what she has. "I've already got two
      // in mind" names patients for the step: no contentment.
      const alreadyGot = tokens[i + 1]!.w === 'already' && GOT.has(tokens[i + 2]?.w ?? '') && !tokens[i + 2]!.neg;
      if (alreadyGot && i + 3 < sent.t1 && !wordIn(s, i + 3, Math.min(sent.t1, i + 3 + SPAN), MIND))
        return { list: '', phrase: `${tokens[i]!.w} already ${tokens[i + 2]!.w}`, t0: i, t1: i + 3 };
      if (!GOT.has(tokens[i + 1]!.w) || tokens[i + 1]!.neg) continue;
      // "I've got nothing like it already" has nothing it is content with; "I've got five minutes, I'm
      // already two behind" has "already" in the next clause, about her day.
      for (let j = i + 2; j < Math.min(sent.t1, i + 2 + SPAN); j++) {
        const tok = tokens[j]!;
        if (tok.info.neg || (j > i + 2 && tok.breakBefore)) break;
        if (tok.w === 'already' && j > i + 2 && !wordIn(s, i + 2, j, MIND))
          return { list: '', phrase: `${tokens[i]!.w} ${tokens[i + 1]!.w} … already`, t0: i, t1: j + 1 };
      }
    }
  }
  return undefined;
}
