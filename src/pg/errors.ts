// What a PostgreSQL failure means to a user: the database cannot be reached or was lost (exit 3,
// HTTP 503, nothing saved), a session held too long by another instance (busy), or a bug.
import { InvalidInputError } from '../errors.js';
import { SessionBusyError } from '../session/index.js';
import { scrub, type StoreUrl } from './url.js';

/** The store could not be used; nothing of the operation was committed. */
export class StoreUnavailableError extends InvalidInputError {
  constructor(message: string, where: string, hint: string) {
    super(message, [], where, hint);
  }
}

/** Node network errors and PostgreSQL's connection (08), shutdown (57P) and auth (28) classes. */
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);
const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection lost',
  EPIPE: 'connection lost',
  '28P01': 'password authentication failed',
  '28000': 'authentication refused',
  '3D000': 'no such database',
  '57014': 'a statement timed out',
  '57P01': 'the server shut down',
  '57P02': 'the server crashed',
  '57P03': 'the server is starting up',
  '53300': 'too many connections',
};

function reasonOf(e: unknown): string | undefined {
  const err = e as { code?: string; message?: string } | null;
  const code = err?.code;
  if (typeof code === 'string' && (NETWORK.has(code) || REASONS[code] || /^(08|57P|28)/.test(code)))
    return REASONS[code] ?? `error ${code}`;
  const message = err?.message ?? '';
  if (
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      message,
    )
  ) {
    return /timeout/i.test(message) ? 'timed out waiting for a connection' : 'connection lost';
  }
  return undefined;
}

/** A user-facing error for `e`, or `e` itself when it is not about reaching the store (a bug). */
export function storeError(e: unknown, url: StoreUrl, sessionId?: string): unknown {
  if (e instanceof StoreUnavailableError || e instanceof SessionBusyError) return e;
  const code = (e as { code?: string } | null)?.code;
  // lock_timeout: another instance held the session's row for longer than we wait.
  if (code === '55P03' && sessionId) return new SessionBusyError(sessionId);
  const reason = reasonOf(e);
  if (!reason) return e;
  return new StoreUnavailableError(
    scrub(`cannot use the PostgreSQL store at ${url.shown}: ${reason}`, url.password),
    '--store',
    'check that the database server is running and reachable, and the URL in --store / ROLEPLAY_STORE; nothing was saved',
  );
}
