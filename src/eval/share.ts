// An agreement share: how many pairs agreed out of how many, and the percentage for people.
export interface Share {
  agree: number;
  total: number;
  /** Percent (0–100) rounded to 0.1; null when there was nothing to compare. */
  agreement: number | null;
}

export function shareOf(agree: number, total: number): Share {
  return { agree, total, agreement: total === 0 ? null : Math.round((agree / total) * 1000) / 10 };
}

/** Exact, from the counts: a rounded 85.0% that is really 84.96% is below 85. */
export const isBelow = (s: Share, percent: number): boolean => s.total > 0 && s.agree * 100 < percent * s.total;

/** Rounds a ratio for reports: 3 decimals are more than a 40-file sample can tell apart. */
export const round3 = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);
