// `roleplay serve`: the session routes over HTTP from this process's one SessionManager, until a signal.
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import type { CliContext } from '../context.js';
import type { LimitFlags } from '../serve-limits.js';
// Not through the server index, which loads Fastify: only the defaults, for the help text.
import { DEFAULT_LIMITS, DEFAULT_SHUTDOWN_GRACE_MS } from '../../server/index.js';

interface ServeOptions extends LimitFlags {
  port?: string;
  host: string;
  token?: string;
}

const secs = (ms: number) => `${ms / 1000}`;

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve practice sessions over HTTP (start, respond, session, end) for a web front end')
    .option('--port <n>', 'port to listen on; default: a free port, printed at start')
    .option('--host <host>', 'address to bind; anything but loopback requires --token', '127.0.0.1')
    .option('--token <token>', 'require `Authorization: Bearer <token>` on every request (also ROLEPLAY_TOKEN)')
    .option('--header-timeout <s>', `seconds a client has to send its request headers, then 408 and the connection is closed (default ${secs(DEFAULT_LIMITS.headersTimeoutMs)})`)
    .option('--request-timeout <s>', `seconds a client has to send the whole request, body included (default ${secs(DEFAULT_LIMITS.requestTimeoutMs)})`)
    .option('--keep-alive-timeout <s>', `seconds an idle connection stays open between requests (default ${secs(DEFAULT_LIMITS.keepAliveTimeoutMs)}); behind a proxy, make it longer than the proxy's`)
    .option('--max-connections <n>', `connections open at once; more are closed unanswered (default ${DEFAULT_LIMITS.maxConnections})`)
    .addHelpText('after', `
Ctrl-C or SIGTERM stops accepting connections, gives requests in flight up to
${secs(DEFAULT_SHUTDOWN_GRACE_MS)} s, then closes every connection left (slow or idle clients) and exits 0;
a second signal closes them at once.

Examples:
  $ roleplay serve --port 8080
  $ ROLEPLAY_TOKEN=$(openssl rand -hex 16) roleplay serve --host 0.0.0.0 --port 8080
  $ roleplay serve --header-timeout 5 --max-connections 200
`)
    .action(async (o: ServeOptions) => {
      const { UsageError } = await import('../../errors.js');
      const { closeGracefully, createServer, isLoopbackHost, serverUrl } = await import('../../server/index.js');
      const port = await parsePort(o.port);
      const { parseLimits } = await import('../serve-limits.js');
      const limits = parseLimits(o);
      const token = o.token ?? (ctx.env.ROLEPLAY_TOKEN || undefined);
      if (token === '') throw new UsageError('--token must not be empty', '--token');
      if (!isLoopbackHost(o.host) && token === undefined) {
        throw new UsageError(`refusing to serve on ${o.host} without a token`, '--host',
          'pass --token <secret> (or set ROLEPLAY_TOKEN) so only clients with `Authorization: Bearer <secret>` get in, or bind to 127.0.0.1');
      }
      const { openSessions, openLibrary } = await import('../session-kit.js');
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
    });
}

async function parsePort(value: string | undefined): Promise<number> {
  if (value === undefined) return 0;
  const n = Number(value);
  if (/^\d+$/.test(value) && n <= 65_535) return n;
  const { UsageError } = await import('../../errors.js');
  throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}"`, '--port');
}

/** Binding failures a user can fix become usage errors naming the flag; anything else is a bug. */
async function listenOn(app: FastifyInstance, host: string, port: number): Promise<void> {
  try {
    await app.listen({ port, host });
  } catch (e) {
    const { UsageError } = await import('../../errors.js');
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is already in use`, '--port', 'choose another port, or omit --port for a free one');
    if (code === 'EACCES') throw new UsageError(`not allowed to listen on port ${port}`, '--port', 'ports below 1024 need privileges; choose a higher one');
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
