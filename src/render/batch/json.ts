// The JSON report: runs in input order plus the summary; `merge` reads this format back.
import type { BatchReport, RunResult } from '../../batch/index.js';
import { escapeJsonText } from '../../sanitize.js';

export const renderJson = (report: BatchReport): string => `${escapeJsonText(JSON.stringify(report, null, 2))}\n`;

/**
 * JSON Lines: one `{"type":"run", ...}` object per run in input order, then one
 * `{"type":"summary", ...}` line, so a reader can stream runs and still find the totals.
 */
export function renderJsonl(report: BatchReport): string {
  const lines = report.runs.map((r: RunResult) => JSON.stringify({ type: 'run', ...r }));
  lines.push(JSON.stringify({ type: 'summary', ...report.summary }));
  return `${escapeJsonText(lines.join('\n'))}\n`;
}
