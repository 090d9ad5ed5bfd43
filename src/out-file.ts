// Report files (`--out`): the target checked before any work is done, then written atomically:
// a temp file beside it, every byte counted, fsync, rename; on any failure the temp file goes.
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError, WriteFailedError } from './errors.js';

/** The file handle calls the writer makes; tests swap them to play a full disk or a short write. */
export interface OutHandle {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  stat(): Promise<{ size: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file system calls the writer makes, injectable (issue 13). */
export interface OutFs {
  stat(path: string): Promise<Stats>;
  realpath(path: string): Promise<string>;
  open(path: string, flags: string, mode?: number): Promise<OutHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeOutFs: OutFs = {
  stat,
  realpath,
  open: (path, flags, mode) => open(path, flags, mode),
  rename,
  unlink,
};

/** A checked `--out`: `path` is where the bytes go (a symlink's target), `shown` what the user typed. */
export interface OutTarget {
  path: string;
  shown: string;
  /** The permissions of the file replaced, kept on the new one. */
  mode?: number;
}

const FLAG = '--out';
/** The folder of the path the user typed, in words. */
const folderOf = (shown: string): string => (dirname(shown) === '.' ? 'the current folder' : dirname(shown));
const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** What went wrong, in words; undefined when the error is not the file system's (a bug). */
function fsReason(e: unknown): string | undefined {
  const code = errno(e);
  if (code === undefined) return undefined;
  const reasons: Record<string, string> = {
    ENOSPC: 'disk full',
    EDQUOT: 'disk quota exceeded',
    EROFS: 'read-only file system',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'the folder no longer exists',
    ENOTDIR: 'a folder in this path is a file',
    EIO: 'input/output error',
    EFBIG: 'file too large for this file system',
    EISDIR: 'is a folder',
  };
  return reasons[code] ?? (e as Error).message;
}

/**
 * Checks `--out` before any run is played, so a bad path is reported at once (issue 13: it used to
 * fail after every run, with a stack): the folder must exist and take a new file, and the target,
 * if there, must be a regular file. Creating and removing one empty temp file is the only test of
 * "writable" that read-only mounts, ACLs and root all answer truthfully.
 */
export async function checkOutPath(path: string, shown: string, fs: OutFs = nodeOutFs): Promise<OutTarget> {
  const existing = await statOrUndefined(fs, path, shown);
  if (existing?.isDirectory()) throw new UsageError(`${shown} is a folder; name a file to write the report to`, FLAG);
  if (existing && !existing.isFile())
    throw new UsageError(
      `${shown} is not a regular file (a FIFO, device or socket); the report must go to a file`,
      FLAG,
    );
  const real = existing ? await fs.realpath(path) : path;
  const folder = dirname(real);
  const dir = await statOrUndefined(fs, folder, shown);
  if (!dir)
    throw new UsageError(
      `the folder ${folderOf(shown)} does not exist`,
      FLAG,
      'create it first, or write the report somewhere else',
    );
  if (!dir.isDirectory()) throw new UsageError(`${folderOf(shown)} is not a folder`, FLAG);
  const probe = tempName(real);
  try {
    await (await fs.open(probe, 'wx', 0o600)).close();
  } catch (e) {
    const reason = fsReason(e);
    if (reason === undefined) throw e;
    throw new UsageError(
      `cannot write in ${folderOf(shown)}: ${reason}`,
      FLAG,
      'write the report to a folder you can write to',
    );
  }
  await fs.unlink(probe).catch(() => undefined);
  return { path: real, shown, ...(existing ? { mode: existing.mode & 0o7777 } : {}) };
}

async function statOrUndefined(fs: OutFs, path: string, shown: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(path);
  } catch (e) {
    if (errno(e) === 'ENOENT') return undefined;
    const reason = fsReason(e);
    if (reason === undefined) throw e;
    throw new UsageError(`cannot use ${shown}: ${reason}`, FLAG);
  }
}

/** Beside the target, so the rename stays on one file system; dotted, so a listing hides it. */
const tempName = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

/** Writes `text` to the checked target whole or not at all; the old file, if any, stays until the rename. */
export async function writeOutFile(target: OutTarget, text: string, fs: OutFs = nodeOutFs): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  const temp = tempName(target.path);
  let handle: OutHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', target.mode ?? 0o666);
    await writeAll(handle, bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target.path);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    const reason = e instanceof ShortWrite ? e.message : fsReason(e);
    if (reason === undefined) throw e;
    throw new WriteFailedError(
      `report not written: ${reason}`,
      target.shown,
      'nothing was written there; free some space or choose another --out, then run again',
    );
  }
  await syncFolder(fs, dirname(target.path));
}

/** Makes the rename itself durable; some systems cannot sync a folder, and the report is whole either way. */
async function syncFolder(fs: OutFs, folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

class ShortWrite extends Error {}

/** A write may take fewer bytes than asked (a nearly full disk): go on from there; none at all is failure. */
async function writeAll(handle: OutHandle, bytes: Uint8Array): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, done);
    if (!(bytesWritten > 0))
      throw new ShortWrite(
        `disk full? only ${done.toLocaleString('en-US')} of ${bytes.length.toLocaleString('en-US')} bytes could be written`,
      );
    done += bytesWritten;
  }
  const { size } = await handle.stat();
  if (size !== bytes.length)
    throw new ShortWrite(
      `the file holds ${size.toLocaleString('en-US')} of ${bytes.length.toLocaleString('en-US')} bytes after writing`,
    );
}
