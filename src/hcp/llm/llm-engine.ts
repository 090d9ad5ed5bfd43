// The `llm` HCP engine: the scripted step decides everything (state, objections, cues, endings);
// a model only rewords the chosen move. Any failure gives the scripted words and a notice, or
// exit 5 with --no-fallback. Resume replays the scripted step, so only the words can differ.
import { UsageError } from '../../errors.js';
import { open as openScripted, step } from '../step.js';
import type { HcpEngine } from '../types.js';
import { cacheKey, type ReplyCache } from './cache.js';
import { configProblems, isReady, type LlmConfig, type ReadyConfig } from './config.js';
import { backendError, fallbackNotice, LlmFailure } from './failure.js';
import { buildMessages, type ChatMessage } from './prompt.js';

/** Where streamed words go (the REPL on a terminal); the engine calls `end` after every `begin`. */
export interface ReplySink {
  begin(turn: { name: string; cues: readonly string[] }): void;
  /** Sanitized, shaped text; the pieces of one turn join to the reply's text. */
  text(chunk: string): void;
  end(): void;
}

export interface LlmDeps {
  /** A one-line notice for the user, e.g. that a turn fell back to the scripted words. */
  notify(message: string): void;
  sink?: ReplySink;
  cache?: ReplyCache;
}

async function loadWire(c: ReadyConfig) {
  const [client, request] = await Promise.all([import('./client.js'), import('./request.js')]);
  return {
    client: client.createClient(c),
    describeFailure: client.describeFailure,
    requestReply: request.requestReply,
  };
}

type Wire = ReturnType<typeof loadWire>;

interface Turn {
  messages: ChatMessage[];
  hcpName: string;
  cues: readonly string[];
}

/** The model's words for one turn: from the cache, else one request (streamed to the sink if any). */
async function words(
  c: ReadyConfig,
  deps: LlmDeps,
  wire: () => Wire,
  { messages, hcpName, cues }: Turn,
): Promise<string> {
  const key = deps.cache ? cacheKey(c.model, messages) : undefined;
  const cached = key ? await deps.cache!.get(key) : undefined;
  if (cached !== undefined) return cached;
  const w = await wire();
  const { sink } = deps;
  sink?.begin({ name: hcpName, cues });
  let text: string;
  try {
    text = await w.requestReply(w.client, c, {
      messages,
      hcpName,
      ...(sink ? { onText: (t: string) => sink.text(t) } : {}),
    });
  } finally {
    sink?.end();
  }
  if (key) {
    await deps
      .cache!.put(key, { model: c.model, text })
      .catch((e: NodeJS.ErrnoException) => deps.notify(`reply not cached (${e.code ?? 'write failed'})`));
  }
  return text;
}

export function createLlmEngine(config: LlmConfig, deps: LlmDeps): HcpEngine {
  let wire: Wire | undefined;
  const connect = (c: ReadyConfig) => (wire ??= loadWire(c));
  const reasonFor = async (e: unknown): Promise<string> => {
    if (e instanceof LlmFailure) return e.reason;
    return isReady(config) ? (await connect(config)).describeFailure(e, config) : 'unexpected error';
  };
  return {
    name: 'llm',
    async open(scenario, seed) {
      const problems = configProblems(config);
      if (problems.length > 0) {
        throw new UsageError(
          `the llm HCP is not configured: ${problems[0]}`,
          '--hcp llm',
          'set ROLEPLAY_LLM_BASE_URL and ROLEPLAY_LLM_MODEL (`roleplay doctor` checks them), or use the scripted HCP',
        );
      }
      // The opening is the scenario author's line: a session starts without waiting on a network.
      return openScripted(scenario, seed).reply;
    },
    async respond(input) {
      const { reply, move } = step(input.state, input.repText, input.scenario, input.seed);
      try {
        if (!isReady(config)) throw new LlmFailure(`not configured: ${configProblems(config)[0]}`);
        const ready = config;
        const transcript = [...input.transcript, { speaker: 'rep' as const, text: input.repText }];
        const messages = buildMessages({
          scenario: input.scenario,
          state: reply.state,
          move,
          ended: reply.ended,
          transcript,
        });
        const turn = { messages, hcpName: input.scenario.hcp.name, cues: reply.cues };
        return { ...reply, text: await words(ready, deps, () => connect(ready), turn) };
      } catch (e) {
        const reason = await reasonFor(e);
        if (!config.fallback) throw backendError(reason, config);
        deps.notify(fallbackNotice(reason, config));
        return { ...reply, fallback: true };
      }
    },
  };
}
