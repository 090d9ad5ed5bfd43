// Metric-band and overall agreement between the scorer and the trainers' labels, with the misses.
import { bandOfScore, type LabelBand } from './band.js';
import { agreedIn, confusionOf, type Confusion } from './confusion.js';
import { shareOf, type Share } from './share.js';
import type { Observation } from './types.js';

export interface MetricRow extends Share {
  metric: string;
  /** Rows: label; columns: scorer. */
  confusion: Confusion;
}

/** A (file, metric) pair where the scorer's band is not the label; metric 'overall' for the whole call. */
export interface Miss {
  file: string;
  metric: string;
  label: LabelBand;
  got: LabelBand;
  score: number | null;
}

export interface MetricAgreement {
  metrics: Share;
  overall: Share;
  perMetric: MetricRow[];
  misses: Miss[];
  overallMisses: Miss[];
}

const pairOf = (o: Observation, metric: string): Miss => {
  const score = o.scores[metric] ?? null;
  return { file: o.id, metric, label: o.labels[metric] ?? 'n/a', got: bandOfScore(score), score };
};

const overallPair = (o: Observation): Miss => ({
  file: o.id,
  metric: 'overall',
  label: o.overallLabel,
  got: bandOfScore(o.overallScore),
  score: o.overallScore,
});

/** Share of (file, metric) pairs in band, per metric with its confusion matrix, and of overall bands. */
export function metricAgreement(observations: readonly Observation[], metricIds: readonly string[]): MetricAgreement {
  const perMetric = metricIds.map((metric): MetricRow => {
    const confusion = confusionOf(observations.map((o) => pairOf(o, metric)));
    return { metric, ...shareOf(agreedIn(confusion), observations.length), confusion };
  });
  const agree = perMetric.reduce((n, r) => n + r.agree, 0);
  const overallPairs = observations.map(overallPair);
  const misses = observations.flatMap((o) => metricIds.map((m) => pairOf(o, m))).filter((p) => p.label !== p.got);
  const overallMisses = overallPairs.filter((p) => p.label !== p.got);
  return {
    metrics: shareOf(agree, observations.length * metricIds.length),
    overall: shareOf(observations.length - overallMisses.length, observations.length),
    perMetric,
    misses,
    overallMisses,
  };
}
