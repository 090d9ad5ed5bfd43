// Numbers in text: every number a scenario fact states, and the result-like numbers a rep states
// ("26%", "2.4 points", "HR 0.82", "$25"), leaving counts, doses, ages and times alone.
import { compile, type PhraseList } from './phrases.js';
import { normalize, tokenize } from '../understand/index.js';

export type Hedge = 'above' | 'below' | 'about';

/** What a number counts: `percent`, a stat unit ("points"), `bound` (an age or threshold: "over 65"), or '' (bare). */
export type NumberKind = string;

export interface FactNumber {
  value: number;
  kind: NumberKind;
}

export interface StatedNumber {
  value: number;
  kind: NumberKind;
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

const ANY_NUMBER = /(?<![\p{L}\p{N}.-])\$?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/gu;
/** Units that make a number a dose or a duration, not a result. */
const NOT_RESULT =
  /^\s*(?:mg|mcg|µg|ml|g|iu|units?|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|doses?|tablets?|pills?)\b/iu;

const valueOf = (whole: string, frac: string | undefined): number => Number(whole.replace(/,/g, '') + (frac ?? ''));

/** Every number in the text, as values. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(ANY_NUMBER)].map((m) => valueOf(m[1]!, m[2]));
}

const BOUND_BEFORE = /(?:over|under|above|below|aged?|than|between|and|of)\s*$/iu;
const BOUND_AFTER = /^\s*(?:or (?:older|more|less|above|below)|and (?:older|over|above))\b/iu;

function unitAfter(after: string, units: PhraseList): string | undefined {
  if (/^\s*%/.test(after)) return 'percent';
  const next = tokenize(normalize(after.slice(0, 40)));
  const unit = units.find((u) => u.length > 0 && u.every((x, k) => next[k] === x));
  if (unit === undefined) return undefined;
  const word = unit.join(' ');
  return word === 'per cent' ? 'percent' : word;
}

/** Every number a fact states, with what it counts, so "4 points" is not borne out by "4 percent". */
export function factNumbers(text: string, statUnits: readonly string[]): FactNumber[] {
  const units = compile(statUnits);
  return [...text.matchAll(ANY_NUMBER)].map((m) => {
    const after = text.slice(m.index + m[0].length);
    const unit = unitAfter(after, units);
    const bound =
      unit === undefined &&
      (BOUND_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || BOUND_AFTER.test(after));
    return { value: valueOf(m[1]!, m[2]), kind: unit ?? (bound ? 'bound' : '') };
  });
}

function endsWith(words: readonly string[], list: PhraseList): boolean {
  return list.some(
    (p) =>
      p.length > 0 &&
      p.length <= words.length &&
      p.every((w, k) => w === '*' || words[words.length - p.length + k] === w),
  );
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
    const unit = unitAfter(after, units);
    const before = tokenize(normalize(raw.slice(Math.max(0, m.index - 60), m.index)));
    const lead = endsWith(before, compile(w.statLeads));
    if (!(unit || m[0].startsWith('$') || m[2] !== undefined || lead)) continue;
    const text = unit === 'percent' ? `${m[0]}%` : unit ? `${m[0]} ${unit}` : m[0];
    const hedge = hedgeOf(before, w);
    out.push({ value: valueOf(m[1]!, m[2]), kind: unit ?? '', text, ...(hedge ? { hedge } : {}) });
  }
  return out;
}

/** A number with a unit is borne out by a fact number counting the same thing, or a bare one; never by an age or threshold. */
const sameKind = (n: StatedNumber, f: FactNumber): boolean => n.kind === '' || f.kind === n.kind || f.kind === '';

/** Whether a fact's number bears the stated one out: equal, or on the hedge's side within the tolerance. */
export function matchesFact(n: StatedNumber, facts: readonly FactNumber[], tolerance: number): boolean {
  const candidates = facts.filter((f) => sameKind(n, f));
  if (candidates.some((f) => f.value === n.value)) return true;
  if (n.hedge === undefined) return false;
  for (const { value: q } of candidates) {
    const near = Math.abs(q - n.value) <= tolerance * Math.max(Math.abs(q), Math.abs(n.value));
    if (near && (n.hedge === 'about' || (n.hedge === 'above' ? q > n.value : q < n.value))) return true;
  }
  return false;
}
