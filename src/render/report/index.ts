// Renderers of the trainer's report by format name: pure functions from report data to text.
import type { TeamReport } from '../../report/index.js';
import { escapeJsonText } from '../../sanitize.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderTeamTable } from './table.js';
import type { ColorLevel } from '../../io.js';

export const TEAM_REPORT_FORMATS = ['table', 'html', 'markdown', 'json'] as const;
export type TeamReportFormat = (typeof TEAM_REPORT_FORMATS)[number];

export const isTeamReportFormat = (f: string): f is TeamReportFormat =>
  (TEAM_REPORT_FORMATS as readonly string[]).includes(f);

export function renderTeamReport(format: TeamReportFormat, r: TeamReport, o: { color?: ColorLevel } = {}): string {
  switch (format) {
    case 'table':
      return renderTeamTable(r, o);
    case 'html':
      return renderHtml(r);
    case 'markdown':
      return renderMarkdown(r);
    case 'json':
      return `${escapeJsonText(JSON.stringify(r, null, 2))}\n`;
  }
}

/** The format `--out FILE` implies from its extension, when --format is not given. */
export function teamFormatForFile(file: string): TeamReportFormat {
  const ext = file.toLowerCase().split('.').pop() ?? '';
  const byExt: Record<string, TeamReportFormat> = {
    html: 'html',
    htm: 'html',
    md: 'markdown',
    markdown: 'markdown',
    json: 'json',
    txt: 'table',
  };
  return byExt[ext] ?? 'html';
}
