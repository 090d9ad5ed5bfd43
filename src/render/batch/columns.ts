// What every batch renderer shows the same way: metric columns, scores, names, the summary line,
// and the report with its text made safe to show.
import type { BatchReport, RunResult } from '../../batch/index.js';
import { displayName } from '../../batch/index.js';
import { sanitize } from '../../sanitize.js';
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

/**
 * The report as people see it (table, Markdown, CSV, JUnit): every text field a run file or a
 * merged report supplies, metric ids included, without escape sequences, controls or bidi
 * characters (issue 13: CSV printed raw escapes, JUnit kept U+202E and U+009B). JSON keeps them.
 */
export function shownReport(report: BatchReport): BatchReport {
  return { ...report, runs: report.runs.map(shownRun) };
}

const shownText = <T extends string | null>(t: T): T => (t === null ? t : (sanitize(t) as T));

function shownRun(r: RunResult): RunResult {
  return {
    ...r,
    name: sanitize(r.name),
    file: sanitize(r.file),
    scenario: sanitize(r.scenario),
    band: shownText(r.band),
    failures: r.failures.map(sanitize),
    endReason: shownText(r.endReason),
    endedEarly: shownText(r.endedEarly),
    metrics: Object.fromEntries(Object.entries(r.metrics).map(([id, s]) => [sanitize(id), s])),
    ...(r.compliance
      ? {
          compliance: r.compliance.map((f) => ({
            ...f,
            quote: sanitize(f.quote),
            rule: sanitize(f.rule),
            sayInstead: sanitize(f.sayInstead),
          })),
        }
      : {}),
  };
}
