// `roleplay serve`: the session routes over HTTP from this process's one SessionManager, until a signal.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { UsageError } from '../../errors.js';
import { closeGracefully, createServer, isLoopbackHost, serverUrl } from '../../server/index.js';
import type { CliContext } from '../context.js';
import { parseLimits, type LimitFlags } from '../serve-limits.js';
import { openLibrary, openSessions } from '../session-kit.js';

export interface ServeOptions extends LimitFlags {
  port?: string;
  host: string;
  token?: string;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export async function runServe(ctx: CliContext, o: ServeOptions): Promise<void> {
  const port = parsePort(o.port);
  const limits = parseLimits(o);
  const token = o.token ?? (ctx.env.ROLEPLAY_TOKEN || undefined);
  if (token === '') throw new UsageError('--token must not be empty', '--token');
  if (!isLoopbackHost(o.host) && token === undefined) {
    throw new UsageError(
      `refusing to serve on ${o.host} without a token`,
      '--host',
      'pass --token <secret> (or set ROLEPLAY_TOKEN) so only clients with `Authorization: Bearer <secret>` get in, or bind to 127.0.0.1',
    );
  }
  const [{ manager, close }, library] = await Promise.all([openSessions(ctx), openLibrary(ctx)]);
  const app = createServer({ manager, library, token, limits, logger: { level: 'warn', stream: ctx.io.stderr } });
  // Watch for signals before the URL is printed: a client may act on it at once.
  const signals = watchStopSignals();
  try {
    await listenOn(app, o.host, port);
    ctx.io.stdout.write(`roleplay: serving on ${serverUrl(app.server.address() as AddressInfo)}\n`);
    await signals.next();
    // Journals are fsynced per turn, so once the sockets are gone nothing else needs flushing.
    await closeGracefully(app, { now: signals.next() });
  } finally {
    signals.dispose();
    // PostgreSQL: requests are done, so every transaction has committed or rolled back.
    await close();
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (/^\d+$/.test(value) && n <= 65_535) return n;
  throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}"`, '--port');
}

/** Binding failures a user can fix become usage errors naming the flag; anything else is a bug. */
async function listenOn(app: FastifyInstance, host: string, port: number): Promise<void> {
  try {
    await app.listen({ port, host });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new UsageError(
        `port ${port} is already in use`,
        '--port',
        'choose another port, or omit --port for a free one',
      );
    if (code === 'EACCES')
      throw new UsageError(
        `not allowed to listen on port ${port}`,
        '--port',
        'ports below 1024 need privileges; choose a higher one',
      );
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      throw new UsageError(`cannot bind to host "${host}"`, '--host', 'use an address of this machine, e.g. 127.0.0.1');
    }
    throw e;
  }
}

/** SIGINT/SIGTERM as a queue: `next()` resolves on the next one not yet consumed. */
function watchStopSignals(): { next(): Promise<void>; dispose(): void } {
  let received = 0;
  let consumed = 0;
  let wake: (() => void) | undefined;
  const onSignal = () => {
    received += 1;
    wake?.();
  };
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  return {
    async next() {
      while (received <= consumed) await new Promise<void>((r) => (wake = r));
      consumed += 1;
    },
    dispose: () => STOP_SIGNALS.forEach((s) => process.off(s, onSignal)),
  };
}
