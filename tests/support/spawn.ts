// Runs the built binary as a user would: real process, temp data dir, optional piped stdin.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { BIN, ROOT } from './paths.js';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const made: string[] = [];

/**
 * The one way tests make a temp dir: made inside a test, it is removed when that test finishes;
 * made outside one (beforeAll, a module's top level), when its file ends (remove-temp-dirs.ts).
 */
export function tempDir(prefix = 'roleplay-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => removeDirs([dir]));
  } catch {
    // Not inside a test: the dir is shared by the file's tests.
    made.push(dir);
  }
  return dir;
}

/** Removes dirs, chmod'ed back first, so a test that made one read-only still leaves nothing behind. */
export function removeDirs(dirs: readonly string[]): void {
  for (const dir of dirs) {
    try {
      chmodSync(dir, 0o755);
    } catch {
      // Already gone.
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes every temp dir this test file made. */
export const removeTempDirs = (): void => removeDirs(made.splice(0));

/** `undefined` in an env override removes the variable. */
const definedOnly = (env: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));

export function runBin(
  args: readonly string[],
  o: {
    input?: string | Buffer;
    env?: Record<string, string | undefined>;
    cwd?: string;
    timeoutMs?: number;
    nodeArgs?: readonly string[];
  } = {},
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(o.nodeArgs ?? []), BIN, ...args], {
      cwd: o.cwd ?? ROOT,
      // A fresh data dir only when the caller names none: one made and ignored would be left behind.
      env: definedOnly({
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ...('ROLEPLAY_HOME' in (o.env ?? {}) ? {} : { ROLEPLAY_HOME: tempDir() }),
        NO_COLOR: '1',
        ...o.env,
      }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    // A child that stops reading early (a size cap) closes the pipe: not a test failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(o.input ?? '');
  });
}
