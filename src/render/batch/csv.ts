// CSV report: RFC 4180 (CRLF, quotes doubled) via csv-stringify, one row per run, a column per metric.
import { stringify } from 'csv-stringify/sync';
import type { BatchReport, RunOutcome } from '../../batch/index.js';
import { metricIds, score, shownReport } from './columns.js';

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+`, `-`, `@`, or a leading tab
 * or CR) gets a leading `'`, as OWASP's CSV injection advice says; also after leading spaces and for
 * the full-width signs some spreadsheets accept. Numbers are written as they are.
 */
const FORMULA_START = /^(?:[\t\r]|[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function csvCell(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The run's outcome, flattened; appended so the columns before keep their positions. */
const OUTCOME_COLUMNS = [
  'openness',
  'commitment',
  'objectionsRaised',
  'objectionsResolved',
  'prioritiesUncovered',
  'prioritiesTotal',
  'hcpEndReason',
];

const outcomeCells = (o: RunOutcome): (string | number)[] => [
  o.openness,
  o.commitment,
  o.objections.raised,
  o.objections.resolved,
  o.prioritiesUncovered.uncovered,
  o.prioritiesUncovered.total,
  o.endReason ?? '',
];

/** A score that does not apply is an empty cell: "n/a" in a numeric column breaks its type (issue 15); the band stays text. */
const numeric = (s: number | null): string => (s === null ? '' : score(s));

export function renderCsv(source: BatchReport): string {
  const report = shownReport(source);
  const metrics = metricIds(report);
  const header = [
    'index',
    'name',
    'repetition',
    'file',
    'scenario',
    'seed',
    'overallScore',
    'band',
    ...metrics,
    'passed',
    'failures',
    'endReason',
    'endedEarly',
    ...OUTCOME_COLUMNS,
  ];
  const rows = report.runs.map((r) => [
    r.index,
    r.name,
    r.repetition,
    r.file,
    r.scenario,
    r.seed,
    numeric(r.overallScore),
    r.band ?? 'n/a',
    ...metrics.map((id) => numeric(r.metrics[id] ?? null)),
    r.passed ? 'true' : 'false',
    r.failures.join('; '),
    r.endReason,
    r.endedEarly ?? '',
    ...outcomeCells(r.outcome),
  ]);
  // Naming a record delimiter turns csv-stringify's quoting of bare \n and \r off; RFC 4180 needs it on.
  return stringify(
    [header, ...rows].map((row) => row.map(csvCell)),
    { record_delimiter: 'windows', quote_record_delimiter: true },
  );
}
