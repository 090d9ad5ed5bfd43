// `roleplay serve` slow-client flags (issue 13): parsed with zod into limits, refused with exit 2, applied to the server.
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseLimits } from '../../src/cli/serve-limits.js';
import { openLibrary, openSessions } from '../../src/cli/session-kit.js';
import type { CliContext } from '../../src/cli/context.js';
import { createServer, DEFAULT_LIMITS } from '../../src/server/index.js';
import { applyConnectionCap } from '../../src/server/limits.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

const homes: string[] = [];
const servers: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const h of homes.splice(0)) rmSync(h, { recursive: true, force: true });
});

const home = () => {
  const h = tempDir('roleplay-limits-');
  homes.push(h);
  return h;
};

describe('serve limits from flags', () => {
  it.each([
    { flags: {}, limits: DEFAULT_LIMITS },
    { flags: { headerTimeout: '2.5' }, limits: { ...DEFAULT_LIMITS, headersTimeoutMs: 2_500 } },
    {
      flags: { requestTimeout: ' 60 ', keepAliveTimeout: '0.1' },
      limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 60_000, keepAliveTimeoutMs: 100 },
    },
    {
      flags: { headerTimeout: '30', requestTimeout: '30' },
      limits: { ...DEFAULT_LIMITS, headersTimeoutMs: 30_000, requestTimeoutMs: 30_000 },
    },
    { flags: { maxConnections: '20' }, limits: { ...DEFAULT_LIMITS, maxConnections: 20 } },
  ])('reads $flags', ({ flags, limits }) => {
    expect(parseLimits(flags)).toEqual(limits);
  });

  it.each([
    { argv: ['--header-timeout', 'soon'], err: '--header-timeout must be seconds from 0.1 to 3600, got "soon"' },
    { argv: ['--header-timeout', '0'], err: '--header-timeout must be seconds from 0.1 to 3600' },
    { argv: ['--header-timeout', '1e3'], err: '--header-timeout must be seconds' },
    { argv: ['--request-timeout', '-1'], err: '--request-timeout must be seconds' },
    { argv: ['--request-timeout', '3601'], err: '--request-timeout must be seconds' },
    { argv: ['--keep-alive-timeout', ''], err: '--keep-alive-timeout must be seconds' },
    { argv: ['--max-connections', '0'], err: '--max-connections must be a whole number from 1 to 100000, got "0"' },
    { argv: ['--max-connections', '1.5'], err: '--max-connections must be a whole number' },
    { argv: ['--max-connections', '0x10'], err: '--max-connections must be a whole number' },
    {
      argv: ['--header-timeout', '40'],
      err: '--header-timeout (40 s) must not be longer than --request-timeout (30 s) (--header-timeout)',
    },
    {
      argv: ['--request-timeout', '5'],
      err: '--header-timeout (10 s) must not be longer than --request-timeout (5 s) (--request-timeout)',
    },
  ])('exits 2 for serve $argv', async ({ argv, err }) => {
    const io = fakeIo();
    expect(await main(['serve', ...argv], io, { env: { ROLEPLAY_HOME: home() }, cwd: ROOT })).toBe(2);
    expect([io.out(), io.err()]).toEqual(['', expect.stringContaining(err)]);
  });

  it('lists the flags and their defaults in serve --help', async () => {
    const io = fakeIo();
    expect(await main(['serve', '--help'], io, { env: {}, cwd: ROOT })).toBe(0);
    for (const line of [
      '--header-timeout <s>',
      '(default 10)',
      '--request-timeout <s>',
      '(default 30)',
      '--keep-alive-timeout <s>',
      '(default 5)',
      '--max-connections <n>',
      '(default 512)',
      'SIGTERM',
    ]) {
      expect(io.out()).toContain(line);
    }
  });
});

describe('createServer limits', () => {
  async function server(limits?: Parameters<typeof createServer>[0]['limits']) {
    const globals = () => ({ json: false, color: false, debug: false, scenarios: [] });
    const ctx: CliContext = { io: fakeIo(), env: { ROLEPLAY_HOME: home() }, cwd: ROOT, globals };
    const [{ manager }, library] = await Promise.all([openSessions(ctx), openLibrary(ctx)]);
    const app = createServer({ manager, library, limits });
    servers.push(app);
    return app.server;
  }
  const applied = (s: Awaited<ReturnType<typeof server>>) => ({
    headersTimeoutMs: s.headersTimeout,
    requestTimeoutMs: s.requestTimeout,
    keepAliveTimeoutMs: s.keepAliveTimeout,
    maxConnections: s.maxConnections,
  });

  it('applies the defaults, not Node and Fastify defaults that let a slow client hold a socket for 70 s', async () => {
    expect(applied(await server())).toEqual(DEFAULT_LIMITS);
  });

  it('applies the limits it is given', async () => {
    const limits = { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, keepAliveTimeoutMs: 500, maxConnections: 7 };
    expect(applied(await server(limits))).toEqual(limits);
  });
});

describe('connection cap warning', () => {
  it('says why connections are dropped at most once a minute, counting the ones in between', () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c)).msg as string), done()) });
    const app = Fastify({ logger: { level: 'warn', stream } });
    servers.push(app);
    let now = 0;
    applyConnectionCap(app, 5, () => now);
    for (const t of [0, 1_000, 30_000, 59_999, 60_000, 61_000]) {
      now = t;
      app.server.emit('drop');
    }
    expect(lines).toEqual([
      '5 connections open, the cap (--max-connections): new ones are closed unanswered',
      '5 connections open, the cap (--max-connections): new ones are closed unanswered (4 since the last warning)',
    ]);
    expect(app.server.maxConnections).toBe(5);
  });
});
