// The openai SDK, configured for any OpenAI-compatible server, and its errors as short reasons.
// Loaded only when a session actually talks to a model, so scripted runs never pay for it.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { z } from 'zod';
import { safeUrl, type ReadyConfig } from './config.js';
import { LlmFailure, seconds } from './failure.js';

const silent = { error() {}, warn() {}, info() {}, debug() {} };

export function createClient(c: ReadyConfig): OpenAI {
  return new OpenAI({
    baseURL: c.baseURL,
    apiKey: c.apiKey ?? 'not-needed',
    maxRetries: c.maxRetries,
    timeout: c.timeoutMs,
    // Never read OPENAI_* from the environment, and never log: OPENAI_LOG=debug would print requests.
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    logLevel: 'off',
    logger: silent,
  });
}

const RETRIED = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

function httpReason(status: number, c: ReadyConfig): string {
  const what: Record<number, string> = {
    401: 'the server refused the API key',
    403: 'the server refused the API key',
    404: `unknown model "${c.model}" or wrong base URL`,
    429: 'rate limited',
  };
  const after =
    RETRIED(status) && c.maxRetries > 0 ? ` after ${c.maxRetries} ${c.maxRetries === 1 ? 'retry' : 'retries'}` : '';
  return `HTTP ${status}${what[status] ? `: ${what[status]}` : ''}${after}`;
}

/** Server text is left out on purpose: it may echo the key or the prompt. */
export function describeFailure(e: unknown, c: ReadyConfig): string {
  if (e instanceof LlmFailure) return e.reason;
  if (e instanceof APIUserAbortError || e instanceof APIConnectionTimeoutError)
    return `timeout after ${seconds(c.timeoutMs)}`;
  if (e instanceof APIConnectionError) return `cannot connect to ${safeUrl(c.baseURL)}`;
  if (e instanceof APIError && typeof e.status === 'number') return httpReason(e.status, c);
  if (e instanceof APIError) return 'the server sent an error instead of a reply';
  if (e instanceof SyntaxError || e instanceof z.ZodError) return 'malformed response';
  return 'unexpected error from the model server';
}
