// "If I could tell them 'stick with it for four weeks', that's a pitch I can make.": words the HCP quotes
// are what someone would say, not her own stance or feeling.
import type { Said } from './said.js';

/** Double quote marks ('"', '\u201C', '\u201D') and single ones ("'", '\u2018', '\u2019'), by code: a set per character cost more than the scan. */
const isDouble = (c: number): boolean => c === 34 || c === 0x201c || c === 0x201d;
const isSingle = (c: number): boolean => c === 39 || c === 0x2018 || c === 0x2019;
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whether token t0 sits inside a quotation: an unclosed quote mark opens before it in the turn. */
export const inQuotes = (s: Said, t0: number): boolean => (s.quoted ??= quotedTokens(s))[t0]!;

/** Each token's inQuotes, in one pass over the turn: asked per hit and per word, a scan from the start each time was quadratic. */
function quotedTokens(s: Said): boolean[] {
  const { raw, tokens } = s.text;
  const out: boolean[] = [];
  let open = false;
  let i = 0;
  for (const tok of tokens) {
    for (; i < tok.start; i++) {
      const c = raw.charCodeAt(i);
      if (isDouble(c)) open = !open;
      else if (isSingle(c)) {
        const before = raw[i - 1];
        const after = raw[i + 1];
        // An apostrophe sits between letters ("don't"); a quote opens before a word and closes after one.
        if (isLetter(before) && isLetter(after)) continue;
        if (!isLetter(before) && isLetter(after)) open = true;
        else if (open && !isLetter(after)) open = false;
      }
    }
    out.push(open);
  }
  return out;
}

/** How many words of sentence k a quote opening it holds ("'Comparable to the class' — that's my worry." holds 4). */
export function quotedLead(s: Said, k: number): number {
  const { t0, t1 } = s.text.sentences[k]!;
  let end = t0;
  while (end < t1 && inQuotes(s, end)) end++;
  return end - t0;
}
