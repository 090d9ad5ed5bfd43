// Where sessions and history live: ROLEPLAY_HOME, else the platform data dir (env-paths).
import { mkdir, access, constants } from 'node:fs/promises';
import { join, resolve } from 'node:path';
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
    await mkdir(dir.sessions, { recursive: true });
    await access(dir.sessions, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'is not writable' : `cannot be created (${code ?? (e as Error).message})`;
    throw new DataDirError(`data folder ${why}`, dir.root, 'set ROLEPLAY_HOME to a writable folder');
  }
  return dir;
}

/** A data folder the program cannot use: exit 3 like other unusable input, naming the path. */
export class DataDirError extends InvalidInputError {
  constructor(message: string, where: string, hint: string) {
    super(message, [], where, hint);
  }
}
