// CSV report: RFC 4180 (CRLF, quotes doubled) via csv-stringify, one row per run, a column per metric.
import { stringify } from 'csv-stringify/sync';
import type { BatchReport, RunOutcome } from '../../batch/index.js';
import { metricIds, score } from './columns.js';

/** The run's outcome, flattened; appended so the columns before keep their positions. */
const OUTCOME_COLUMNS = ['openness', 'commitment', 'objectionsRaised', 'objectionsResolved', 'prioritiesUncovered', 'prioritiesTotal', 'hcpEndReason'];

const outcomeCells = (o: RunOutcome): (string | number)[] => [
  o.openness, o.commitment, o.objections.raised, o.objections.resolved, o.prioritiesUncovered.uncovered, o.prioritiesUncovered.total, o.endReason ?? '',
];

/** n/a is written "n/a" (pandas and spreadsheets read it as missing, never as a number). */
export function renderCsv(report: BatchReport): string {
  const metrics = metricIds(report);
  const header = ['index', 'name', 'repetition', 'file', 'scenario', 'seed', 'overallScore', 'band', ...metrics, 'passed', 'failures', 'endReason', 'endedEarly', ...OUTCOME_COLUMNS];
  const rows = report.runs.map((r) => [
    r.index, r.name, r.repetition, r.file, r.scenario, r.seed,
    score(r.overallScore), r.band ?? 'n/a',
    ...metrics.map((id) => score(r.metrics[id] ?? null)),
    r.passed ? 'true' : 'false', r.failures.join('; '), r.endReason, r.endedEarly ?? '',
    ...outcomeCells(r.outcome),
  ]);
  // Naming a record delimiter turns csv-stringify's quoting of bare \n and \r off; RFC 4180 needs it on.
  return stringify([header, ...rows], { record_delimiter: 'windows', quote_record_delimiter: true });
}
