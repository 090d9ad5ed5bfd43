// Opens the data dir and the one SessionManager a command needs, plus the scenario library.
import type { SessionManager } from '../session/manager.js';
import type { DataDir } from '../store/data-dir.js';
import type { HcpEngine } from '../hcp/types.js';
import type { CliContext } from './context.js';

export interface SessionKit {
  manager: SessionManager;
  dataDir: DataDir;
}

export async function openSessions(ctx: CliContext, o: { engines?: Record<string, HcpEngine> } = {}): Promise<SessionKit> {
  const { resolveDataDir, ensureDataDir } = await import('../store/data-dir.js');
  const { createSessionManager, createFileStore } = await import('../session/index.js');
  const dataDir = await ensureDataDir(resolveDataDir(ctx.env));
  const manager = createSessionManager({
    store: createFileStore(dataDir.sessions),
    historyFile: dataDir.history,
    engines: o.engines,
    onWarning: (m) => ctx.io.stderr.write(`roleplay: warning: ${m}\n`),
  });
  return { manager, dataDir };
}

export async function openLibrary(ctx: CliContext) {
  const { loadLibrary } = await import('../scenario/library.js');
  return loadLibrary(ctx.globals().scenarios);
}

/** `--seed` as a positive integer, or a usage error naming the flag. */
export async function parseSeed(value: string | undefined): Promise<number | undefined> {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) {
    const { UsageError } = await import('../errors.js');
    throw new UsageError(`--seed must be a whole number, got "${value}"`, '--seed');
  }
  return n;
}
