// Session journals as files: sessions/<id>.jsonl, one event a line, appended whole and synced by
// writers holding sessions/<id>.lock. Never opened through a symlink; a reader never writes.
import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  acquireLock,
  ANONYMOUS_OWNER,
  appendLines,
  cutTornTail,
  type LockOptions,
  LockTimeoutError,
  readJsonLines,
  storageError,
  versionKey,
  type WriteFn,
} from '../store/index.js';
import type { SessionEvent } from './events.js';
import { checkEvent } from './event-schema.js';
import { SESSION_ID, SessionBusyError, type SessionStore } from './store.js';

export interface FileStoreOptions {
  /** Injected by tests to simulate a full disk. */
  write?: WriteFn;
  lock?: LockOptions;
}

const JOURNAL_NAME = /^[0-9a-f]{32}\.jsonl$/;

/** "disk full: turn not saved" names what the failed write was. */
const whatOf = (events: readonly SessionEvent[]): string =>
  events.some((e) => e.type === 'start')
    ? 'new session'
    : events.some((e) => e.type === 'end')
      ? 'end of the session'
      : 'turn';

export function createFileStore(sessionsDir: string, o: FileStoreOptions = {}): SessionStore {
  const fileOf = (id: string) => {
    if (!SESSION_ID.test(id)) throw new Error(`not a session id: ${JSON.stringify(id)}`);
    return join(sessionsDir, `${id}.jsonl`);
  };
  const lock = o.lock ?? { owner: ANONYMOUS_OWNER };
  return {
    async append(id, events, a = {}) {
      const file = fileOf(id);
      try {
        return versionKey(await appendLines(file, events, { write: o.write, isNew: a.isNew }));
      } catch (e) {
        // A first line that did not fit leaves an empty file: no session, so none on disk either.
        if (a.isNew && (e as NodeJS.ErrnoException).code !== 'EEXIST') await unlink(file).catch(() => undefined);
        throw storageError(e, whatOf(events), file, 'write');
      }
    },
    async load(id, l = {}) {
      const file = fileOf(id);
      let read;
      try {
        read = await readJsonLines(file, checkEvent);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw storageError(e, 'session journal', file, 'read');
      }
      let version = read.version;
      // Readers leave an unterminated last line alone: it may be another process's write in progress.
      if (l.repair && read.complete < version.size) {
        version = await cutTornTail(file, read.complete).catch((e: unknown) => {
          throw storageError(e, 'session journal', file, 'write');
        });
        read.warnings.push(`${file}:${read.newlines + 1}: dropped a partly written last line (never acknowledged)`);
      }
      return { events: read.values, warnings: read.warnings, version: versionKey(version), lines: read.lines };
    },
    async version(id) {
      const info = await lstat(fileOf(id)).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return undefined;
        throw storageError(e, 'session journal', fileOf(id), 'read');
      });
      if (!info) return undefined;
      return info.isFile() ? versionKey(info) : 'not-a-file';
    },
    async stamps() {
      const names = await readdir(sessionsDir).catch(() => [] as string[]);
      const found = await Promise.all(
        names
          .filter((n) => JOURNAL_NAME.test(n))
          .map(async (n) => {
            const info = await lstat(join(sessionsDir, n)).catch(() => undefined);
            return info ? { id: n.slice(0, -6), mtimeMs: info.mtimeMs } : undefined;
          }),
      );
      return found.filter((s) => s !== undefined).sort((a, b) => b.mtimeMs - a.mtimeMs);
    },
    async exclusive(id, work) {
      fileOf(id);
      const path = join(sessionsDir, `${id}.lock`);
      let release: () => Promise<void>;
      try {
        release = await acquireLock(path, lock);
      } catch (e) {
        if (e instanceof LockTimeoutError) throw new SessionBusyError(id);
        throw storageError(e, 'session lock', path, 'write');
      }
      try {
        return await work();
      } finally {
        await release();
      }
    },
  };
}
