// Opens the data dir and the one SessionManager a command needs, plus the scenario library.
import type { SessionManager } from '../session/manager.js';
import type { DataDir } from '../store/data-dir.js';
import type { HcpEngine } from '../hcp/types.js';
import type { CliContext } from './context.js';
import type { LlmWiring } from './llm-kit.js';

export interface SessionKit {
  manager: SessionManager;
  dataDir: DataDir;
}

/** `llm`: flags for the llm engine, always there so a resumed llm session finds it. */
export async function openSessions(ctx: CliContext, o: { engines?: Record<string, HcpEngine>; llm?: LlmWiring } = {}): Promise<SessionKit> {
  const { resolveDataDir, ensureDataDir } = await import('../store/data-dir.js');
  const { createSessionManager, createFileStore } = await import('../session/index.js');
  const { llmEngineFor } = await import('./llm-kit.js');
  const { join } = await import('node:path');
  const { sanitize } = await import('../sanitize.js');
  const dataDir = await ensureDataDir(resolveDataDir(ctx.env));
  const llm = await llmEngineFor(ctx, { cacheDir: join(dataDir.root, 'cache', 'llm'), ...o.llm });
  const manager = createSessionManager({
    store: createFileStore(dataDir.sessions),
    historyFile: dataDir.history,
    engines: { llm, ...o.engines },
    onWarning: (m) => ctx.io.stderr.write(`roleplay: warning: ${sanitize(m)}\n`),
  });
  return { manager, dataDir };
}

export async function openLibrary(ctx: CliContext) {
  const { loadLibrary } = await import('../scenario/library.js');
  return loadLibrary(ctx.globals().scenarios);
}
