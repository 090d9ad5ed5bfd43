// HTTP errors as `{error, message}`: typed session errors and Fastify's own errors mapped to status codes.
import type { FastifyError } from 'fastify';
import { InvalidInputError, SessionStateError, isRoleplayError } from '../errors.js';
import { CorruptJournalError, SessionBusyError } from '../session/index.js';
import { DataDirError } from '../store/index.js';
import { StoreUnavailableError } from '../pg/index.js';

export interface ErrorBody {
  error: string;
  message: string;
}

/** A failure a route has already decided the status of. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const CODES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  404: 'not-found',
  409: 'session-ended',
  413: 'too-large',
  503: 'session-busy',
  415: 'unsupported-media-type',
  500: 'internal',
};

/** Status and body for anything a handler threw; `internal` marks a bug worth logging. */
export function toHttpError(e: unknown): { status: number; body: ErrorBody; internal: boolean } {
  const as = (status: number, message: string) => ({
    status,
    body: { error: CODES[status] ?? 'error', message },
    internal: false,
  });
  if (e instanceof HttpError)
    return { status: e.statusCode, body: { error: e.code, message: e.message }, internal: false };
  // Hints are left out: they name CLI commands. Routes look a session up before acting on it,
  // so a state error here means "ended", not "unknown"; the only invalid input left is a turn too long.
  // Another process held the session past our wait: try again, nothing was done.
  if (e instanceof SessionBusyError) return as(503, e.message);
  if (e instanceof SessionStateError) return as(409, e.message);
  // The database was lost mid-request: the transaction rolled back, so the turn was not taken; retry.
  if (e instanceof StoreUnavailableError)
    return { status: 503, body: { error: 'storage-unavailable', message: e.message }, internal: false };
  // Nothing was saved, and the client is not told otherwise (issue 13: a full disk lost confirmed turns).
  if (e instanceof DataDirError) {
    const full = e.message.startsWith('disk full');
    return {
      status: full ? 507 : 500,
      body: { error: full ? 'storage-full' : 'storage-error', message: e.message },
      internal: false,
    };
  }
  // The server's own data is broken, not the request: a 500 that names it, not a bug report.
  if (e instanceof CorruptJournalError)
    return { status: 500, body: { error: 'corrupt-session', message: e.message }, internal: false };
  if (e instanceof InvalidInputError) return as(413, e.message);
  if (isRoleplayError(e)) return as(400, e.message);
  const status = (e as FastifyError | undefined)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return as(status, (e as Error).message);
  return {
    status: 500,
    body: { error: 'internal', message: 'internal error: this is a bug, please report it' },
    internal: true,
  };
}

export const notFound = (message: string) => new HttpError(404, 'not-found', message);
export const badRequest = (message: string) => new HttpError(400, 'bad-request', message);
