// Where session journals live: files in the data dir, or memory for batch runs and tests.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { storageError } from '../store/data-dir.js';
import { appendLines, endLastLine, readLines } from '../store/journal.js';
import type { SessionEvent } from './events.js';

export interface LoadedJournal {
  events: SessionEvent[];
  warnings: string[];
}

export interface SessionStore {
  append(id: string, events: readonly SessionEvent[]): Promise<void>;
  /** undefined when no such session exists. */
  load(id: string): Promise<LoadedJournal | undefined>;
  /** Every session id, most recently changed first. */
  ids(): Promise<string[]>;
}

/** Session ids are 32 hex characters; anything else never becomes a path. */
export const SESSION_ID = /^[0-9a-f]{32}$/;

export function createFileStore(sessionsDir: string): SessionStore {
  const fileOf = (id: string) => {
    if (!SESSION_ID.test(id)) throw new Error(`not a session id: ${JSON.stringify(id)}`);
    return join(sessionsDir, `${id}.jsonl`);
  };
  return {
    async append(id, events) {
      const file = fileOf(id);
      await appendLines(file, events).catch((e: unknown) => {
        throw storageError(e, 'write the session journal', file);
      });
    },
    async load(id) {
      const file = fileOf(id);
      try {
        await endLastLine(file);
        return await readLines<SessionEvent>(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw storageError(e, 'read the session journal', file);
      }
    },
    async ids() {
      const names = await readdir(sessionsDir).catch(() => [] as string[]);
      const ids = names.filter((n) => n.endsWith('.jsonl')).map((n) => n.slice(0, -6)).filter((id) => SESSION_ID.test(id));
      const times = await Promise.all(ids.map(async (id) => (await stat(fileOf(id))).mtimeMs));
      return ids.map((id, i) => ({ id, t: times[i]! })).sort((a, b) => b.t - a.t).map((x) => x.id);
    },
  };
}

export function createMemoryStore(): SessionStore {
  const journals = new Map<string, SessionEvent[]>();
  return {
    async append(id, events) {
      const list = journals.get(id) ?? [];
      list.push(...structuredClone(events));
      journals.set(id, list);
    },
    async load(id) {
      const events = journals.get(id);
      return events ? { events: structuredClone(events), warnings: [] } : undefined;
    },
    async ids() {
      return [...journals.keys()].reverse();
    },
  };
}
