// Reachability for `roleplay doctor`: GET /models, or a 1-token completion on servers without it.
import type { ReadyConfig } from './config.js';

export interface ProbeResult {
  ok: boolean;
  via: 'models' | 'completion';
  ms: number;
  /** Why it failed, as a short reason (never server text). */
  reason?: string;
  /** Model ids the server listed, when it has GET /models. */
  models?: string[];
  modelListed?: boolean;
}

/** Ollama lists "llama3.1:latest" for a model asked for as "llama3.1". */
const sameModel = (id: string, model: string) => id === model || id === `${model}:latest`;

export async function probeServer(
  c: ReadyConfig,
  o: { timeoutMs: number; clock?: () => number },
): Promise<ProbeResult> {
  const { createClient, describeFailure } = await import('./client.js');
  const { withDeadline } = await import('./request.js');
  const clock = o.clock ?? Date.now;
  const quick: ReadyConfig = { ...c, timeoutMs: o.timeoutMs, maxRetries: 0 };
  const client = createClient(quick);
  const started = clock();
  const elapsed = () => clock() - started;
  try {
    const page = await withDeadline(quick.timeoutMs, (signal) => client.models.list({ signal }));
    const models = Array.isArray(page.data) ? page.data.map((m) => String(m.id)) : [];
    return { ok: true, via: 'models', ms: elapsed(), models, modelListed: models.some((id) => sameModel(id, c.model)) };
  } catch (e) {
    const status = (e as { status?: unknown }).status;
    if (status !== 404 && status !== 405)
      return { ok: false, via: 'models', ms: elapsed(), reason: describeFailure(e, quick) };
  }
  try {
    const messages = [{ role: 'user' as const, content: 'Say OK.' }];
    await withDeadline(quick.timeoutMs, (signal) =>
      client.chat.completions.create({ model: c.model, messages, max_tokens: 1 }, { signal }),
    );
    return { ok: true, via: 'completion', ms: elapsed() };
  } catch (e) {
    return { ok: false, via: 'completion', ms: elapsed(), reason: describeFailure(e, quick) };
  }
}
