// `roleplay store import` / `export`: copies sessions and history from one store to another
// (journal folder ⇄ PostgreSQL). A session already in the target is left as it is, so running
// it twice copies nothing twice; history entries are recorded once per session by either book.
import type { HistoryBook } from './history-book.js';
import type { SessionStore } from './store.js';

export interface StoreSide {
  store: SessionStore;
  history: HistoryBook;
}

export interface CopyCount {
  sessions: number;
  /** Already in the target, or empty (a start killed before its first line). */
  skipped: number;
  history: number;
}

export async function copySessions(
  from: StoreSide,
  to: StoreSide,
  onWarning: (m: string) => void = () => undefined,
): Promise<CopyCount> {
  const count: CopyCount = { sessions: 0, skipped: 0, history: 0 };
  // Read before copying: a journal folder derives entries for ended sessions it has no line for.
  const had = new Set((await to.history.read()).entries.map((e) => e.sessionId));
  // Oldest first, so the target lists them in the same order as the source.
  for (const { id } of (await from.store.stamps()).reverse()) {
    const journal = (await to.store.version(id)) === undefined ? await from.store.load(id) : undefined;
    if (!journal || journal.lines === 0 || journal.events.length === 0) {
      count.skipped++;
      continue;
    }
    for (const w of journal.warnings) onWarning(w);
    await to.store.append(id, journal.events, { isNew: true });
    count.sessions++;
  }
  const { entries, warnings } = await from.history.read();
  for (const w of warnings) onWarning(w);
  for (const entry of [...entries].sort((a, b) => a.endedAt - b.endedAt)) {
    if (had.has(entry.sessionId)) continue;
    await to.history.record(entry);
    had.add(entry.sessionId);
    count.history++;
  }
  return count;
}
