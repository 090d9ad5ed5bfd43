// Opens the data dir and the one SessionManager a command needs, plus the scenario library.
import type { HistoryBook, SessionManager, SessionStore } from '../session/index.js';
import type { DataDir } from '../store/index.js';
import type { HcpEngine } from '../hcp/index.js';
import type { CliContext } from './context.js';
import type { LlmWiring } from './llm-kit.js';

export interface SessionKit {
  manager: SessionManager;
  history: HistoryBook;
  dataDir: DataDir;
  /** Closes the store's connections (PostgreSQL); nothing to do for the data folder. */
  close(): Promise<void>;
}

/**
 * `llm`: flags for the llm engine, always there so a resumed llm session finds it. `readOnly`
 * (session, sessions, history): the data dir is not created, and nothing in it is written.
 */
export async function openSessions(
  ctx: CliContext,
  o: { engines?: Record<string, HcpEngine>; llm?: LlmWiring; readOnly?: boolean } = {},
): Promise<SessionKit> {
  const { resolveDataDir, ensureDataDir, checkDataDir } = await import('../store/data-dir.js');
  const { createSessionManager } = await import('../session/index.js');
  const { llmEngineFor } = await import('./llm-kit.js');
  const { join } = await import('node:path');
  const { sanitize } = await import('../sanitize.js');
  const dataDir = await (o.readOnly ? checkDataDir : ensureDataDir)(resolveDataDir(ctx.env));
  const { store, history, close } = await openStores(ctx, dataDir);
  const llm = await llmEngineFor(ctx, { cacheDir: join(dataDir.root, 'cache', 'llm'), ...o.llm });
  const manager = createSessionManager({
    store,
    history,
    engines: { llm, ...o.engines },
    onWarning: (m) => ctx.io.stderr.write(`roleplay: warning: ${sanitize(m)}\n`),
    afterEndEvent: crashHook(ctx.env),
  });
  return { manager, history, dataDir, close };
}

/** PostgreSQL when --store / ROLEPLAY_STORE names one, else the data folder's journals (the default). */
export async function openStores(ctx: CliContext, dataDir: DataDir): Promise<{ store: SessionStore; history: HistoryBook; close(): Promise<void> }> {
  const url = ctx.globals().store;
  if (url === undefined) {
    const { openDataStores } = await import('../session/index.js');
    const { processOwner } = await import('./lock-owner.js');
    return { ...openDataStores(dataDir, { lock: { owner: processOwner() }, write: ctx.fileWrite }), close: async () => undefined };
  }
  const { openPgStores } = await import('../pg/index.js');
  const { store, history, db } = await openPgStores(url);
  return { store, history, close: () => db.close() };
}

/**
 * ROLEPLAY_TEST_CRASH=after-end-event kills the process with SIGKILL right after the end event is
 * on disk, before the history line: the crash the history repair exists for (issue 13's test).
 */
function crashHook(env: CliContext['env']): (() => void) | undefined {
  if (env.ROLEPLAY_TEST_CRASH !== 'after-end-event') return undefined;
  return () => process.kill(process.pid, 'SIGKILL');
}

export async function openLibrary(ctx: CliContext) {
  const { loadLibrary } = await import('../scenario/library.js');
  return loadLibrary(ctx.globals().scenarios);
}
