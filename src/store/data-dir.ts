// Where sessions and history live: ROLEPLAY_HOME, else the platform data dir (env-paths).
import { mkdir, access, constants, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import envPaths from 'env-paths';
import { InvalidInputError } from '../errors.js';

export interface DataDir {
  root: string;
  sessions: string;
  history: string;
}

export function resolveDataDir(env: Readonly<Record<string, string | undefined>>): DataDir {
  const root = env.ROLEPLAY_HOME ? resolve(env.ROLEPLAY_HOME) : envPaths('roleplay', { suffix: '' }).data;
  return { root, sessions: join(root, 'sessions'), history: join(root, 'history.jsonl') };
}

/** Creates the folders, or fails with an error that names the path and what to do. */
export async function ensureDataDir(dir: DataDir): Promise<DataDir> {
  try {
    await makeDirs(dir.sessions);
    await access(dir.root, constants.W_OK);
    await access(dir.sessions, constants.W_OK);
  } catch (e) {
    throw dataDirError(e, dir.root);
  }
  return dir;
}

/**
 * For commands that only read: the folders are not created, and one that does not exist yet holds
 * nothing; one that cannot exist (a part of its path is a file) is still an error naming it.
 */
export async function checkDataDir(dir: DataDir): Promise<DataDir> {
  for (const p of [dir.root, dir.sessions]) {
    const info = await stat(p).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw dataDirError(e, dir.root);
    });
    if (info && !info.isDirectory())
      throw dataDirError(Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }), dir.root);
    if (!info) break;
  }
  return dir;
}

/** The DataDirError for a failed file operation in the data folder at `root`. */
function dataDirError(e: unknown, root: string): DataDirError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'is not writable'
      : code === 'ENOTDIR' || code === 'EEXIST'
        ? 'cannot be created: a part of its path is a file'
        : `cannot be created (${code ?? (e as Error).message})`;
  return new DataDirError(`data folder ${why}`, root, 'set ROLEPLAY_HOME to a writable folder');
}

/**
 * mkdir -p one level at a time. Node's `mkdir(..., { recursive: true })` never returns under
 * /proc, where mkdir fails with ENOENT although the parent exists (issue 9).
 */
async function makeDirs(path: string): Promise<void> {
  const missing: string[] = [];
  for (let p = path; ; p = dirname(p)) {
    const info = await stat(p).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${p} is not a directory`), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing) {
    await mkdir(p).catch(async (e: NodeJS.ErrnoException) => {
      // Another process may have made it meanwhile: only a directory there is fine.
      if (e.code !== 'EEXIST' || !(await stat(p)).isDirectory()) throw e;
    });
  }
}

/**
 * A failed read or write of a file in the data folder as a DataDirError naming it; anything else
 * (a bug) unchanged. A write that hit a full disk says what was not saved: "disk full: turn not saved".
 */
export function storageError(e: unknown, what: string, file: string, mode: 'read' | 'write'): unknown {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return e;
  const hint = 'check the data folder (ROLEPLAY_HOME) and the disk';
  if (mode === 'write' && (code === 'ENOSPC' || code === 'EDQUOT')) {
    return new DataDirError(`disk full: ${what} not saved`, file, 'free some space on the disk, then try again');
  }
  return new DataDirError(
    `cannot ${mode === 'read' ? 'read' : 'save'} the ${what}: ${FS_REASONS[code] ?? code}`,
    file,
    hint,
  );
}

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of its path is a file',
  EIO: 'input/output error',
  ELOOP: 'it is a symbolic link (not followed out of the data folder)',
  ENOTREG: 'not a regular file',
  EEXIST: 'it already exists',
};

/** A data folder the program cannot use: exit 3 like other unusable input, naming the path. */
export class DataDirError extends InvalidInputError {
  constructor(message: string, where: string, hint: string) {
    super(message, [], where, hint);
  }
}
