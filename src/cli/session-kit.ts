// Opens the data dir and the one SessionManager a command needs, plus the scenario library.
import { join } from 'node:path';
import type { HcpEngine } from '../hcp/index.js';
import { sanitize } from '../sanitize.js';
import { loadLibrary } from '../scenario/index.js';
import {
  createSessionManager,
  openDataStores,
  type HistoryBook,
  type SessionManager,
  type SessionStore,
} from '../session/index.js';
import { checkDataDir, ensureDataDir, resolveDataDir, type DataDir } from '../store/index.js';
import type { CliContext } from './context.js';
import { llmEngineFor, type LlmWiring } from './llm-kit.js';
import { processOwner } from './lock-owner.js';

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
  const dataDir = await (o.readOnly ? checkDataDir : ensureDataDir)(resolveDataDir(ctx.env));
  const { store, history, close } = await openStores(ctx, dataDir);
  const llm = llmEngineFor(ctx, { cacheDir: join(dataDir.root, 'cache', 'llm'), ...o.llm });
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
export async function openStores(
  ctx: CliContext,
  dataDir: DataDir,
): Promise<{ store: SessionStore; history: HistoryBook; close(): Promise<void> }> {
  const url = ctx.globals().store;
  if (url === undefined) {
    return {
      ...openDataStores(dataDir, { lock: { owner: processOwner() }, write: ctx.fileWrite }),
      close: async () => undefined,
    };
  }
  // The PostgreSQL driver takes about 0.3 s to load: only when a store is named.
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
  return loadLibrary(ctx.globals().scenarios);
}
