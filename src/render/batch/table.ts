// The terminal report: one row per run, then each failure with its reasons, then the summary.
import { fitTable, type FitColumn } from '../fit-table.js';
import { Chalk } from 'chalk';
import { describeFlag, type BatchReport } from '../../batch/index.js';
import { runLabel, score, shownReport, summaryLine, verdict } from './columns.js';
import type { ColorLevel } from '../../io.js';

export interface TableOptions {
  color?: ColorLevel;
  /** Terminal width to fit (scenario, then band, drop out; run names wrap); undefined: full width. */
  width?: number;
}

const COLUMNS: FitColumn[] = [
  { head: '#', align: 'right' },
  { head: 'run', isFlexible: true },
  { head: 'scenario', dropOrder: 1 },
  { head: 'overall', align: 'right' },
  { head: 'band', dropOrder: 2 },
  { head: 'result' },
];

export function renderTable(source: BatchReport, o: TableOptions = {}): string {
  const report = shownReport(source);
  const c = new Chalk({ level: o.color ?? 0 });
  if (report.runs.length === 0) return 'No runs in this selection.\n';
  const rows = report.runs.map((r) => [
    String(r.index + 1),
    runLabel(r),
    r.scenario,
    score(r.overallScore),
    r.band ?? 'n/a',
    verdict(r),
  ]);
  const paint = (col: number, cell: string) => (col !== 5 ? cell : cell === 'pass' ? c.green(cell) : c.red.bold(cell));
  const lines = [fitTable(COLUMNS, rows, c, o.width, paint)];
  for (const r of report.runs.filter((x) => !x.passed)) {
    lines.push(`${c.red('✗')} ${runLabel(r)} ${c.dim(`(${r.file})`)}`);
    for (const f of r.failures) lines.push(`    ${f}`);
  }
  for (const r of report.runs) {
    for (const f of r.compliance ?? []) lines.push(`${c.red('⚑')} ${runLabel(r)}: compliance flag ${describeFlag(f)}`);
  }
  for (const r of report.runs.filter((x) => x.endedEarly)) {
    lines.push(
      c.dim(
        `note: ${runLabel(r)}: the HCP ended the conversation early (${r.endedEarly}) after ${r.repTurns} rep turn${r.repTurns === 1 ? '' : 's'}`,
      ),
    );
  }
  const summary = summaryLine(report);
  lines.push(report.summary.failed > 0 ? c.red(summary) : c.green(summary));
  return `${lines.join('\n')}\n`;
}
