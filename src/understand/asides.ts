// Spoken asides set off by commas ("…and the copay, you know, kills it", "Look, we tried it", "it's,
// like, forty a month") carry nothing of what is said: they are read like the sounds "um" and "uh",
// as no words of the sentence. Left in, "you know" reads as a second-person restatement and "Look,"
// hides the words that open the sentence.
import type { Sentence, Token } from './text.js';

/** Asides, with where each may stand: opening a sentence, between commas inside one, or closing it after a comma. */
const ASIDES: readonly { words: readonly string[]; opens: boolean; inside: boolean }[] = [
  { words: ['you', 'know'], opens: true, inside: true },
  { words: ['i', 'mean'], opens: true, inside: true },
  { words: ['like'], opens: false, inside: true },
  { words: ['look'], opens: true, inside: false },
  { words: ['listen'], opens: true, inside: false },
];
/** The words an aside opens on: each word knows whether it is one (vocabulary.ts), checked once per word, not per token. */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(ASIDES.map((a) => a.words[0]!));

/** Drops the asides from tokens, sentences and stems in place; returns the kept index of each old token (-1: dropped). */
export function dropAsides(tokens: Token[], sentences: Sentence[], stems: Set<string>): number[] | undefined {
  if (!tokens.some((t) => t.info.aside)) return undefined;
  const drop = new Set<number>();
  for (const sent of sentences)
    for (let i = sent.t0; i < sent.t1; i++) {
      // An aside opens on one of few words: most tokens are none (and "you" alone made every turn try them all).
      if (!tokens[i]!.info.aside) continue;
      const n = asideAt(tokens, sent, i);
      for (let j = 0; j < n; j++) drop.add(i + j);
    }
  if (drop.size === 0) return undefined;
  const kept: number[] = [];
  let out = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (drop.has(i)) {
      kept.push(-1);
      continue;
    }
    kept.push(out);
    tokens[out++] = tokens[i]!;
  }
  tokens.length = out;
  // "Look," and "I mean," said as asides bring no words of the turn's own.
  stems.clear();
  for (const tok of tokens) if (tok.s !== '') stems.add(tok.s);
  for (const sent of sentences) {
    const t0 = firstKept(kept, sent.t0, sent.t1);
    sent.t1 = firstKept(kept, sent.t1, kept.length);
    sent.t0 = t0;
    // The word after an opening aside opens the sentence now: no break before it, and its capital is no name's.
    const first = tokens[sent.t0];
    if (sent.t0 < sent.t1 && first !== undefined) {
      first.breakBefore = false;
      first.cap = false;
    }
  }
  return kept;
}

/** Where old index i lands among the kept tokens: itself if kept, else the next kept one before `end`. */
function firstKept(kept: readonly number[], i: number, end: number): number {
  for (let j = i; j < end; j++) if (kept[j]! >= 0) return kept[j]!;
  // Past the end: as many kept tokens as come before it.
  for (let j = Math.min(i, kept.length) - 1; j >= 0; j--) if (kept[j]! >= 0) return kept[j]! + 1;
  return 0;
}

/** The length of the aside at token i of the sentence, or 0. */
function asideAt(tokens: readonly Token[], sent: Sentence, i: number): number {
  for (const a of ASIDES) {
    const n = a.words.length;
    if (i + n > sent.t1 || a.words.some((w, j) => tokens[i + j]!.w !== w)) continue;
    const after = tokens[i + n];
    const closes = i + n === sent.t1;
    const commaAfter = after !== undefined && i + n < sent.t1 && after.breakBefore;
    if (i === sent.t0 ? a.opens && commaAfter : a.inside && tokens[i]!.breakBefore && (commaAfter || closes)) return n;
  }
  return 0;
}
