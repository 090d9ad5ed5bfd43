// One chat-completions request for one HCP reply, plain or streamed, under one deadline that
// covers retries and the streamed body. Replies are validated and shaped before anyone sees them.
import type OpenAI from 'openai';
import { z } from 'zod';
import type { ReadyConfig } from './config.js';
import { LlmFailure, seconds } from './failure.js';
import type { ChatMessage } from './prompt.js';
import { MAX_RAW_CHARS, shapeReply } from './shape.js';

/** About 1,000 characters: more than the hard cap, so a reply is never cut mid-word by the server. */
const MAX_TOKENS = 300;

const Completion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().min(1) }) })).min(1),
});
const Chunk = z.object({
  choices: z.array(z.object({ delta: z.object({ content: z.string().nullish() }).nullish() })),
});

export interface ReplyRequest {
  messages: ChatMessage[];
  hcpName: string;
  /** Shaped text as it becomes final; its pieces join to the returned reply. Absent: no streaming. */
  onText?(chunk: string): void;
}

/** Runs `work` with an abort signal; rejects with a timeout at `ms` whatever the SDK is doing (a retry sleep honours no signal). */
export async function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new LlmFailure(`timeout after ${seconds(ms)}`));
    }, ms);
  });
  const running = work(controller.signal);
  running.catch(() => undefined);
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function finalText(raw: string, hcpName: string): string {
  const { text } = shapeReply(raw, { hcpName, done: true });
  if (text === '') throw new LlmFailure('empty reply');
  return text;
}

async function plain(client: OpenAI, c: ReadyConfig, r: ReplyRequest, signal: AbortSignal): Promise<string> {
  const body = await client.chat.completions.create(
    { model: c.model, messages: r.messages, temperature: c.temperature, max_tokens: MAX_TOKENS },
    { signal },
  );
  return finalText(Completion.parse(body).choices[0]!.message.content, r.hcpName);
}

async function streamed(client: OpenAI, c: ReadyConfig, r: ReplyRequest, signal: AbortSignal): Promise<string> {
  const onText = r.onText!;
  const stream = await client.chat.completions.create(
    { model: c.model, messages: r.messages, temperature: c.temperature, max_tokens: MAX_TOKENS, stream: true },
    { signal },
  );
  let raw = '';
  let shown = '';
  const show = (text: string) => {
    // Shaping guarantees a growing prefix; the check only guards against showing words twice.
    if (signal.aborted || !text.startsWith(shown) || text === shown) return;
    onText(text.slice(shown.length));
    shown = text;
  };
  for await (const chunk of stream) {
    raw += Chunk.parse(chunk).choices[0]?.delta?.content ?? '';
    const shaped = shapeReply(raw, { hcpName: r.hcpName, done: false });
    show(shaped.text);
    // Breaking out aborts the request: a capped reply stops costing tokens.
    if (shaped.complete || raw.length >= MAX_RAW_CHARS) break;
  }
  // The SDK ends an aborted stream quietly; a cut-off reply must not pass as a whole one.
  if (signal.aborted) throw new LlmFailure(`timeout after ${seconds(c.timeoutMs)}`);
  const text = finalText(raw, r.hcpName);
  show(text);
  return text;
}

/** The shaped reply, or a throw that `describeFailure` turns into a reason. */
export function requestReply(client: OpenAI, c: ReadyConfig, r: ReplyRequest): Promise<string> {
  return withDeadline(c.timeoutMs, (signal) =>
    r.onText ? streamed(client, c, r, signal) : plain(client, c, r, signal),
  );
}
