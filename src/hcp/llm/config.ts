// The LLM engine's settings: read from ROLEPLAY_LLM_* variables, checked, and shown without the key.
export interface LlmConfig {
  /** An OpenAI-compatible API root, e.g. http://localhost:11434/v1 (Ollama). */
  baseURL?: string;
  model?: string;
  /** Local servers need none; never printed, journaled or put in an error. */
  apiKey?: string;
  /** One budget per reply, retries included, so a turn never waits longer than this. */
  timeoutMs: number;
  /** Retries on 429/5xx and dropped connections, with the SDK's backoff. */
  maxRetries: number;
  /** false: a failed reply is exit 5 instead of the scripted words (`--no-fallback`). */
  fallback: boolean;
  temperature: number;
  /** Values in the environment that could not be used, each saying what to fix. */
  invalid: string[];
}

/** A config with the two settings a request needs. */
export type ReadyConfig = LlmConfig & { baseURL: string; model: string };

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
/** More retries than this only make a practising rep wait; the turn falls back instead. */
const MAX_RETRIES_LIMIT = 5;
const MAX_TIMEOUT_S = 600;

type Env = Readonly<Record<string, string | undefined>>;

/** Seconds as typed (flag or env) → milliseconds, or undefined when not a number in (0, 600]. */
export function parseSeconds(value: string): number | undefined {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(n) && n > 0 && n <= MAX_TIMEOUT_S ? Math.round(n * 1000) : undefined;
}

const nonEmpty = (v: string | undefined): string | undefined =>
  v !== undefined && v.trim() !== '' ? v.trim() : undefined;

export function llmConfigFromEnv(env: Env): LlmConfig {
  const invalid: string[] = [];
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  const rawTimeout = nonEmpty(env.ROLEPLAY_LLM_TIMEOUT);
  if (rawTimeout !== undefined) {
    const ms = parseSeconds(rawTimeout);
    if (ms === undefined)
      invalid.push(`ROLEPLAY_LLM_TIMEOUT must be seconds from 0 to ${MAX_TIMEOUT_S}, got "${rawTimeout}"`);
    else timeoutMs = ms;
  }
  let maxRetries = DEFAULT_MAX_RETRIES;
  const rawRetries = nonEmpty(env.ROLEPLAY_LLM_MAX_RETRIES);
  if (rawRetries !== undefined) {
    const n = Number(rawRetries);
    if (!Number.isInteger(n) || n < 0 || n > MAX_RETRIES_LIMIT)
      invalid.push(
        `ROLEPLAY_LLM_MAX_RETRIES must be a whole number from 0 to ${MAX_RETRIES_LIMIT}, got "${rawRetries}"`,
      );
    else maxRetries = n;
  }
  const baseURL = nonEmpty(env.ROLEPLAY_LLM_BASE_URL);
  const model = nonEmpty(env.ROLEPLAY_LLM_MODEL);
  const apiKey = nonEmpty(env.ROLEPLAY_LLM_API_KEY);
  return {
    ...(baseURL ? { baseURL: baseURL.replace(/\/+$/, '') } : {}),
    ...(model ? { model } : {}),
    ...(apiKey ? { apiKey } : {}),
    timeoutMs,
    maxRetries,
    fallback: true,
    temperature: 0.7,
    invalid,
  };
}

/** What stops a request, in words that say what to set; empty when ready. */
export function configProblems(c: LlmConfig): string[] {
  const problems: string[] = [];
  if (!c.baseURL) problems.push('ROLEPLAY_LLM_BASE_URL is not set (e.g. http://localhost:11434/v1 for Ollama)');
  else if (!isHttpUrl(c.baseURL))
    problems.push(`ROLEPLAY_LLM_BASE_URL must be an http(s) URL, got "${safeUrl(c.baseURL)}"`);
  if (!c.model) problems.push('ROLEPLAY_LLM_MODEL is not set (e.g. llama3.1)');
  return [...problems, ...c.invalid];
}

export const isReady = (c: LlmConfig): c is ReadyConfig => configProblems(c).length === 0;

function isHttpUrl(s: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** The base URL fit to print: no user:password part and no query (some hosts put keys there). */
export function safeUrl(s: string): string {
  try {
    const u = new URL(s);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return s.replace(/\/\/[^/@]*@/, '//').replace(/\?.*$/, '');
  }
}

/** Strings that must never reach output: the key, and any password in the base URL. */
export function secretsOf(c: LlmConfig): string[] {
  const out: string[] = [];
  if (c.apiKey) out.push(c.apiKey);
  try {
    const u = new URL(c.baseURL ?? '');
    if (u.password) out.push(decodeURIComponent(u.password), u.password);
    if (u.search) out.push(u.search.slice(1));
  } catch {
    // Not a URL: nothing in it is sent, so nothing to hide.
  }
  return out.filter((s) => s.length >= 4);
}

/** Every occurrence of each secret replaced, so an echoed key in a server error is never shown. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('[redacted]');
  return out;
}
