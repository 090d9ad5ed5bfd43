// Small formatters shared by renderers: scores ("n/a" never 3.0), bands and 10-cell bars.
import type { Band } from '../types.js';

export const formatScore = (s: number | null): string => (s === null ? 'n/a' : s.toFixed(1));

/** Bands from docs/scoring.md, highest floor first. */
const BANDS: readonly (readonly [number, Band])[] = [
  [4.5, 'Exceptional'],
  [3.5, 'Strong'],
  [2.5, 'Developing'],
  [1.5, 'Emerging'],
];

export function bandOf(score: number | null): Band | null {
  if (score === null) return null;
  return BANDS.find(([min]) => score >= min)?.[1] ?? 'Needs focus';
}

const BAR_CELLS = 10;

/** A 1–5 score as 10 cells (one cell per half point); '' for n/a so it never looks like a score. */
export function bar(score: number | null): string {
  if (score === null) return '';
  const filled = Math.max(0, Math.min(BAR_CELLS, Math.round((score / 5) * BAR_CELLS)));
  return '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
}
