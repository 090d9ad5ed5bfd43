// Markdown report for pull requests and wikis: a results table, the summary, then each failure.
import { describeFlag, type BatchReport } from '../../batch/index.js';
import { sanitize } from '../../sanitize.js';
import { runLabel, score, shownReport, summaryLine } from './columns.js';

/** Cell text that cannot break the table: pipes and backslashes escaped, newlines flattened, no HTML tags. */
export const mdCell = (text: string): string =>
  sanitize(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/\s*\n\s*/g, ' ');

export function renderMarkdown(source: BatchReport): string {
  const report = shownReport(source);
  const lines = [
    '| # | run | scenario | overall | band | openness | commitment | result |',
    '|---:|---|---|---:|---|---:|---|---|',
  ];
  for (const r of report.runs) {
    const { openness, commitment } = r.outcome;
    const cells = [
      String(r.index + 1),
      mdCell(runLabel(r)),
      `\`${mdCell(r.scenario)}\``,
      score(r.overallScore),
      mdCell(r.band ?? 'n/a'),
      String(openness),
      commitment,
      r.passed ? 'pass' : '**FAIL**',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('', `**${summaryLine(report)}**`);
  const flagged = report.runs.filter((r) => (r.compliance ?? []).length > 0);
  if (flagged.length > 0) {
    lines.push('', '### Compliance flags', '');
    for (const r of flagged)
      for (const f of r.compliance!)
        lines.push(`- **${mdCell(runLabel(r))}**: ${mdCell(describeFlag(f))} — say instead: ${mdCell(f.sayInstead)}`);
  }
  const failed = report.runs.filter((r) => !r.passed);
  if (failed.length > 0) {
    lines.push('', '### Failures', '');
    for (const r of failed)
      lines.push(`- **${mdCell(runLabel(r))}** (${mdCell(r.file)}): ${r.failures.map(mdCell).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}
