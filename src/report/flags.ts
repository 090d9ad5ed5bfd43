// Compliance flags a trainer should look at. The scorer does not read fair balance or off-label talk,
// so these are the conduct signs it does measure: claims not tied to what the HCP said (generic
// benefit claims, feature dumps: making_it_matter in the low band), arguing with an objection
// (objection_navigation low), and an HCP who walked out.
import type { PracticeRecord } from './types.js';

/** Below this a metric is in the low band (the band cuts `eval` uses: 4.0 high, 2.5 mid). */
export const LOW_BAND = 2.5;

export const FLAGS = {
  claims: 'unsupported claims (making it matter in the low band)',
  argued: 'argued with an objection (objection navigation in the low band)',
  'walk-out': 'the HCP walked out',
} as const;

export type FlagId = keyof typeof FLAGS;

const low = (v: number | null | undefined): boolean => typeof v === 'number' && v < LOW_BAND;

export function flagsOf(r: Pick<PracticeRecord, 'metrics' | 'walkedOut'>): FlagId[] {
  const out: FlagId[] = [];
  if (low(r.metrics.making_it_matter)) out.push('claims');
  if (low(r.metrics.objection_navigation)) out.push('argued');
  if (r.walkedOut) out.push('walk-out');
  return out;
}
