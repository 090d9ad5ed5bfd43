// history.jsonl: one line per ended session, appended whole and synced; every line is checked by
// shape on read, and a wrong one is skipped with a warning naming file and line.
import { z } from 'zod';
import { storageError } from './data-dir.js';
import type { FileVersion, WriteFn } from './append.js';
import { appendLines, readJsonLines, type LineCheck, type LineRead } from './journal.js';
import { shapeProblem } from './shape.js';

export interface HistoryEntry {
  sessionId: string;
  scenarioId: string;
  title: string;
  startedAt: number;
  endedAt: number;
  reason: string;
  repTurns: number;
  overallScore: number | null;
  band: string | null;
  metrics: Record<string, number | null>;
  rubricVersion: string;
  /** Who practiced; lines written before issue 18 have none. */
  rep?: string;
  /** Kinds of the compliance flags the scorecard raised (issue 17), absent when none. */
  compliance?: string[];
}

const historyEntrySchema = z.looseObject({
  sessionId: z.string().min(1),
  scenarioId: z.string(),
  title: z.string(),
  startedAt: z.number(),
  endedAt: z.number(),
  reason: z.string(),
  repTurns: z.number().int().nonnegative(),
  overallScore: z.number().nullable(),
  band: z.string().nullable(),
  metrics: z.record(z.string(), z.number().nullable()),
  rubricVersion: z.string(),
  rep: z.string().optional(),
  compliance: z.array(z.string()).max(1000).optional(),
});

export const checkHistoryEntry: LineCheck<HistoryEntry> = (value) => {
  const r = historyEntrySchema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, problem: shapeProblem(r.error) };
};

/** Whole lines in one write, synced; callers that must not duplicate entries hold the history lock. */
export async function appendHistory(
  file: string,
  entries: HistoryEntry | readonly HistoryEntry[],
  write?: WriteFn,
): Promise<FileVersion> {
  return appendLines(file, Array.isArray(entries) ? entries : [entries], { write }).catch((e: unknown) => {
    throw storageError(e, 'history entry', file, 'write');
  });
}

/** Entries from byte `from` on (an incremental reader passes where it stopped); none when there is no file. */
export async function readHistoryLines(
  file: string,
  from = 0,
  firstLine = 1,
): Promise<LineRead<HistoryEntry> | undefined> {
  try {
    return await readJsonLines(file, checkHistoryEntry, { from, firstLine });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw storageError(e, 'history', file, 'read');
  }
}

export async function readHistory(file: string): Promise<{ entries: HistoryEntry[]; warnings: string[] }> {
  const read = await readHistoryLines(file);
  return read ? { entries: read.values, warnings: read.warnings } : { entries: [], warnings: [] };
}
