// The `llm` HCP engine as commands see it: built from ROLEPLAY_LLM_* and the --no-fallback,
// --llm-timeout and --no-cache flags, loaded only when a session actually uses it.
import type { Command } from 'commander';
import type { HcpEngine, ReplySink } from '../hcp/index.js';
import type { CliContext } from './context.js';

/** The flags as commander parses them (`--no-x` gives `x: false`). */
export interface LlmFlags {
  fallback?: boolean;
  llmTimeout?: string;
  cache?: boolean;
}

export interface LlmWiring extends LlmFlags {
  /** Streams words to the terminal (REPL on a TTY). */
  sink?: ReplySink;
  /** ROLEPLAY_HOME/cache/llm; replies are cached only when `cache` is true. */
  cacheDir?: string;
  /** Print each distinct notice once (batch: many runs, one broken server). */
  noticeOnce?: boolean;
}

export function addLlmOptions(cmd: Command, o: { cache?: boolean } = {}): Command {
  cmd
    .option('--no-fallback', 'with the llm HCP: exit 5 when the model server fails, instead of using the scripted reply')
    .option('--llm-timeout <s>', 'with the llm HCP: seconds to wait for each reply (default 30; also ROLEPLAY_LLM_TIMEOUT)');
  if (o.cache) cmd.option('--no-cache', 'with the llm HCP: ask the model again instead of reusing cached replies');
  return cmd;
}

async function timeoutMs(value: string | undefined): Promise<number | undefined> {
  if (value === undefined) return undefined;
  const { parseSeconds } = await import('../hcp/llm/index.js');
  const ms = parseSeconds(value);
  if (ms !== undefined) return ms;
  const { UsageError } = await import('../errors.js');
  throw new UsageError(`--llm-timeout must be seconds from 0 to 600, got "${value}"`, '--llm-timeout');
}

function notifier(ctx: CliContext, once: boolean, sanitize: (s: string) => string): (message: string) => void {
  const seen = new Set<string>();
  return (message) => {
    if (once && seen.has(message)) return;
    seen.add(message);
    ctx.io.stderr.write(`roleplay: ${sanitize(message)}\n`);
  };
}

async function buildEngine(ctx: CliContext, w: LlmWiring, timeout: number | undefined): Promise<HcpEngine> {
  const { createLlmEngine, llmConfigFromEnv, createFileCache } = await import('../hcp/llm/index.js');
  const { sanitize } = await import('../sanitize.js');
  const config = { ...llmConfigFromEnv(ctx.env), fallback: w.fallback !== false, ...(timeout ? { timeoutMs: timeout } : {}) };
  const cache = w.cache === true && w.cacheDir ? createFileCache(w.cacheDir) : undefined;
  return createLlmEngine(config, { notify: notifier(ctx, w.noticeOnce === true, sanitize), ...(w.sink ? { sink: w.sink } : {}), ...(cache ? { cache } : {}) });
}

/** An `llm` engine that reads the environment and loads its modules on first use, so scripted sessions pay nothing. */
export async function llmEngineFor(ctx: CliContext, w: LlmWiring = {}): Promise<HcpEngine> {
  const timeout = await timeoutMs(w.llmTimeout);
  let engine: Promise<HcpEngine> | undefined;
  const get = () => (engine ??= buildEngine(ctx, w, timeout));
  return {
    name: 'llm',
    open: async (scenario, seed) => (await get()).open(scenario, seed),
    respond: async (input) => (await get()).respond(input),
  };
}
