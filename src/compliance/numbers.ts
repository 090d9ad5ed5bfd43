// Numbers in text: every number a scenario fact states, and the result-like numbers a rep states
// ("26%", "2.4 points", "HR 0.82", "$25"), leaving counts, doses, ages and times alone.
import { compile, type PhraseList } from './phrases.js';
import { normalize, tokenize } from '../understand/index.js';

export type Hedge = 'above' | 'below' | 'about';

export interface StatedNumber {
  value: number;
  /** The number as written, with its unit ("26%", "4 points"). */
  text: string;
  /** "over 90 percent": the number is a bound or a rounding, not the fact itself. */
  hedge?: Hedge;
}

export interface StatWords {
  statUnits: readonly string[];
  statLeads: readonly string[];
  hedgeAbove: readonly string[];
  hedgeBelow: readonly string[];
  hedgeAbout: readonly string[];
}

const ANY_NUMBER = /(?<![\p{L}\p{N}.])\$?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/gu;
/** Units that make a number a dose or a duration, not a result. */
const NOT_RESULT = /^\s*(?:mg|mcg|µg|ml|g|iu|units?|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|doses?|tablets?|pills?)\b/iu;

const valueOf = (whole: string, frac: string | undefined): number => Number(whole.replace(/,/g, '') + (frac ?? ''));

/** Every number in the text, as values. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(ANY_NUMBER)].map((m) => valueOf(m[1]!, m[2]));
}

function endsWith(words: readonly string[], list: PhraseList): boolean {
  return list.some((p) => p.length > 0 && p.length <= words.length && p.every((w, k) => w === '*' || words[words.length - p.length + k] === w));
}

function hedgeOf(before: readonly string[], w: StatWords): Hedge | undefined {
  if (endsWith(before, compile(w.hedgeAbove))) return 'above';
  if (endsWith(before, compile(w.hedgeBelow))) return 'below';
  return endsWith(before, compile(w.hedgeAbout)) ? 'about' : undefined;
}

/** Numbers that state a result: a percent, a decimal, money, a stat unit after, or a stat lead before. */
export function statNumbers(raw: string, w: StatWords): StatedNumber[] {
  const out: StatedNumber[] = [];
  const units = compile(w.statUnits);
  for (const m of raw.matchAll(ANY_NUMBER)) {
    const after = raw.slice(m.index + m[0].length);
    if (NOT_RESULT.test(after)) continue;
    const percent = /^\s*%/.test(after);
    const next = tokenize(normalize(after.slice(0, 40)));
    const unit = units.find((u) => u.length > 0 && u.every((x, k) => next[k] === x));
    const before = tokenize(normalize(raw.slice(Math.max(0, m.index - 60), m.index)));
    const lead = endsWith(before, compile(w.statLeads));
    if (!(percent || m[0].startsWith('$') || m[2] !== undefined || unit || lead)) continue;
    const text = percent ? `${m[0]}%` : unit ? `${m[0]} ${unit.join(' ')}` : m[0];
    const hedge = hedgeOf(before, w);
    out.push({ value: valueOf(m[1]!, m[2]), text, ...(hedge ? { hedge } : {}) });
  }
  return out;
}

/** Whether a fact's number bears the stated one out: equal, or on the hedge's side within the tolerance. */
export function matchesFact(n: StatedNumber, facts: ReadonlySet<number>, tolerance: number): boolean {
  if (facts.has(n.value)) return true;
  if (n.hedge === undefined) return false;
  for (const q of facts) {
    const near = Math.abs(q - n.value) <= tolerance * Math.max(Math.abs(q), Math.abs(n.value));
    if (near && (n.hedge === 'about' || (n.hedge === 'above' ? q > n.value : q < n.value))) return true;
  }
  return false;
}
