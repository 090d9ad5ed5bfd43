// Building blocks of every metric: ladders from a value to 1–5, components with evidence, the mean.
import type { ComponentResult, Evidence, MetricResult } from '../types.js';
import type { MetricId, Rubric } from './rubric-schema.js';

/** Enough quotes to show why, few enough to read in `--explain`. */
export const MAX_EVIDENCE = 5;

export const round1 = (x: number): number => Math.round(x * 10 + 1e-9) / 10;
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

type Ladder = readonly [number, number, number, number];

/** value >= a -> 5, >= b -> 4, >= c -> 3, >= d -> 2, else 1; for "fewer is better" values, <=. */
export function ladder(value: number, cuts: Ladder, fewerIsBetter = false): number {
  for (let i = 0; i < 4; i++) {
    const t = cuts[i]!;
    if (fewerIsBetter ? value <= t + 1e-9 : value >= t - 1e-9) return 5 - i;
  }
  return 1;
}

/** A component; evidence keeps one quote per turn, in turn order. */
export function component(
  name: string,
  weight: number,
  score: number | null,
  rationale: string,
  evidence: readonly Evidence[] = [],
): ComponentResult {
  return {
    name,
    score: score === null ? null : round1(score),
    applicable: score !== null,
    weight,
    rationale,
    evidence: firstPerTurn(evidence),
  };
}

/** The first quote of each turn, in turn order, up to MAX_EVIDENCE; most lists come in turn order already. */
function firstPerTurn(evidence: readonly Evidence[]): Evidence[] {
  const inOrder = evidence.every((e, k) => k === 0 || evidence[k - 1]!.turn <= e.turn);
  const sorted = inOrder ? evidence : [...evidence].sort((a, b) => a.turn - b.turn);
  const out: Evidence[] = [];
  // Sorted, a turn's quotes sit together: the first of each run is the one kept.
  for (const e of sorted) {
    if (out.length === MAX_EVIDENCE) break;
    if (out.length === 0 || out[out.length - 1]!.turn !== e.turn) out.push(e);
  }
  return out;
}

/** Weighted mean of applicable components, rounded to 0.1, optionally capped; null when none applies. */
export function metric(rubric: Rubric, id: MetricId, components: ComponentResult[], cap?: number): MetricResult {
  const applicable = components.filter((c) => c.score !== null && c.weight > 0);
  const weight = applicable.reduce((sum, c) => sum + c.weight, 0);
  let score = weight === 0 ? null : applicable.reduce((sum, c) => sum + c.score! * c.weight, 0) / weight;
  if (score !== null && cap !== undefined) score = Math.min(score, cap);
  const def = rubric.metrics[id];
  return {
    id,
    metric: def.name,
    optional: def.optional,
    score: score === null ? null : round1(score),
    applicable: score !== null,
    components,
  };
}

/** A metric the rules make not applicable (no objection, no cue): every component n/a with the reason. */
export function notApplicable(rubric: Rubric, id: MetricId, names: readonly string[], why: string): MetricResult {
  const w = rubric.metrics[id].weights as Record<string, number>;
  return metric(
    rubric,
    id,
    names.map((n) => component(n, w[n] ?? 1, null, why)),
  );
}

/** "turns 3, 5 and 9" for rationales. */
export function turnList(turns: readonly number[]): string {
  const shown = turns.slice(0, 6).map(String);
  if (turns.length > 6) shown.push('…');
  if (shown.length <= 1) return `turn ${shown[0] ?? ''}`.trim();
  return `turns ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
