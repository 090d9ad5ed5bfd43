// `roleplay report [files|dirs...]`: what a trainer reads on Monday morning (issue 18): per rep,
// metric, scenario and session, from reps' history files, journals and batch reports.
import { UsageError } from '../../errors.js';
import { writeOutFile } from '../../out-file.js';
import { isTeamReportFormat, renderTeamReport, TEAM_REPORT_FORMATS, teamFormatForFile } from '../../render/index.js';
import { applyFilter, buildTeamReport, dedupe, fromHistoryEntry, loadRecords } from '../../report/index.js';
import { sanitize } from '../../sanitize.js';
import { colorLevel, type CliContext } from '../context.js';
import { parseDate } from '../flags.js';
import { checkOut } from '../report-out.js';
import { openLibrary, openSessions } from '../session-kit.js';

export interface ReportOptions {
  since?: string;
  until?: string;
  rep?: string[];
  scenario?: string[];
  tag?: string[];
  format?: string;
  out?: string;
}

export async function runReport(ctx: CliContext, paths: string[], o: ReportOptions): Promise<void> {
  const format = pickFormat(ctx, o);
  const since = parseDate('--since', o.since);
  const untilAt = parseDate('--until', o.until);
  // A bare day means through its end: --until 2026-03-31 keeps that day's sessions.
  const until =
    untilAt !== undefined && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(o.until!) ? untilAt + 86_400_000 - 1 : untilAt;
  const out = await checkOut(ctx, o.out);
  const loaded = paths.length > 0 ? await loadRecords(paths, ctx.cwd) : await ownHistory(ctx);
  for (const w of loaded.warnings) ctx.io.stderr.write(`roleplay: warning: ${sanitize(w)}\n`);
  const { records, duplicates } = dedupe(await withTitles(ctx, loaded.records));
  const selected = applyFilter(records, { since, until, reps: o.rep, scenarios: o.scenario, tags: o.tag });
  if (selected.length === 0) {
    const why =
      records.length === 0
        ? `no ended sessions in ${paths.length ? `${loaded.files} file(s)` : 'your history'}`
        : `none of ${records.length} session(s) match the filters`;
    ctx.io.stderr.write(`roleplay: nothing to report: ${why}\n`);
    return;
  }
  const text = renderTeamReport(format, buildTeamReport(selected), { color: out ? 0 : colorLevel(ctx) });
  if (out === undefined) return void ctx.io.stdout.write(text);
  await writeOutFile(out, text, ctx.outFs);
  const dup = duplicates > 0 ? `; ${duplicates} duplicate(s) counted once` : '';
  ctx.io.stderr.write(`roleplay: wrote ${sanitize(out.shown)}: ${selected.length} session(s)${dup}\n`);
}

function pickFormat(ctx: CliContext, o: ReportOptions) {
  if (o.format !== undefined) {
    if (isTeamReportFormat(o.format)) return o.format;
    throw new UsageError(`unknown format "${o.format}"`, '--format', `use one of: ${TEAM_REPORT_FORMATS.join(', ')}`);
  }
  if (o.out !== undefined) return teamFormatForFile(o.out);
  return ctx.globals().json ? 'json' : 'table';
}

/** Batch runs name their scenario by id only: its title from the library when it is there. */
async function withTitles<T extends { scenarioId: string; title: string }>(
  ctx: CliContext,
  records: T[],
): Promise<T[]> {
  if (!records.some((r) => r.title === r.scenarioId)) return records;
  // A broken user scenario folder must not stop a report: ids are shown instead.
  const library = await openLibrary(ctx).catch(() => undefined);
  return records.map((r) =>
    r.title === r.scenarioId ? { ...r, title: library?.get(r.scenarioId)?.scenario.title ?? r.title } : r,
  );
}

/** The data folder's history, with sessions that ended without their line; nothing is written. */
async function ownHistory(ctx: CliContext) {
  const { history, dataDir } = await openSessions(ctx, { readOnly: true });
  const { entries, warnings } = await history.read();
  return { records: entries.map((e) => fromHistoryEntry(e, dataDir.history)), warnings, files: 1 };
}
