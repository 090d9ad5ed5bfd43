// A 4×4 confusion matrix of bands: rows are the trainers' label, columns the scorer's band.
import { LABEL_BANDS, type LabelBand } from './band.js';

export type Confusion = Record<LabelBand, Record<LabelBand, number>>;

export function emptyConfusion(): Confusion {
  const row = (): Record<LabelBand, number> => ({ high: 0, mid: 0, low: 0, 'n/a': 0 });
  return { high: row(), mid: row(), low: row(), 'n/a': row() };
}

export function confusionOf(pairs: Iterable<{ label: LabelBand; got: LabelBand }>): Confusion {
  const m = emptyConfusion();
  for (const { label, got } of pairs) m[label][got]++;
  return m;
}

/** The diagonal: pairs where the scorer's band is the label. */
export const agreedIn = (m: Confusion): number => LABEL_BANDS.reduce((n, b) => n + m[b][b], 0);
