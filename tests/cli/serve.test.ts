// `roleplay serve` in-process over a real socket: the four session routes share one SessionManager (the origin bug).
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openLibrary, openSessions } from '../../src/cli/session-kit.js';
import type { CliContext } from '../../src/cli/context.js';
import { createServer, type ServerOptions } from '../../src/server/index.js';
import { MAX_TURN_CHARS } from '../../src/session/index.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';
const UNKNOWN_ID = 'f'.repeat(32);
const REP_TURNS = [
  'What matters most to you with your hypertension patients?',
  'How do you decide when to add a second agent?',
  'What have you seen with adherence in your practice?',
];

const repTexts = (turns: { speaker: string; text: string }[]) =>
  turns.filter((t) => t.speaker === 'rep').map((t) => t.text);

const servers: FastifyInstance[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => s.close())));

/** A server wired like `roleplay serve` (file journals in a temp ROLEPLAY_HOME), and a client sending `auth`. */
async function serve(o: Partial<ServerOptions> = {}, auth: Record<string, string> = {}) {
  const globals = () => ({ json: false, color: false, debug: false, scenarios: [] });
  const ctx: CliContext = { io: fakeIo(), env: { ROLEPLAY_HOME: tempDir() }, cwd: ROOT, globals };
  const [{ manager }, library] = await Promise.all([openSessions(ctx), openLibrary(ctx)]);
  const app = createServer({ manager, library, ...o });
  servers.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers = auth,
  ): Promise<{ status: number; json: any }> => {
    const type: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
    const res = await fetch(base + path, {
      method,
      headers: { ...headers, ...type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, json: await res.json() };
  };
  const start = async () =>
    (await call('POST', '/api/roleplay/start', { scenarioId: SCENARIO, seed: 7 })).json.sessionId as string;
  return {
    call,
    start,
    respond: (sessionId: string, message: string) => call('POST', '/api/roleplay/respond', { sessionId, message }),
    status: (sessionId: string) => call('GET', `/api/roleplay/session?sessionId=${sessionId}`),
    end: (sessionId: string) => call('POST', '/api/roleplay/end', { sessionId }),
  };
}

describe('roleplay serve (HTTP routes)', () => {
  it('runs start → respond ×3 → session → end and the end sees every turn', async () => {
    const api = await serve();
    const started = await api.call('POST', '/api/roleplay/start', { scenarioId: SCENARIO, seed: 7 });
    expect(started).toMatchObject({
      status: 200,
      json: {
        sessionId: expect.stringMatching(/^[0-9a-f]{32}$/),
        scenario: { id: SCENARIO },
        hcpOpening: expect.any(String),
      },
    });
    const sessionId = started.json.sessionId as string;
    for (const [i, message] of REP_TURNS.entries()) {
      expect(await api.respond(sessionId, message)).toMatchObject({
        status: 200,
        json: {
          reply: expect.any(String),
          cues: expect.any(Array),
          ended: null,
          hcpState: { id: sessionId, repTurns: i + 1 },
        },
      });
    }
    expect(await api.status(sessionId)).toMatchObject({
      status: 200,
      json: { active: true, turns: { length: 1 + 2 * REP_TURNS.length } },
    });
    const end = await api.end(sessionId);
    expect(end).toMatchObject({
      status: 200,
      json: { sessionId, scenarioId: SCENARIO, overallScore: expect.any(Number), metricResults: { length: 8 } },
    });
    expect(repTexts(end.json.transcript)).toEqual(REP_TURNS);
  });

  it('finds a session started in one request from the other three routes, each seeing what the others added (the origin bug)', async () => {
    const api = await serve();
    const sessionId = await api.start();
    const turnsSeen = [(await api.status(sessionId)).json.hcpState.repTurns];
    for (const message of REP_TURNS.slice(0, 2)) {
      turnsSeen.push(
        (await api.respond(sessionId, message)).json.hcpState.repTurns,
        (await api.status(sessionId)).json.hcpState.repTurns,
      );
    }
    const end = await api.end(sessionId);
    turnsSeen.push(repTexts(end.json.transcript).length, (await api.status(sessionId)).json.hcpState.repTurns);
    expect({ id: end.json.sessionId, turnsSeen }).toEqual({ id: sessionId, turnsSeen: [0, 1, 1, 2, 2, 2, 2] });
  });

  it('keeps sessions apart: each transcript holds only its own turns', async () => {
    const api = await serve();
    const [a, b] = [await api.start(), await api.start()];
    await Promise.all([api.respond(a, 'Turn for A'), api.respond(b, 'Turn for B')]);
    expect([repTexts((await api.status(a)).json.turns), repTexts((await api.status(b)).json.turns)]).toEqual([
      ['Turn for A'],
      ['Turn for B'],
    ]);
  });

  it('gives the same scorecard when a session is ended twice', async () => {
    const api = await serve();
    const sessionId = await api.start();
    await api.respond(sessionId, REP_TURNS[0]!);
    const [first, second] = [await api.end(sessionId), await api.end(sessionId)];
    expect(second).toEqual({ status: 200, json: first.json });
  });

  it('answers 409 to a respond after the end, and the session reads as inactive', async () => {
    const api = await serve();
    const sessionId = await api.start();
    await api.end(sessionId);
    const r = await api.respond(sessionId, 'One more thing');
    expect(r).toMatchObject({
      status: 409,
      json: { error: 'session-ended', message: expect.stringContaining('has ended: POST /api/roleplay/end') },
    });
    expect((await api.status(sessionId)).json.active).toBe(false);
  });

  it('lists the built-in scenarios as summaries', async () => {
    const r = await (await serve()).call('GET', '/api/scenarios');
    expect(r.status).toBe(200);
    expect(r.json.length).toBeGreaterThanOrEqual(16);
    expect(Object.keys(r.json.find((s: { id: string }) => s.id === SCENARIO)).sort()).toEqual([
      'difficulty',
      'id',
      'stage',
      'therapeuticArea',
      'title',
    ]);
  });
});

const BAD_REQUESTS = [
  {
    name: 'respond to an unknown session',
    method: 'POST',
    path: '/api/roleplay/respond',
    body: { sessionId: UNKNOWN_ID, message: 'Hi' },
    status: 404,
  },
  {
    name: 'status of an unknown session',
    method: 'GET',
    path: `/api/roleplay/session?sessionId=${UNKNOWN_ID}`,
    status: 404,
  },
  {
    name: 'end of an unknown session',
    method: 'POST',
    path: '/api/roleplay/end',
    body: { sessionId: UNKNOWN_ID },
    status: 404,
  },
  {
    name: 'status of a malformed id',
    method: 'GET',
    path: '/api/roleplay/session?sessionId=..%2F..%2Fetc%2Fpasswd',
    status: 404,
  },
  {
    name: 'start of an unknown scenario',
    method: 'POST',
    path: '/api/roleplay/start',
    body: { scenarioId: 'no-such-scenario' },
    status: 404,
  },
  {
    name: 'respond without a sessionId (no default session)',
    method: 'POST',
    path: '/api/roleplay/respond',
    body: { message: 'Hi' },
    status: 400,
  },
  { name: 'status without a sessionId', method: 'GET', path: '/api/roleplay/session', status: 400 },
  { name: 'end without a body', method: 'POST', path: '/api/roleplay/end', status: 400 },
  { name: 'start without a scenarioId', method: 'POST', path: '/api/roleplay/start', body: {}, status: 400 },
  {
    name: 'start with a negative seed',
    method: 'POST',
    path: '/api/roleplay/start',
    body: { scenarioId: SCENARIO, seed: -1 },
    status: 400,
  },
  {
    name: 'start with an unknown field',
    method: 'POST',
    path: '/api/roleplay/start',
    body: { scenarioId: SCENARIO, sesionId: 'x' },
    status: 400,
  },
  { name: 'a body that is not JSON', method: 'POST', path: '/api/roleplay/start', body: '{"scenarioId":', status: 400 },
  {
    name: 'a body over 64 KiB',
    method: 'POST',
    path: '/api/roleplay/start',
    body: { scenarioId: SCENARIO, pad: 'x'.repeat(64 * 1024) },
    status: 413,
  },
  { name: 'an unknown route', method: 'GET', path: '/api/roleplay/sessions', status: 404 },
];

describe('roleplay serve (errors as {error, message})', () => {
  it.each(BAD_REQUESTS)('answers $status to $name', async ({ method, path, body, status }) => {
    const r = await (await serve()).call(method, path, body);
    expect(r.status).toBe(status);
    expect(Object.keys(r.json).sort()).toEqual(['error', 'message']);
  });

  it.each([
    { name: 'an empty message', message: '   ', status: 400 },
    { name: `a message over ${MAX_TURN_CHARS} characters`, message: 'a'.repeat(MAX_TURN_CHARS + 1), status: 413 },
  ])('answers $status to $name and records no turn', async ({ message, status }) => {
    const api = await serve();
    const sessionId = await api.start();
    expect((await api.respond(sessionId, message)).status).toBe(status);
    expect((await api.status(sessionId)).json.hcpState.repTurns).toBe(0);
  });

  it('names the missing field without echoing what was sent', async () => {
    const r = await (await serve()).call('POST', '/api/roleplay/respond', { message: 'secret words' });
    expect(r.json).toEqual({ error: 'bad-request', message: 'sessionId is required' });
  });
});

describe('roleplay serve --token', () => {
  const TOKEN = 's3cret-token';
  it.each([
    { method: 'GET', path: '/api/scenarios' },
    { method: 'POST', path: '/api/roleplay/start', body: { scenarioId: SCENARIO } },
    { method: 'GET', path: `/api/roleplay/session?sessionId=${UNKNOWN_ID}` },
    { method: 'POST', path: '/api/roleplay/respond', body: { sessionId: UNKNOWN_ID, message: 'Hi' } },
    { method: 'POST', path: '/api/roleplay/end', body: { sessionId: UNKNOWN_ID } },
  ])('answers 401 to $method $path without a token', async ({ method, path, body }) => {
    const r = await (await serve({ token: TOKEN })).call(method, path, body);
    expect(r).toEqual({ status: 401, json: { error: 'unauthorized', message: expect.stringContaining('Bearer') } });
  });

  it.each([
    { name: 'a wrong token', header: `Bearer ${TOKEN}x`, status: 401 },
    { name: 'a prefix of the token', header: `Bearer ${TOKEN.slice(0, 4)}`, status: 401 },
    { name: 'the token without "Bearer"', header: TOKEN, status: 401 },
    { name: 'an empty bearer', header: 'Bearer ', status: 401 },
    { name: 'the right token', header: `Bearer ${TOKEN}`, status: 200 },
  ])('answers $status to $name', async ({ header, status }) => {
    const r = await (await serve({ token: TOKEN })).call('GET', '/api/scenarios', undefined, { authorization: header });
    expect(r.status).toBe(status);
  });

  it('drives a whole session with the token', async () => {
    const api = await serve({ token: TOKEN }, { authorization: `Bearer ${TOKEN}` });
    const sessionId = await api.start();
    expect([
      (await api.respond(sessionId, 'Hi')).status,
      (await api.status(sessionId)).status,
      (await api.end(sessionId)).status,
    ]).toEqual([200, 200, 200]);
  });

  it('never logs message bodies or the token, even at trace level', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write: (c, _e, done) => {
        lines.push(String(c));
        done();
      },
    });
    const api = await serve({ token: TOKEN, logger: { level: 'trace', stream } }, { authorization: `Bearer ${TOKEN}` });
    const sessionId = await api.start();
    await api.respond(sessionId, 'my private words');
    await api.respond(sessionId, `private ${'x'.repeat(MAX_TURN_CHARS)}`);
    await api.call('GET', '/api/scenarios', undefined, { authorization: 'Bearer wrong-guess' });
    expect(lines.join('')).not.toMatch(new RegExp(`private|${TOKEN}|wrong-guess`));
  });
});

describe('roleplay serve (flags)', () => {
  it.each([
    { name: 'a non-loopback host without a token', argv: ['serve', '--host', '0.0.0.0'], err: '--token' },
    { name: 'a port that is not a number', argv: ['serve', '--port', 'http'], err: '--port must be a whole number' },
    { name: 'a port out of range', argv: ['serve', '--port', '70000'], err: '--port must be a whole number' },
    { name: 'an empty token', argv: ['serve', '--token', ''], err: '--token must not be empty' },
  ])('exits 2 for $name', async ({ argv, err }) => {
    const io = fakeIo();
    expect(await main(argv, io, { env: { ROLEPLAY_HOME: tempDir() }, cwd: ROOT })).toBe(2);
    expect([io.out(), io.err()]).toEqual(['', expect.stringContaining(err)]);
  });
});
