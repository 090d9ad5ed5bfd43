// Reads what a trainer collects from reps: history.jsonl files, session journals and batch JSON or
// JSONL reports, in files or folders. Each line and file is checked by the loaders that wrote it;
// a bad line or file is named in a warning and skipped, and the rest is reported (issue 18).
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
// Schemas and the fold straight from their files, not the layers' index: reading a report must not
// load the HCP engine and the scorer (start-up is most of the 3 s budget for 10,000 sessions).
import { readReport, RunShape } from '../batch/index.js';
import { readDataFile, describeFsError, notRegularFile } from '../data-file.js';
import { checkEvent, foldEvents, type SessionEvent } from '../session/index.js';
import { checkHistoryEntry, type HistoryEntry, type LineCheck, readJsonLines, shapeProblem } from '../store/index.js';
import { fromHistoryEntry, fromRun, fromSession, type EndedSession, type ReportRun } from './records.js';
import type { PracticeRecord } from './types.js';

/** Batch reports hold whole transcripts: as big as `merge` accepts. */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;
/** A data folder holds sessions/ one level down; deeper trees are not ours. */
const MAX_DEPTH = 4;
const JOURNAL_TYPES = new Set(['start', 'rep', 'hcp', 'end']);

export interface Loaded {
  records: PracticeRecord[];
  warnings: string[];
  files: number;
}

type Line =
  | { kind: 'event'; value: SessionEvent }
  | { kind: 'history'; value: HistoryEntry }
  | { kind: 'run'; value: ReportRun }
  | { kind: 'summary' };

/** Each line by what it says it is: a journal event, a batch run or summary, else a history line. */
const checkLine: LineCheck<Line> = (v) => {
  const type = typeof v === 'object' && v !== null ? (v as { type?: unknown }).type : undefined;
  if (typeof type === 'string' && JOURNAL_TYPES.has(type)) {
    const r = checkEvent(v);
    return r.ok ? { ok: true, value: { kind: 'event', value: r.value } } : r;
  }
  if (type === 'summary') return { ok: true, value: { kind: 'summary' } };
  if (type === 'run') {
    const r = RunShape.safeParse(v);
    return r.success
      ? { ok: true, value: { kind: 'run', value: r.data as unknown as ReportRun } }
      : { ok: false, problem: shapeProblem(r.error) };
  }
  const r = checkHistoryEntry(v);
  return r.ok ? { ok: true, value: { kind: 'history', value: r.value } } : r;
};

export async function loadRecords(paths: readonly string[], cwd: string): Promise<Loaded> {
  const out: Loaded = { records: [], warnings: [], files: 0 };
  for (const p of paths) {
    for (const file of await expand(resolve(cwd, p), p, out.warnings, 0)) {
      out.files++;
      const ext = extname(file.path).toLowerCase();
      await (ext === '.json' ? readBatchJson : readLines)(file.path, file.shown, out);
    }
  }
  return out;
}

async function expand(
  path: string,
  shown: string,
  warnings: string[],
  depth: number,
): Promise<{ path: string; shown: string }[]> {
  const info = await stat(path).catch((e: unknown) => e as Error);
  if (info instanceof Error) {
    warnings.push(`${shown}: ${describeFsError(info)}; skipped`);
    return [];
  }
  if (!info.isDirectory()) {
    const odd = notRegularFile(info);
    if (odd === undefined) return [{ path, shown }];
    warnings.push(`${shown}: ${odd}; skipped`);
    return [];
  }
  if (depth >= MAX_DEPTH) return [];
  const names = (await readdir(path)).filter((n) => !n.startsWith('.') && n !== 'cache').sort();
  const out: { path: string; shown: string }[] = [];
  for (const name of names) {
    const child = join(path, name);
    const childInfo = await stat(child).catch(() => undefined);
    if (childInfo?.isDirectory()) out.push(...(await expand(child, join(shown, name), warnings, depth + 1)));
    else if (['.json', '.jsonl'].includes(extname(name).toLowerCase()))
      out.push({ path: child, shown: join(shown, name) });
  }
  return out;
}

async function readBatchJson(path: string, shown: string, out: Loaded): Promise<void> {
  const data = await readDataFile(path, MAX_REPORT_BYTES, shown);
  const parsed = data.ok ? readReport(data.value, shown) : data;
  if (!parsed.ok) {
    const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : '';
    out.warnings.push(`${parsed.problems[0]}${more}; file skipped`);
    return;
  }
  const written = (await stat(path)).mtimeMs;
  for (const run of parsed.value.runs) out.records.push(fromRun(run as unknown as ReportRun, written, shown));
}

async function readLines(path: string, shown: string, out: Loaded): Promise<void> {
  let read;
  try {
    read = await readJsonLines(path, checkLine, { shown });
  } catch (e) {
    out.warnings.push(`${shown}: ${describeFsError(e)}; skipped`);
    return;
  }
  out.warnings.push(...read.warnings);
  if (read.lines > 0 && read.values.length === 0)
    out.warnings.push(`${shown}: no line is a session, history line or batch run; file skipped`);
  const events: SessionEvent[] = [];
  for (const line of read.values) {
    if (line.kind === 'event') events.push(line.value);
    else if (line.kind === 'history') out.records.push(fromHistoryEntry(line.value, shown));
    else if (line.kind === 'run') out.records.push(fromRun(line.value, read.version.mtimeMs, shown));
  }
  if (events.length > 0) readJournal(events, shown, out);
}

function readJournal(events: readonly SessionEvent[], shown: string, out: Loaded): void {
  let session;
  try {
    session = foldEvents(events);
  } catch (e) {
    out.warnings.push(`${shown}: not a session journal (${(e as Error).message}); skipped`);
    return;
  }
  // An unfinished session has no scorecard yet: nothing to report, and nothing wrong.
  if (session.status === 'ended' && session.scorecard) out.records.push(fromSession(session as EndedSession, shown));
}
