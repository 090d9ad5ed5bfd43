// history.jsonl: one line per ended session, appended whole so parallel writers lose nothing.
import { storageError } from './data-dir.js';
import { appendLines, readLines } from './journal.js';

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
}

export async function appendHistory(file: string, entry: HistoryEntry): Promise<void> {
  await appendLines(file, [entry]).catch((e: unknown) => {
    throw storageError(e, 'append to the history', file);
  });
}

export async function readHistory(file: string): Promise<{ entries: HistoryEntry[]; warnings: string[] }> {
  try {
    const { events, warnings } = await readLines<HistoryEntry>(file);
    return { entries: events.filter((e) => typeof e?.sessionId === 'string'), warnings };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], warnings: [] };
    throw storageError(e, 'read the history', file);
  }
}
