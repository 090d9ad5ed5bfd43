// closeGracefully (issue 13): requests in flight get the grace, stalled and idle sockets do not hold the stop.
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary, openSessions } from '../../src/cli/session-kit.js';
import type { CliContext } from '../../src/cli/context.js';
import { closeGracefully, createServer } from '../../src/server/index.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { slowClient, type SlowClient } from '../support/slow-client.js';
import { tempDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';
/** Far longer than any test takes: a stop that waits for it is a failure. */
const LONG_GRACE_MS = 20_000;

const homes: string[] = [];
const apps: FastifyInstance[] = [];
const clients: SlowClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await Promise.all(apps.splice(0).map((a) => a.close()));
  for (const h of homes.splice(0)) rmSync(h, { recursive: true, force: true });
});

async function listening() {
  const home = tempDir('roleplay-shutdown-');
  homes.push(home);
  const globals = () => ({ json: false, color: false, debug: false, scenarios: [] });
  const ctx: CliContext = { io: fakeIo(), env: { ROLEPLAY_HOME: home }, cwd: ROOT, globals };
  const [{ manager }, library] = await Promise.all([openSessions(ctx), openLibrary(ctx)]);
  const app = createServer({ manager, library });
  apps.push(app);
  // Added after the server's own hooks: when this runs, the request counts as in flight.
  let sawStart = () => undefined as void;
  const startSeen = new Promise<void>((r) => (sawStart = r));
  app.addHook('onRequest', async (req) => void (req.url === '/api/roleplay/start' && sawStart()));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, startSeen, url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}` };
}

/** A POST whose body is held back until `finish()`: in flight from the server's point of view. */
async function halfSent(url: string, startSeen: Promise<void>) {
  const body = JSON.stringify({ scenarioId: SCENARIO });
  const req = request(`${url}/api/roleplay/start`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const answer = new Promise<number | string>((resolve) => {
    req.on('response', (res) => (res.resume(), resolve(res.statusCode!)));
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
  req.write(body.slice(0, 5));
  await startSeen;
  return { answer, finish: () => req.end(body.slice(5)) };
}

const timed = async (p: Promise<unknown>) => {
  const t0 = performance.now();
  await p;
  return performance.now() - t0;
};

describe('closeGracefully', () => {
  it('does not wait for clients stalled in their headers or idle between requests', async () => {
    const { app, url } = await listening();
    const stalled = ['headers', 'idle', 'headers', 'idle'].map((k) => slowClient(url, k as 'headers' | 'idle'));
    clients.push(...stalled);
    await Promise.all(stalled.map((c) => c.connected));
    expect(await timed(closeGracefully(app, { graceMs: LONG_GRACE_MS }))).toBeLessThan(2_000);
    await Promise.all(stalled.map((c) => c.closed));
  });

  it('lets a request in flight finish within the grace, and answers it', async () => {
    const { app, url, startSeen } = await listening();
    const req = await halfSent(url, startSeen);
    const closing = closeGracefully(app, { graceMs: LONG_GRACE_MS });
    setTimeout(req.finish, 200);
    expect(await req.answer).toBe(200);
    expect(await timed(closing)).toBeLessThan(2_000);
  });

  it('cuts a request still in flight when the grace is over', async () => {
    const { app, url, startSeen } = await listening();
    const req = await halfSent(url, startSeen);
    const ms = await timed(closeGracefully(app, { graceMs: 300 }));
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(2_000);
    expect(await req.answer).toBe('ECONNRESET');
  });

  it('cuts at once when told to (a second Ctrl-C)', async () => {
    const { app, url, startSeen } = await listening();
    const req = await halfSent(url, startSeen);
    const ms = await timed(closeGracefully(app, { graceMs: LONG_GRACE_MS, now: Promise.resolve() }));
    expect(ms).toBeLessThan(2_000);
    expect(await req.answer).toBe('ECONNRESET');
  });
});
