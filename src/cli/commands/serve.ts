// `roleplay serve`: the session routes over HTTP from this process's one SessionManager, until a signal.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { ServeOptions } from '../run/serve.js';
// Past the server index, which loads Fastify: these two modules import only its types, so the
// help text shows the defaults without loading the server.
// eslint-disable-next-line no-restricted-imports -- start-up time, see above
import { DEFAULT_LIMITS } from '../../server/limits.js';
// eslint-disable-next-line no-restricted-imports -- start-up time, see above
import { DEFAULT_SHUTDOWN_GRACE_MS } from '../../server/shutdown.js';

const secs = (ms: number) => `${ms / 1000}`;

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve practice sessions over HTTP (start, respond, session, end) for a web front end')
    .option('--port <n>', 'port to listen on; default: a free port, printed at start')
    .option('--host <host>', 'address to bind; anything but loopback requires --token', '127.0.0.1')
    .option('--token <token>', 'require `Authorization: Bearer <token>` on every request (also ROLEPLAY_TOKEN)')
    .option(
      '--header-timeout <s>',
      `seconds a client has to send its request headers, then 408 and the connection is closed (default ${secs(DEFAULT_LIMITS.headersTimeoutMs)})`,
    )
    .option(
      '--request-timeout <s>',
      `seconds a client has to send the whole request, body included (default ${secs(DEFAULT_LIMITS.requestTimeoutMs)})`,
    )
    .option(
      '--keep-alive-timeout <s>',
      `seconds an idle connection stays open between requests (default ${secs(DEFAULT_LIMITS.keepAliveTimeoutMs)}); behind a proxy, make it longer than the proxy's`,
    )
    .option(
      '--max-connections <n>',
      `connections open at once; more are closed unanswered (default ${DEFAULT_LIMITS.maxConnections})`,
    )
    .addHelpText(
      'after',
      `
Ctrl-C or SIGTERM stops accepting connections, gives requests in flight up to
${secs(DEFAULT_SHUTDOWN_GRACE_MS)} s, then closes every connection left (slow or idle clients) and exits 0;
a second signal closes them at once.

Examples:
  $ roleplay serve --port 8080
  $ ROLEPLAY_TOKEN=$(openssl rand -hex 16) roleplay serve --host 0.0.0.0 --port 8080
  $ roleplay serve --header-timeout 5 --max-connections 200
`,
    )
    .action(async (o: ServeOptions) => (await import('../run/serve.js')).runServe(ctx, o));
}
