// Builders for eval tests: observations and act cases stated directly, without the scorer.
import type { LabelBand, Observation, OverallBand } from '../../../src/eval/index.js';

/** One file's labels and scores for metrics 'q' and 'l': `obs('A01', { q: ['high', 4.2] })`. */
export function obs(
  id: string,
  metrics: Record<string, [LabelBand, number | null]>,
  overall: [OverallBand, number | null] = ['mid', 3],
): Observation {
  return {
    id,
    author: /^[A-Za-z]+/.exec(id)?.[0] ?? '-',
    labels: Object.fromEntries(Object.entries(metrics).map(([m, [label]]) => [m, label])),
    overallLabel: overall[0],
    scores: Object.fromEntries(Object.entries(metrics).map(([m, [, score]]) => [m, score])),
    overallScore: overall[1],
  };
}
