// Spearman correlation of the scorer's overall score with the trainers' overall band.
import type { OverallBand } from './band.js';
import { round3 } from './share.js';
import { spearman } from './spearman.js';
import type { Observation } from './types.js';

const RANK: Record<OverallBand, number> = { low: 1, mid: 2, high: 3 };

export interface Correlation {
  /** null with fewer than 2 scored files or when every score (or every label) is the same. */
  rho: number | null;
  /** Files counted: those the scorer gave an overall score. */
  n: number;
}

export function overallCorrelation(observations: readonly Observation[]): Correlation {
  const scored = observations.filter((o): o is Observation & { overallScore: number } => o.overallScore !== null);
  const rho = spearman(
    scored.map((o) => o.overallScore),
    scored.map((o) => RANK[o.overallLabel]),
  );
  return { rho: round3(rho), n: scored.length };
}
