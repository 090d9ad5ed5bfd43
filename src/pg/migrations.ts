// The schema, created and changed only by the program (`roleplay store migrate`), never by hand:
// numbered migrations, each applied once in its own transaction, under an advisory lock so two
// instances migrating at once take turns.
import { InvalidInputError } from '../errors.js';
import type { Db } from './db.js';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append only: a released migration is never edited, a change is a new one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sessions, their events, history',
    sql: `
      CREATE TABLE roleplay_sessions (
        id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
        last_seq integer NOT NULL DEFAULT 0,
        updated_ms double precision NOT NULL
      );
      CREATE INDEX roleplay_sessions_updated ON roleplay_sessions (updated_ms DESC);
      -- Append only: one row per event, numbered 1, 2, 3… within its session, never updated.
      CREATE TABLE roleplay_events (
        session_id text NOT NULL REFERENCES roleplay_sessions (id),
        seq integer NOT NULL CHECK (seq > 0),
        event jsonb NOT NULL,
        PRIMARY KEY (session_id, seq)
      );
      -- One row per ended session, written in the end event's transaction.
      CREATE TABLE roleplay_history (
        session_id text PRIMARY KEY,
        ended_ms double precision NOT NULL,
        entry jsonb NOT NULL
      );
      CREATE INDEX roleplay_history_ended ON roleplay_history (ended_ms);`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** Any number, the same in every roleplay: the key of the migration lock. */
const MIGRATE_LOCK = 0x726f6c65;

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS roleplay_migrations (
  version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;

/** The highest migration applied; 0 for an empty database. */
export async function schemaVersion(db: Db): Promise<number> {
  const table = await db.query<{ t: string | null }>(`SELECT to_regclass('roleplay_migrations')::text AS t`);
  if (!table.rows[0]?.t) return 0;
  const r = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM roleplay_migrations');
  return Number(r.rows[0]?.v ?? 0);
}

/** Applies what is missing, in order; returns the versions before and after. */
export async function migrate(db: Db): Promise<{ from: number; to: number }> {
  return db.transaction(async () => {
    await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    await db.query(BOOKKEEPING);
    const from = await schemaVersion(db);
    if (from > SCHEMA_VERSION) throw newerSchema(db, from);
    for (const m of MIGRATIONS.filter((x) => x.version > from)) {
      await db.query(m.sql);
      await db.query('INSERT INTO roleplay_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    return { from, to: SCHEMA_VERSION };
  });
}

/** Commands that use the store first check that it has this program's schema. */
export async function requireSchema(db: Db): Promise<void> {
  const v = await schemaVersion(db);
  if (v > SCHEMA_VERSION) throw newerSchema(db, v);
  if (v < SCHEMA_VERSION) {
    throw new InvalidInputError(
      `the PostgreSQL store at ${db.url.shown} has schema version ${v}; this roleplay needs ${SCHEMA_VERSION}`,
      [],
      '--store',
      'run `roleplay store migrate` with the same --store (or ROLEPLAY_STORE) once, then try again',
    );
  }
}

const newerSchema = (db: Db, v: number) =>
  new InvalidInputError(
    `the PostgreSQL store at ${db.url.shown} has schema version ${v}, newer than this roleplay knows (${SCHEMA_VERSION})`,
    [],
    '--store',
    'upgrade roleplay on this machine to the version the other instances run',
  );
