// history.jsonl kept complete: `end` records its entry under the history lock unless it is there
// already (a repeated end never duplicates one) and first adds entries for sessions that ended
// without one (killed between the end event and the history line). Readers derive those in memory.
import { dirname, join } from 'node:path';
import { SessionStateError } from '../errors.js';
import {
  acquireLock,
  ANONYMOUS_OWNER,
  appendHistory,
  cutTornTail,
  type HistoryEntry,
  type LockOptions,
  LockTimeoutError,
  readHistoryLines,
  storageError,
  type WriteFn,
} from '../store/index.js';
import { toHistoryEntry } from './history-entry.js';
import { foldEvents } from './session.js';
import type { SessionStore } from './store.js';

export interface HistoryBook {
  /** Adds `entry` and any missing ones, each at most once. */
  record(entry: HistoryEntry): Promise<void>;
  /** Every entry once, including sessions that ended without one; writes nothing. */
  read(): Promise<{ entries: HistoryEntry[]; warnings: string[] }>;
}

export interface HistoryBookOptions {
  file: string;
  store: SessionStore;
  lock?: LockOptions;
  write?: WriteFn;
  clock?: () => number;
  /** A long-lived process looks for missing entries at most this often; a one-shot command once. */
  repairEveryMs?: number;
}

/**
 * Journals changed within this long before history's last write are checked for a missing entry.
 * Every write is preceded by a check, which takes far less than this, so an end event that landed
 * after one check is always inside the window of the next one.
 */
const WINDOW_MS = 120_000;

export function createHistoryBook(o: HistoryBookOptions): HistoryBook {
  const clock = o.clock ?? Date.now;
  const index = historyIndex(o.file);
  let lastRepair = -Infinity;
  const missing = (known: ReadonlySet<string>, mtimeMs: number | undefined) => missingEntries(o.store, known, mtimeMs);
  return {
    async record(entry) {
      await withHistoryLock(o, async () => {
        const { ids, mtimeMs, torn } = await index.refresh();
        // A writer killed mid-line: the next line must not be glued to it (and lost with it).
        if (torn !== undefined)
          await cutTornTail(o.file, torn).catch((e: unknown) => {
            throw storageError(e, 'history', o.file, 'write');
          });
        const repair = clock() - lastRepair >= (o.repairEveryMs ?? 10_000);
        if (repair) lastRepair = clock();
        const add = (repair ? await missing(ids, mtimeMs) : []).filter((e) => e.sessionId !== entry.sessionId);
        if (!ids.has(entry.sessionId)) add.push(entry);
        if (add.length === 0) return;
        await appendHistory(
          o.file,
          add.sort((a, b) => a.endedAt - b.endedAt),
          o.write,
        );
      });
    },
    async read() {
      const read = await readHistoryLines(o.file);
      const seen = new Set<string>();
      const entries = (read?.values ?? []).filter((e) => !seen.has(e.sessionId) && seen.add(e.sessionId));
      return { entries: [...entries, ...(await missing(seen, read?.version.mtimeMs))], warnings: read?.warnings ?? [] };
    },
  };
}

/** Ended sessions whose journal changed inside the window and that history does not hold. */
async function missingEntries(
  store: SessionStore,
  known: ReadonlySet<string>,
  historyMtime: number | undefined,
): Promise<HistoryEntry[]> {
  const since = historyMtime === undefined ? -Infinity : historyMtime - WINDOW_MS;
  const out: HistoryEntry[] = [];
  for (const { id, mtimeMs } of await store.stamps()) {
    if (mtimeMs < since) break;
    if (known.has(id)) continue;
    const journal = await store.load(id).catch(() => undefined);
    try {
      const s = journal && foldEvents(journal.events);
      if (s && s.status === 'ended' && s.id === id) out.push(toHistoryEntry(s));
    } catch {
      // A journal that does not fold is reported when that session is used, not here.
    }
  }
  return out;
}

/** Session ids already in history, read incrementally: a long-lived server rereads only what was appended. */
function historyIndex(file: string) {
  const START = { ino: -1, complete: 0, newlines: 0 };
  let ids = new Set<string>();
  let at = START;
  return {
    async refresh(): Promise<{ ids: ReadonlySet<string>; mtimeMs: number | undefined; torn?: number }> {
      let read = await readHistoryLines(file, at.complete, at.newlines + 1);
      // Replaced or cut shorter than what we read (edited by hand): start over.
      const replaced =
        read !== undefined && at.complete > 0 && (read.version.ino !== at.ino || read.version.size < at.complete);
      if (replaced || !read) [ids, at] = [new Set(), START];
      if (replaced) read = await readHistoryLines(file);
      if (!read) return { ids, mtimeMs: undefined };
      for (const e of read.values) ids.add(e.sessionId);
      at = { ino: read.version.ino, complete: read.complete, newlines: at.newlines + read.newlines };
      return {
        ids,
        mtimeMs: read.version.mtimeMs,
        ...(read.complete < read.version.size ? { torn: read.complete } : {}),
      };
    },
  };
}

async function withHistoryLock<T>(o: HistoryBookOptions, work: () => Promise<T>): Promise<T> {
  const path = join(dirname(o.file), 'history.lock');
  let release: () => Promise<void>;
  try {
    release = await acquireLock(path, o.lock ?? { owner: ANONYMOUS_OWNER });
  } catch (e) {
    if (e instanceof LockTimeoutError)
      throw new SessionStateError('the history is busy in another process', o.file, 'try again in a moment');
    throw storageError(e, 'history lock', path, 'write');
  }
  try {
    return await work();
  } finally {
    await release();
  }
}
