// What every batch renderer shows the same way: metric columns, scores, names, the summary line.
import type { BatchReport, RunResult } from '../../batch/index.js';
import { displayName } from '../../batch/index.js';
import { formatScore } from '../format.js';

/** Metric ids in the order the first run's scorecard lists them (the rubric order). */
export function metricIds(report: BatchReport): string[] {
  return [...new Set(report.runs.flatMap((r) => Object.keys(r.metrics)))];
}

export const runLabel = (r: RunResult): string => displayName(r);
export const score = formatScore;
export const verdict = (r: RunResult): string => (r.passed ? 'pass' : 'FAIL');

export function summaryLine(report: BatchReport): string {
  const { count, passed, failed, meanOverall } = report.summary;
  return `${count} run${count === 1 ? '' : 's'}: ${passed} passed, ${failed} failed · mean overall ${meanOverall === null ? 'n/a' : meanOverall.toFixed(2)}`;
}
