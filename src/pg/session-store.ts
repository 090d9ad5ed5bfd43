// Sessions in PostgreSQL: a row per session (its last event number, a lock target) and its events,
// append only, numbered per session under a unique key. `exclusive` is one transaction holding the
// session's row lock (SELECT … FOR UPDATE), so instances on different machines take turns on a
// session and each reads the turn before its own; whatever fails rolls back whole (issue 19).
import { checkEvent, type LoadedJournal, SESSION_ID, type SessionEvent, type SessionStore } from '../session/index.js';
import type { Db } from './db.js';

/** The database's clock, so every instance orders sessions by the same one. */
const NOW_MS = `extract(epoch from clock_timestamp()) * 1000`;

const checkId = (id: string): string => {
  if (!SESSION_ID.test(id)) throw new Error(`not a session id: ${JSON.stringify(id)}`);
  return id;
};

export function createPgStore(db: Db): SessionStore {
  return {
    append(id, events, o = {}) {
      checkId(id);
      return db.transaction(async () => {
        if (o.isNew)
          await db.query(
            `INSERT INTO roleplay_sessions (id, last_seq, updated_ms) VALUES ($1, 0, ${NOW_MS})`,
            [id],
            id,
          );
        const r = await db.query<{ last_seq: number }>(
          `UPDATE roleplay_sessions SET last_seq = last_seq + $2, updated_ms = ${NOW_MS} WHERE id = $1 RETURNING last_seq`,
          [id, events.length],
          id,
        );
        const last = r.rows[0]?.last_seq;
        if (last === undefined) throw new Error(`append to session ${id.slice(0, 8)}, which is not in the store`);
        // json, not jsonb: the event is kept as written (jsonb refuses a \u0000 a rep may have typed).
        await db.query(
          `INSERT INTO roleplay_events (session_id, seq, event)
           SELECT $1, $2 + t.n, t.e FROM json_array_elements($3::json) WITH ORDINALITY AS t(e, n)`,
          [id, last - events.length, JSON.stringify(events)],
          id,
        );
        return `${last}`;
      }, id);
    },
    async load(id) {
      const r = await db.query<{ last_seq: number; seq: number | null; event: unknown }>(
        `SELECT s.last_seq, e.seq, e.event FROM roleplay_sessions s LEFT JOIN roleplay_events e ON e.session_id = s.id
         WHERE s.id = $1 ORDER BY e.seq`,
        [checkId(id)],
        id,
      );
      if (r.rows.length === 0) return undefined;
      const out: LoadedJournal = { events: [], warnings: [], version: `${r.rows[0]!.last_seq}`, lines: 0 };
      for (const row of r.rows) {
        if (row.seq === null) continue;
        out.lines++;
        const c = checkEvent(row.event);
        if (c.ok) out.events.push(c.value as SessionEvent);
        else out.warnings.push(`postgres:${id}:${row.seq}: skipped a wrong-shaped event (${c.problem})`);
      }
      return out;
    },
    async version(id) {
      const r = await db.query<{ last_seq: number }>(
        'SELECT last_seq FROM roleplay_sessions WHERE id = $1',
        [checkId(id)],
        id,
      );
      const v = r.rows[0]?.last_seq;
      return v === undefined ? undefined : `${v}`;
    },
    async stamps() {
      const r = await db.query<{ id: string; updated_ms: number }>(
        'SELECT id, updated_ms FROM roleplay_sessions ORDER BY updated_ms DESC, id',
      );
      return r.rows.map((row) => ({ id: row.id, mtimeMs: Number(row.updated_ms) }));
    },
    exclusive(id, work) {
      checkId(id);
      return db.transaction(async () => {
        // Waits while another instance holds the session (up to lock_timeout, then busy).
        await db.query('SELECT 1 FROM roleplay_sessions WHERE id = $1 FOR UPDATE', [id], id);
        return work();
      }, id);
    },
  };
}
