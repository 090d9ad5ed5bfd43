// Graceful stop: no new connections, requests in flight get a short grace, then every socket left is cut.
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Long enough for a scripted reply and its fsync; short enough that SIGTERM exits in a few seconds (issue 13). */
export const DEFAULT_SHUTDOWN_GRACE_MS = 2_000;

const inFlightOf = new WeakMap<FastifyInstance, InFlight>();

/** Requests whose headers have arrived and whose response has not finished. */
class InFlight {
  private readonly requests = new Set<FastifyRequest>();
  private waiters: (() => void)[] = [];

  add(r: FastifyRequest): void {
    this.requests.add(r);
  }

  remove(r: FastifyRequest): void {
    this.requests.delete(r);
    if (this.requests.size > 0) return;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves once none is left; a client still sending headers, or idle between requests, is not waited for. */
  drained(): Promise<void> {
    return this.requests.size === 0 ? Promise.resolve() : new Promise((r) => this.waiters.push(r));
  }
}

/** Call before other hooks, so a request refused by one (auth) is still counted until its answer is sent. */
export function trackInFlight(app: FastifyInstance): void {
  const inFlight = new InFlight();
  inFlightOf.set(app, inFlight);
  app.addHook('onRequest', async (request) => inFlight.add(request));
  app.addHook('onResponse', async (request) => inFlight.remove(request));
  // A client that hangs up mid-request gets no onResponse.
  app.addHook('onRequestAbort', async (request) => inFlight.remove(request));
}

export interface CloseOptions {
  graceMs?: number;
  /** Resolves to cut every connection at once (a second Ctrl-C). */
  now?: Promise<void>;
}

/**
 * Stops listening, waits for requests in flight (at most `graceMs`), then destroys the sockets left:
 * stalled senders and idle keep-alives would otherwise hold `close()` until their timeouts.
 * The process can then exit; a handler still running finishes its journal append first.
 */
export async function closeGracefully(app: FastifyInstance, o: CloseOptions = {}): Promise<void> {
  const closed = app.close();
  const drained = inFlightOf.get(app)?.drained() ?? Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((r) => (timer = setTimeout(r, o.graceMs ?? DEFAULT_SHUTDOWN_GRACE_MS)));
  await Promise.race([drained, grace, ...(o.now ? [o.now] : [])]);
  clearTimeout(timer);
  // app.close() stops the listener a few ticks later: sweep until the server is closed, so a socket accepted meanwhile is cut too.
  const cut = () => app.server.closeAllConnections();
  cut();
  const sweep = setInterval(cut, 50);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
  }
}
