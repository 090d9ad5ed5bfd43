// Where session journals live: files in the data dir (file-store.ts), or memory for batch runs and tests.
import { SessionStateError } from '../errors.js';
import type { SessionEvent } from './events.js';
import { checkEvent } from './event-schema.js';

/** Opaque: equal versions mean an unchanged journal, so a cached session may be used as is. */
export type JournalVersion = string;

export interface LoadedJournal {
  events: SessionEvent[];
  warnings: string[];
  version: JournalVersion;
  /** Whole lines read, valid or not: 0 is a start killed before its first line. */
  lines: number;
}

export interface JournalStamp {
  id: string;
  mtimeMs: number;
}

export interface SessionStore {
  /** Appends whole and synced, or not at all (a typed error); `isNew` for a session's first line. */
  append(id: string, events: readonly SessionEvent[], o?: { isNew?: boolean }): Promise<JournalVersion>;
  /** undefined when no such session. `repair`: a writer holding the lock cuts an unterminated last line. */
  load(id: string, o?: { repair?: boolean }): Promise<LoadedJournal | undefined>;
  /** The journal's version without reading it; undefined when there is none. */
  version(id: string): Promise<JournalVersion | undefined>;
  /** Every journal, most recently changed first. */
  stamps(): Promise<JournalStamp[]>;
  /** Runs `work` holding the session's lock, shared with every process on the same data dir. */
  exclusive<T>(id: string, work: () => Promise<T>): Promise<T>;
}

/** Session ids are 32 hex characters; anything else never becomes a path. */
export const SESSION_ID = /^[0-9a-f]{32}$/;

/** Another process held the session for longer than we wait (60 s): exit 4 like other state errors. */
export class SessionBusyError extends SessionStateError {
  constructor(id: string) {
    super(`session ${id.slice(0, 8)} is busy in another process`, undefined, 'try again in a moment');
  }
}

/** Journals in memory (batch runs, tests): one process, so the manager's own queue is the only lock needed. */
export function createMemoryStore(): SessionStore {
  const journals = new Map<string, { events: unknown[]; writes: number; t: number }>();
  let tick = 0;
  return {
    async append(id, events) {
      const j = journals.get(id) ?? { events: [], writes: 0, t: 0 };
      j.events.push(...structuredClone(events));
      Object.assign(j, { writes: j.writes + 1, t: ++tick });
      journals.set(id, j);
      return `${j.writes}`;
    },
    async load(id) {
      const j = journals.get(id);
      if (!j) return undefined;
      const out: LoadedJournal = { events: [], warnings: [], version: `${j.writes}`, lines: j.events.length };
      structuredClone(j.events).forEach((value, i) => {
        const r = checkEvent(value);
        if (r.ok) out.events.push(r.value);
        else out.warnings.push(`memory:${id}:${i + 1}: skipped a wrong-shaped line (${r.problem})`);
      });
      return out;
    },
    async version(id) {
      const j = journals.get(id);
      return j ? `${j.writes}` : undefined;
    },
    async stamps() {
      return [...journals.entries()].map(([id, j]) => ({ id, mtimeMs: j.t })).sort((a, b) => b.mtimeMs - a.mtimeMs);
    },
    exclusive: (_id, work) => work(),
  };
}
