// Why an LLM reply failed, as a short reason a rep can act on, and the exit-5 error built from it.
import { BackendError } from '../../errors.js';
import { redact, safeUrl, secretsOf, type LlmConfig } from './config.js';

/** A failure we detected ourselves (timeout, empty or malformed reply, missing config). */
export class LlmFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'LlmFailure';
  }
}

/** "30s", "0.3s": how the timeout reads in a notice. */
export const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))}s`;

function hintFor(reason: string): string {
  if (reason.startsWith('not configured'))
    return 'set ROLEPLAY_LLM_BASE_URL and ROLEPLAY_LLM_MODEL (`roleplay doctor` checks them)';
  if (reason.startsWith('timeout'))
    return 'the server is slow or loading a model: raise --llm-timeout (or ROLEPLAY_LLM_TIMEOUT), or check it with `roleplay doctor`';
  if (reason.includes('HTTP 401') || reason.includes('HTTP 403'))
    return 'set ROLEPLAY_LLM_API_KEY to a key the server accepts';
  if (reason.includes('HTTP 404')) return 'check ROLEPLAY_LLM_MODEL and that ROLEPLAY_LLM_BASE_URL ends in /v1';
  if (reason.startsWith('cannot connect'))
    return 'start the model server (e.g. `ollama serve`) or fix ROLEPLAY_LLM_BASE_URL; `roleplay doctor` checks it';
  return 'check the model server with `roleplay doctor`';
}

/** Exit 5 for `--no-fallback`; built from redacted strings, so neither message nor stack holds a secret. */
export function backendError(reason: string, c: LlmConfig): BackendError {
  const secrets = secretsOf(c);
  const where = c.baseURL ? redact(safeUrl(c.baseURL), secrets) : undefined;
  const hint = `${hintFor(reason)}; without --no-fallback the scripted reply is used instead`;
  return new BackendError(redact(`LLM unavailable (${reason})`, secrets), where, hint);
}

/** The one-line notice shown when a turn falls back to the scripted words. */
export const fallbackNotice = (reason: string, c: LlmConfig): string =>
  redact(`LLM unavailable (${reason}); using the scripted reply for this turn`, secretsOf(c));
