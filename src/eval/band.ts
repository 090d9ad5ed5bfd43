// The trainers' bands (docs/scoring.md, docs/data-formats.md) and the band a scorer's 1–5 score falls in.
export const LABEL_BANDS = ['high', 'mid', 'low', 'n/a'] as const;
export const OVERALL_BANDS = ['high', 'mid', 'low'] as const;

export type LabelBand = (typeof LABEL_BANDS)[number];
export type OverallBand = (typeof OVERALL_BANDS)[number];

/** docs/scoring.md: high 4.0–5.0, mid 2.5–3.9, low 1.0–2.4; a metric the scorer left out is n/a. */
export function bandOfScore(score: number | null): LabelBand {
  if (score === null) return 'n/a';
  return score >= 4 ? 'high' : score >= 2.5 ? 'mid' : 'low';
}

/** The trainer files' authors are the letters that start an id: 'A' for 'A07-neurology-ms'. */
export function authorOf(id: string): string {
  return /^[A-Za-z]+/.exec(id)?.[0] ?? '-';
}
