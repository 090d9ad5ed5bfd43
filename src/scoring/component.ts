// Shared building blocks of every metric: threshold ladders, evidence, ratio components, means.
import type { ComponentResult, Evidence, MetricResult } from '../types.js';
import type { Conversation } from './analyze.js';
import type { MetricId, Rubric } from './rubric-schema.js';
import { shortQuote } from './text.js';

type Ladder = readonly [number, number, number, number];
type Steps = { readonly steps: readonly (readonly [number, number])[]; readonly otherwise: number };

/** Enough quotes to show why, few enough to read in `--explain`. */
export const MAX_EVIDENCE = 5;
const MAX_MISSES_LISTED = 6;
/** Observations a tally keeps of each kind (the rest are only counted). */
export const KEPT = Math.max(MAX_EVIDENCE, MAX_MISSES_LISTED);

export const round1 = (x: number): number => Math.round(x * 10 + 1e-9) / 10;
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** value >= a -> 5, >= b -> 4, >= c -> 3, >= d -> 2, else 1; rates (lower is better) use <=. */
export function ladderScore(value: number, ladder: Ladder, lowerIsBetter = false): number {
  for (let i = 0; i < 4; i++) {
    const t = ladder[i]!;
    if (lowerIsBetter ? value <= t + 1e-9 : value >= t - 1e-9) return 5 - i;
  }
  return 1;
}

/** The all/some/none scale: every observation counts, some do, none do. */
export function allSome(hits: number, total: number, s: { all: number; some: number; none: number }): number {
  return hits === total ? s.all : hits > 0 ? s.some : s.none;
}

export function stepScore(value: number, s: Steps): number {
  return s.steps.find(([min]) => value >= min)?.[1] ?? s.otherwise;
}

/** A quote from turn i, starting at the sentence that holds `phrase` when it is given. */
export function quoteOf(conv: Conversation, i: number, phrase?: string): Evidence {
  const raw = conv.turns[i]!.raw;
  let from = 0;
  if (phrase !== undefined) {
    const at = raw.toLowerCase().replace(/[\u2018\u2019]/g, "'").indexOf(phrase.toLowerCase());
    if (at > 0) {
      for (const mark of ['. ', '? ', '! ', '\n']) {
        const end = raw.lastIndexOf(mark, at);
        if (end !== -1) from = Math.max(from, end + mark.length);
      }
    }
  }
  return { turn: i, quote: shortQuote(raw.slice(from)) };
}

export interface Observation {
  turn: number;
  /** The phrase that decided it, for a quote that starts where it matters. */
  phrase?: string;
}

/**
 * Observations counted as they come, in turn order, keeping only what `component` can show: the
 * first per turn, for MAX_EVIDENCE turns. A 10,000-turn transcript stores a few, not thousands.
 */
export class Moves {
  readonly kept: Observation[] = [];
  count = 0;

  add(turn: number, phrase?: string): void {
    this.count++;
    const kept = this.kept;
    if (kept.length < MAX_EVIDENCE && (kept.length === 0 || kept[kept.length - 1]!.turn !== turn)) kept.push({ turn, phrase });
  }
}

export function component(
  conv: Conversation,
  name: string,
  weight: number,
  score: number | null,
  rationale: string,
  moved: readonly Observation[] = [],
): ComponentResult {
  // One quote per turn: two observations settled by the same turn would repeat it.
  const seen = new Set<number>();
  const unique = moved.filter((o) => !seen.has(o.turn) && seen.add(o.turn));
  const evidence = unique.slice(0, MAX_EVIDENCE).map((o) => quoteOf(conv, o.turn, o.phrase));
  return { name, score, applicable: score !== null, weight, rationale, evidence };
}

/** Observations split by a judgment: counts, and the first few of each kind. */
export interface Tally {
  /** First observations that count (for rates: the offending ones). */
  hits: Observation[];
  /** First observations that did not count: listed by turn number in the rationale. */
  misses: Observation[];
  hitCount: number;
  missCount: number;
}

export interface RatioSpec extends Tally {
  name: string;
  weight: number;
  ladder: Ladder;
  lowerIsBetter?: boolean;
  /** "of N rep questions are open", completing "3 ". */
  what: string;
  /** Rationale when there was nothing to observe. */
  none: string;
  missLabel?: string;
}

/** A component scored by the share of observations that count; n/a with no observations. */
export function ratioComponent(conv: Conversation, s: RatioSpec): ComponentResult {
  const total = s.hitCount + s.missCount;
  if (total === 0) return component(conv, s.name, s.weight, null, s.none);
  const share = s.hitCount / total;
  const score = ladderScore(share, s.ladder, s.lowerIsBetter);
  let rationale = `${s.hitCount} of ${total} ${s.what} (${pct(share)})`;
  if (s.missCount > 0 && !s.lowerIsBetter) {
    const listed = s.misses.slice(0, MAX_MISSES_LISTED).map((m) => m.turn);
    const more = s.missCount > listed.length ? ', …' : '';
    rationale += `; ${s.missLabel ?? 'not at'} turn${listed.length > 1 ? 's' : ''} ${listed.join(', ')}${more}`;
  }
  return component(conv, s.name, s.weight, score, rationale, s.hits);
}

/** Weighted mean of applicable components, rounded to 0.1; null when none applies. */
export function metric(rubric: Rubric, id: MetricId, components: ComponentResult[]): MetricResult {
  const applicable = components.filter((c) => c.score !== null && c.weight > 0);
  const weight = applicable.reduce((sum, c) => sum + c.weight, 0);
  const score = weight === 0 ? null : round1(applicable.reduce((sum, c) => sum + c.score! * c.weight, 0) / weight);
  const def = rubric.metrics[id];
  return { id, metric: def.name, optional: def.optional, score, applicable: score !== null, components };
}
