// Agreement split by author (the letters that start a file id), to see whether it holds for each.
import { metricAgreement } from './metric-agreement.js';
import type { Share } from './share.js';
import type { Observation } from './types.js';

export interface AuthorRow {
  author: string;
  files: number;
  metrics: Share;
  overall: Share;
}

/** One row per author, in sorted order. */
export function authorAgreement(observations: readonly Observation[], metricIds: readonly string[]): AuthorRow[] {
  const authors = [...new Set(observations.map((o) => o.author))].sort();
  return authors.map((author) => {
    const mine = observations.filter((o) => o.author === author);
    const { metrics, overall } = metricAgreement(mine, metricIds);
    return { author, files: mine.length, metrics, overall };
  });
}
