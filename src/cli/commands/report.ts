// `roleplay report [files|dirs...]`: what a trainer reads on Monday morning (issue 18): per rep,
// metric, scenario and session, from reps' history files, journals and batch reports.
import type { Command } from 'commander';
import { collect, colorLevel, type CliContext } from '../context.js';

interface ReportOptions {
  since?: string;
  until?: string;
  rep?: string[];
  scenario?: string[];
  tag?: string[];
  format?: string;
  out?: string;
}

const HELP = `
Inputs: history.jsonl files, session journals (sessions/<id>.jsonl), batch reports
(--format json or jsonl), or folders holding them (searched a few levels down). Without
any, your own data folder's history. Files from several reps are merged; a session in two
files (a journal and its history line, a report given twice) counts once. A line or file
that is not what it should be is named on stderr and skipped; the rest is reported. No
sessions left after the filters: says so, exit 0.

--format: table (terminal), html (one self-contained file: inline SVG charts, no script,
no network), markdown or json; with --out, from the extension (.html, .md, .json).
Batch runs count from their --date (else when the report file was written) and for
their --rep; sessions from before --rep was recorded are listed as "(no name)".

Examples:
  $ roleplay report                                             # your own history, as a table
  $ roleplay report team/ --format html --out team.html         # every rep's files in team/
  $ roleplay report alice/history.jsonl bob/history.jsonl runs-w*.json --since 2026-03-01
  $ roleplay report team/ --rep "Dana Smith" --scenario primary-care-hypertension-discovery --format markdown
  $ roleplay report team/ --tag discovery --until 2026-03-31 --json > march.json
`;

export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description("a trainer's report over reps' sessions: team table, metric charts, scenarios, every scorecard")
    .argument('[paths...]', 'history files, session journals, batch JSON/JSONL reports, or folders of them')
    .option('--since <date>', 'only sessions on or after this day (YYYY-MM-DD, UTC) or time (ISO 8601)')
    .option('--until <date>', 'only sessions on or before this day (the whole day) or time')
    .option('--rep <name>', 'only this rep (repeatable: any of them)', collect)
    .option('--scenario <id>', 'only this scenario (repeatable)', collect)
    .option('--tag <tag>', 'only batch runs with this tag (repeatable: any of them)', collect)
    .option('--format <format>', 'table, html, markdown or json')
    .option('--out <file>', 'write the report to <file> (atomically) instead of stdout')
    .addHelpText('after', HELP)
    .action(async (paths: string[], o: ReportOptions) => runReport(ctx, paths, o));
}

async function runReport(ctx: CliContext, paths: string[], o: ReportOptions): Promise<void> {
  const format = await pickFormat(ctx, o);
  const { parseDate } = await import('../flags.js');
  const since = parseDate('--since', o.since);
  const untilAt = parseDate('--until', o.until);
  // A bare day means through its end: --until 2026-03-31 keeps that day's sessions.
  const until = untilAt !== undefined && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(o.until!) ? untilAt + 86_400_000 - 1 : untilAt;
  const { checkOut } = await import('../report-out.js');
  const out = await checkOut(ctx, o.out);
  const { sanitize } = await import('../../sanitize.js');
  const { applyFilter, buildTeamReport, dedupe } = await import('../../report/index.js');
  const loaded = paths.length > 0 ? await (await import('../../report/index.js')).loadRecords(paths, ctx.cwd) : await ownHistory(ctx);
  for (const w of loaded.warnings) ctx.io.stderr.write(`roleplay: warning: ${sanitize(w)}\n`);
  const { records, duplicates } = dedupe(await withTitles(ctx, loaded.records));
  const selected = applyFilter(records, { since, until, reps: o.rep, scenarios: o.scenario, tags: o.tag });
  if (selected.length === 0) {
    const why = records.length === 0 ? `no ended sessions in ${paths.length ? `${loaded.files} file(s)` : 'your history'}` : `none of ${records.length} session(s) match the filters`;
    ctx.io.stderr.write(`roleplay: nothing to report: ${why}\n`);
    return;
  }
  const { renderTeamReport } = await import('../../render/report/index.js');
  const text = renderTeamReport(format, buildTeamReport(selected), { color: out ? 0 : colorLevel(ctx) });
  if (out === undefined) return void ctx.io.stdout.write(text);
  const { writeOutFile } = await import('../../out-file.js');
  await writeOutFile(out, text, ctx.outFs);
  const dup = duplicates > 0 ? `; ${duplicates} duplicate(s) counted once` : '';
  ctx.io.stderr.write(`roleplay: wrote ${sanitize(out.shown)}: ${selected.length} session(s)${dup}\n`);
}

async function pickFormat(ctx: CliContext, o: ReportOptions) {
  const { isTeamReportFormat, teamFormatForFile, TEAM_REPORT_FORMATS } = await import('../../render/report/index.js');
  if (o.format !== undefined) {
    if (isTeamReportFormat(o.format)) return o.format;
    const { UsageError } = await import('../../errors.js');
    throw new UsageError(`unknown format "${o.format}"`, '--format', `use one of: ${TEAM_REPORT_FORMATS.join(', ')}`);
  }
  if (o.out !== undefined) return teamFormatForFile(o.out);
  return ctx.globals().json ? 'json' : 'table';
}

/** Batch runs name their scenario by id only: its title from the library when it is there. */
async function withTitles<T extends { scenarioId: string; title: string }>(ctx: CliContext, records: T[]): Promise<T[]> {
  if (!records.some((r) => r.title === r.scenarioId)) return records;
  const { openLibrary } = await import('../session-kit.js');
  // A broken user scenario folder must not stop a report: ids are shown instead.
  const library = await openLibrary(ctx).catch(() => undefined);
  return records.map((r) => (r.title === r.scenarioId ? { ...r, title: library?.get(r.scenarioId)?.scenario.title ?? r.title } : r));
}

/** The data folder's history, with sessions that ended without their line; nothing is written. */
async function ownHistory(ctx: CliContext) {
  const { openSessions } = await import('../session-kit.js');
  const { fromHistoryEntry } = await import('../../report/index.js');
  const { history, dataDir } = await openSessions(ctx, { readOnly: true });
  const { entries, warnings } = await history.read();
  return { records: entries.map((e) => fromHistoryEntry(e, dataDir.history)), warnings, files: 1 };
}
