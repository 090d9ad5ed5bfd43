// Questions put to a read text about its clauses and words: where a clause starts and ends, what
// separates two words, whether a short capital word is an abbreviation.
import { isDigitCode } from './stem.js';
import type { Token, TurnText } from './text.js';

/** "ER", "ACE", "COPD": a short all-capital word is an abbreviation, not a name, whatever its case says. */
export function isAbbreviation(t: TurnText, tok: Token): boolean {
  if (tok.end - tok.start < 2 || tok.end - tok.start > 4) return false;
  for (let j = tok.start; j < tok.end; j++) {
    const c = t.raw.charCodeAt(j);
    if (!((c >= 65 && c <= 90) || isDigitCode(c))) return false;
  }
  return true;
}

/** Whether a clause break lies between tokens a and b (a < b) of the same sentence. */
export function breakBetween(t: TurnText, a: number, b: number): boolean {
  for (let i = a + 1; i <= b; i++) if (t.tokens[i]?.breakBefore) return true;
  return false;
}

/** Token i opens its clause: the text's first word, after a clause break, or a sentence's first word. */
export const opensClause = (t: TurnText, i: number): boolean =>
  i === 0 || t.tokens[i]!.breakBefore || t.tokens[i - 1]!.sent !== t.tokens[i]!.sent;

/** Token i ends its clause: the text's last word, before a clause break, or a sentence's last word. */
export function endsClause(t: TurnText, i: number): boolean {
  const next = t.tokens[i + 1];
  return next === undefined || next.sent !== t.tokens[i]!.sent || next.breakBefore;
}

/** The word without a clitic "'s" ("patient's" → "patient", "lobby's" → "lobby"); other words as they are. */
export const withoutClitic = (w: string): string => (w.endsWith("'s") ? w.slice(0, -2) : w);

/** Whether a colon stands between token j - 1 and token j ("Three things I'm after: cost, …"). */
export const colonBefore = (t: TurnText, j: number): boolean =>
  t.raw.slice(t.tokens[j - 1]!.end, t.tokens[j]!.start).includes(':');

/** The clause of token i, [start, end): bounded by clause breaks (see breakBefore) and by [from, to). */
export function clauseAround(t: TurnText, i: number, from: number, to: number): [number, number] {
  let a = i;
  while (a > from && !t.tokens[a]!.breakBefore) a--;
  let b = i + 1;
  while (b < to && !t.tokens[b]!.breakBefore) b++;
  return [a, b];
}
