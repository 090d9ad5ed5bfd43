// Batch report renderers by format name: pure functions from a report to the text written out.
import type { BatchReport } from '../../batch/index.js';
import { renderCsv } from './csv.js';
import { renderJson, renderJsonl } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';
import type { ColorLevel } from '../../io.js';

export const REPORT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'junit', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const isReportFormat = (f: string): f is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(f);

export function renderReport(
  format: ReportFormat,
  report: BatchReport,
  o: { color?: ColorLevel; width?: number } = {},
): string {
  switch (format) {
    case 'table':
      return renderTable(report, o);
    case 'json':
      return renderJson(report);
    case 'jsonl':
      return renderJsonl(report);
    case 'csv':
      return renderCsv(report);
    case 'junit':
      return renderJunit(report);
    case 'markdown':
      return renderMarkdown(report);
  }
}

/** The format `--out FILE` implies from its extension, when --format is not given. */
export function formatForFile(file: string): ReportFormat {
  const ext = file.toLowerCase().split('.').pop() ?? '';
  const byExt: Record<string, ReportFormat> = {
    xml: 'junit',
    csv: 'csv',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
    md: 'markdown',
    markdown: 'markdown',
    txt: 'table',
  };
  return byExt[ext] ?? 'json';
}

export { formatProgress, formatEta } from './progress.js';
export { escapeXml, stripInvalidXml } from './xml.js';
export { mdCell } from './markdown.js';
