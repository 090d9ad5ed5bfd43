// History in PostgreSQL: one row per ended session, keyed by its id. `end` records it inside the
// session's transaction (the store's `exclusive`), so the end event and its history row are
// committed together or not at all; a repeated end inserts nothing.
import type { HistoryBook } from '../session/index.js';
import { checkHistoryEntry, type HistoryEntry } from '../store/index.js';
import type { Db } from './db.js';

export function createPgHistoryBook(db: Db): HistoryBook {
  return {
    async record(entry) {
      await db.query(
        'INSERT INTO roleplay_history (session_id, ended_ms, entry) VALUES ($1, $2, $3::json) ON CONFLICT (session_id) DO NOTHING',
        [entry.sessionId, entry.endedAt, JSON.stringify(entry)],
        entry.sessionId,
      );
    },
    async read() {
      const r = await db.query<{ session_id: string; entry: unknown }>(
        'SELECT session_id, entry FROM roleplay_history ORDER BY ended_ms, session_id',
      );
      const entries: HistoryEntry[] = [];
      const warnings: string[] = [];
      for (const row of r.rows) {
        const c = checkHistoryEntry(row.entry);
        if (c.ok) entries.push(c.value);
        else warnings.push(`postgres:roleplay_history:${row.session_id}: skipped a wrong-shaped entry (${c.problem})`);
      }
      return { entries, warnings };
    },
  };
}
