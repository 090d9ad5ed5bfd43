// The `llm` HCP engine as commands see it: built from ROLEPLAY_LLM_* and the --no-fallback,
// --llm-timeout and --no-cache flags, built only when a session actually uses it.
import { UsageError } from '../errors.js';
import {
  createFileCache,
  createLlmEngine,
  llmConfigFromEnv,
  parseSeconds,
  type HcpEngine,
  type ReplySink,
} from '../hcp/index.js';
import { sanitize } from '../sanitize.js';
import type { CliContext } from './context.js';
import type { LlmFlags } from './llm-flags.js';

export interface LlmWiring extends LlmFlags {
  /** Streams words to the terminal (REPL on a TTY). */
  sink?: ReplySink;
  /** ROLEPLAY_HOME/cache/llm; replies are cached only when `cache` is true. */
  cacheDir?: string;
  /** Print each distinct notice once (batch: many runs, one broken server). */
  noticeOnce?: boolean;
}

function timeoutMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseSeconds(value);
  if (ms !== undefined) return ms;
  throw new UsageError(`--llm-timeout must be seconds from 0 to 600, got "${value}"`, '--llm-timeout');
}

function notifier(ctx: CliContext, once: boolean): (message: string) => void {
  const seen = new Set<string>();
  return (message) => {
    if (once && seen.has(message)) return;
    seen.add(message);
    ctx.io.stderr.write(`roleplay: ${sanitize(message)}\n`);
  };
}

function buildEngine(ctx: CliContext, w: LlmWiring, timeout: number | undefined): HcpEngine {
  const config = {
    ...llmConfigFromEnv(ctx.env),
    fallback: w.fallback !== false,
    ...(timeout ? { timeoutMs: timeout } : {}),
  };
  const cache = w.cache === true && w.cacheDir ? createFileCache(w.cacheDir) : undefined;
  return createLlmEngine(config, {
    notify: notifier(ctx, w.noticeOnce === true),
    ...(w.sink ? { sink: w.sink } : {}),
    ...(cache ? { cache } : {}),
  });
}

/** An `llm` engine that reads the environment on first use, so scripted sessions pay nothing. */
export function llmEngineFor(ctx: CliContext, w: LlmWiring = {}): HcpEngine {
  const timeout = timeoutMs(w.llmTimeout);
  let engine: HcpEngine | undefined;
  const get = () => (engine ??= buildEngine(ctx, w, timeout));
  return {
    name: 'llm',
    open: async (scenario, seed) => get().open(scenario, seed),
    respond: async (input) => get().respond(input),
  };
}
