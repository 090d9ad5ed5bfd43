// How long a client may take and how many may be connected: the guard against slow clients (issue 13).
// Type-only imports, so `serve --help` can show the defaults without loading Fastify.
import type { ServerOptions as HttpOptions } from 'node:http';
import type { FastifyInstance } from 'fastify';

export interface ServerLimits {
  /** From connecting (or a keep-alive request's first byte) to the last header byte; then 408 and close. */
  headersTimeoutMs: number;
  /** From connecting to the last body byte, so a body trickled a byte at a time cannot hold the socket. */
  requestTimeoutMs: number;
  /** An idle connection between requests is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections over this are closed at once, so sockets cannot use up the file descriptors journals need. */
  maxConnections: number;
}

/**
 * Node's own defaults let a silent client hold a socket for 60 s plus a 30 s check interval, and
 * Fastify keeps idle keep-alive sockets 72 s: 300 slow clients held the server for 70 s (issue 13).
 * An API answering small JSON bodies needs far less. 512 connections stay under a 1024 file limit.
 */
export const DEFAULT_LIMITS: Readonly<ServerLimits> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
};

/** Node checks the two timeouts on an interval (default 30 s); check often enough that they hold to about a quarter. */
function checkingIntervalMs(l: ServerLimits): number {
  return Math.min(1_000, Math.max(50, Math.floor(Math.min(l.headersTimeoutMs, l.requestTimeoutMs) / 4)));
}

/** The Fastify options for `limits`; `maxConnections` is set on the server once it exists (`applyConnectionCap`). */
export function timeoutOptions(l: ServerLimits): {
  requestTimeout: number;
  keepAliveTimeout: number;
  http: HttpOptions;
} {
  // Node refuses a headers timeout longer than the request timeout; callers validate that for users.
  const headersTimeout = Math.min(l.headersTimeoutMs, l.requestTimeoutMs);
  return {
    requestTimeout: l.requestTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    http: { headersTimeout, requestTimeout: l.requestTimeoutMs, connectionsCheckingInterval: checkingIntervalMs(l) },
  };
}

/** A dropped connection gets no answer, so say why in the log, at most once a minute. */
const DROP_WARNING_EVERY_MS = 60_000;

export function applyConnectionCap(app: FastifyInstance, maxConnections: number, now: () => number = Date.now): void {
  app.server.maxConnections = maxConnections;
  let lastWarning = -Infinity;
  let dropped = 0;
  app.server.on('drop', () => {
    dropped += 1;
    if (now() - lastWarning < DROP_WARNING_EVERY_MS) return;
    const since = lastWarning === -Infinity ? '' : ` (${dropped} since the last warning)`;
    app.log.warn(
      `${maxConnections} connections open, the cap (--max-connections): new ones are closed unanswered${since}`,
    );
    lastWarning = now();
    dropped = 0;
  });
}
