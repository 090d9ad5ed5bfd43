// Inter-process locks: an O_EXCL lock file holding its owner's pid and host, kept fresh by a
// heartbeat while held. A lock whose owner died (kill -9) is taken over at once; one whose
// heartbeat stopped (a hung process, another pid namespace) once it is `staleMs` old.
import { constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { link, lstat, open, readFile, unlink, type FileHandle } from 'node:fs/promises';

/** Who takes locks: the CLI passes the real process, tests may pass others. */
export interface LockOwner {
  pid: number;
  host: string;
  isAlive(pid: number): boolean;
}

export interface LockOptions {
  owner: LockOwner;
  /** How long to wait for another holder before giving up. */
  waitMs?: number;
  /** A lock not refreshed for this long belongs to a hung or vanished process. */
  staleMs?: number;
}

/** Another live process kept the lock for longer than we were willing to wait. */
export class LockTimeoutError extends Error {
  constructor(readonly path: string) {
    super(`timed out waiting for the lock ${path}`);
    this.name = 'LockTimeoutError';
  }
}

/** Long enough for an LLM reply (30 s timeout by default) to be written by the holder. */
export const DEFAULT_WAIT_MS = 60_000;
const DEFAULT_STALE_MS = 20_000;

/** Without a known owner (tests, scripts) locks still exclude each other; only a dead owner's wait is longer. */
export const ANONYMOUS_OWNER: LockOwner = { pid: 0, host: '', isAlive: () => true };

/** Waits for the lock at `path` and returns its release; LockTimeoutError after `waitMs`, fs errors as they are. */
export async function acquireLock(path: string, o: LockOptions): Promise<() => Promise<void>> {
  const deadline = Date.now() + (o.waitMs ?? DEFAULT_WAIT_MS);
  for (let attempt = 0; ; attempt++) {
    const release = await tryCreate(path, o);
    if (release) return release;
    if ((await isStale(path, o)) && (await breakStale(path, o))) continue;
    if (Date.now() > deadline) throw new LockTimeoutError(path);
    // Short, jittered waits: the holders here keep a lock for milliseconds, and jitter spreads the waiters.
    await new Promise((r) => setTimeout(r, Math.min(50, 2 * 1.5 ** attempt) + Math.random() * 10));
  }
}

/** The release function if we got the lock, undefined if someone holds it. */
async function tryCreate(path: string, o: LockOptions): Promise<(() => Promise<void>) | undefined> {
  if (
    await lstat(path).then(
      () => true,
      () => false,
    )
  )
    return undefined;
  const handle = await createWithOwner(path, o.owner);
  if (!handle) return undefined;
  const staleMs = o.staleMs ?? DEFAULT_STALE_MS;
  const beat = setInterval(() => {
    const now = new Date();
    handle.utimes(now, now).catch(() => undefined);
  }, staleMs / 4);
  beat.unref();
  return async () => {
    clearInterval(beat);
    const mine = await handle.stat().then(
      (s) => s.ino,
      () => undefined,
    );
    await handle.close().catch(() => undefined);
    // Only our own file: after a long stall another process may have taken the lock over.
    const there = await lstat(path).catch(() => undefined);
    if (there !== undefined && there.ino === mine) await unlink(path).catch(() => undefined);
  };
}

/**
 * The lock file appears whole: the owner is written to a file of our own, then hard-linked to the
 * lock path, which fails if it exists. An O_EXCL file written after its creation left an empty
 * lock, stale only by age, when kill -9 fell between the two (issue 13's REPL kill test).
 * Undefined when someone holds the lock.
 */
async function createWithOwner(path: string, owner: LockOwner): Promise<FileHandle | undefined> {
  const own = `${path}.${owner.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await createFile(own, owner);
  let held = handle;
  try {
    await link(own, path).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST') throw e;
      // A file system without hard links: create the lock file itself (briefly empty, the old way).
      held = await createFile(path, owner);
    });
  } catch (e) {
    await handle.close();
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw e;
  } finally {
    await unlink(own).catch(() => undefined);
  }
  if (held !== handle) await handle.close();
  return held;
}

const EXCL = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** A new file naming its owner. On a full disk it stays empty: the lock still holds (stale only by age), so the operation goes on to report what was not saved. */
async function createFile(path: string, owner: LockOwner): Promise<FileHandle> {
  const handle = await open(path, EXCL, 0o644);
  try {
    await handle.write(JSON.stringify({ pid: owner.pid, host: owner.host }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOSPC' && code !== 'EDQUOT') {
      await handle.close();
      await unlink(path).catch(() => undefined);
      throw e;
    }
  }
  return handle;
}

async function isStale(path: string, o: LockOptions): Promise<boolean> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return false;
  if (!info.isFile()) return true;
  const holder = parseHolder(await readFile(path, 'utf8').catch(() => ''));
  if (holder && holder.host === o.owner.host && !o.owner.isAlive(holder.pid)) return true;
  return Date.now() - info.mtimeMs > (o.staleMs ?? DEFAULT_STALE_MS);
}

function parseHolder(text: string): { pid: number; host: string } | undefined {
  try {
    const v = JSON.parse(text) as { pid?: unknown; host?: unknown };
    return typeof v.pid === 'number' && typeof v.host === 'string' ? { pid: v.pid, host: v.host } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes a stale lock while holding `<path>.break`, after checking again that it is still stale:
 * two waiters that both saw it stale must not let the slower one remove the faster one's new lock.
 * True when it was removed.
 */
async function breakStale(path: string, o: LockOptions): Promise<boolean> {
  const breaker = `${path}.break`;
  const release = await tryCreate(breaker, o);
  if (!release) {
    // Its holder died mid-break: clear it so the next round can break the lock.
    if (await isStale(breaker, o)) await unlink(breaker).catch(() => undefined);
    return false;
  }
  try {
    if (!(await isStale(path, o))) return false;
    await unlink(path).catch(() => undefined);
    return true;
  } finally {
    await release();
  }
}
