// The bad-input corpus as HTTP bodies and ids (issue 9): every route answers a status and one
// `{error, message}` line, never a 500 for a client's mistake, and no id ever becomes a path.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, openSessions } from '../../../src/cli/session-kit.js';
import type { CliContext } from '../../../src/cli/context.js';
import { createServer } from '../../../src/server/index.js';
import { fakeIo } from '../../support/fake-io.js';
import { ROOT } from '../../support/paths.js';
import { tempDir } from '../../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';
const JSON_TYPE = 'application/json';
const HOSTILE =
  'Hi \u001b]0;TITLE\u0007 \u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\ \u202Eevil\r what matters most to you?';

let app: FastifyInstance;
let home: string;
beforeAll(async () => {
  home = tempDir();
  const ctx: CliContext = {
    io: fakeIo(),
    env: { ROLEPLAY_HOME: home },
    cwd: ROOT,
    globals: () => ({ json: false, color: false, debug: false, scenarios: [] }),
  };
  const [{ manager }, library] = await Promise.all([openSessions(ctx), openLibrary(ctx)]);
  app = createServer({ manager, library });
});
afterAll(() => app.close());

async function send(method: 'GET' | 'POST', url: string, payload?: string | Buffer, type = JSON_TYPE) {
  const r = await app.inject({ method, url, payload, headers: payload === undefined ? {} : { 'content-type': type } });
  return {
    status: r.statusCode,
    json: r.json() as {
      error?: string;
      message?: string;
      sessionId?: string;
      reply?: string;
      turns?: { text: string }[];
    },
  };
}

const start = (body: string) => send('POST', '/api/roleplay/start', body);
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

const BODIES = [
  { name: 'an empty body', body: '', status: 400, says: /cannot be empty/ },
  { name: 'a binary body', body: Buffer.from([0x89, 0x50, 0, 1, 0xff]), type: 'application/octet-stream', status: 415 },
  { name: 'binary bytes sent as JSON', body: Buffer.from([0, 1, 2, 0xff]), status: 400, says: /not valid JSON/ },
  {
    name: 'invalid UTF-8 inside a JSON string',
    body: Buffer.concat([Buffer.from('{"scenarioId":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]),
    status: 404,
  },
  { name: 'a 5 MB single-line body', body: `"${'a'.repeat(5 * 1024 * 1024)}"`, status: 413 },
  { name: 'a YAML alias bomb', body: 'a: &a [x, x]\nb: [*a, *a]\n', type: 'application/yaml', status: 415 },
  { name: '1,000-deep JSON nesting', body: deep(1000), status: 400, says: /expected object, received array/ },
  { name: '30,000-deep JSON nesting (the most 64 KiB holds)', body: deep(30_000), status: 400 },
  {
    name: '1,000-deep nesting where a string belongs',
    body: `{"scenarioId":${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}}`,
    status: 400,
  },
  {
    name: 'wrong types in every field',
    body: '{"scenarioId":5,"seed":"x"}',
    status: 400,
    says: /scenarioId: .*seed: /,
  },
  { name: 'a __proto__ key', body: `{"__proto__":{"x":1},"scenarioId":"${SCENARIO}"}`, status: 400 },
  { name: 'a scenario id with ../', body: '{"scenarioId":"../../etc/passwd"}', status: 404 },
  {
    name: 'a scenario id with a Cyrillic look-alike',
    body: '{"scenarioId":"primary-c\u0430re-hypertension-discovery"}',
    status: 404,
  },
  { name: 'a scenario id with NUL', body: '{"scenarioId":"primary-care\\u0000"}', status: 404 },
] as const;

describe('HTTP bodies from the bad-input corpus', () => {
  it.each(BODIES)('answers $status to $name', async (c) => {
    const r = await send('POST', '/api/roleplay/start', c.body, 'type' in c ? c.type : JSON_TYPE);
    expect(r.status).toBe(c.status);
    expect(Object.keys(r.json).sort()).toEqual(['error', 'message']);
    expect(r.json.message).not.toMatch(/\n/);
    if ('says' in c) expect(r.json.message).toMatch(c.says);
  });

  it.each([
    { name: 'a BOM', body: `\uFEFF{"scenarioId":"${SCENARIO}"}` },
    { name: 'CRLF line ends', body: `{\r\n  "scenarioId": "${SCENARIO}"\r\n}\r\n` },
  ])('accepts a JSON body with $name', async ({ body }) => {
    expect((await start(body)).status).toBe(200);
  });
});

const BAD_IDS = [
  '../../../etc/passwd',
  'a/b',
  '..',
  `${'0'.repeat(31)}\u0000`,
  '\u0430'.repeat(32),
  'A'.repeat(32),
  `${'f'.repeat(32)}/../x`,
  'x'.repeat(60_000),
];

describe('session ids that could be paths', () => {
  it.each(BAD_IDS.map((id) => ({ id, shown: JSON.stringify(id).slice(0, 40) })))(
    'answers 404 on every route to $shown, creating no file',
    async ({ id }) => {
      const before = readdirSync(join(home, 'sessions')).length;
      for (const r of [
        await send('POST', '/api/roleplay/respond', JSON.stringify({ sessionId: id, message: 'Hi' })),
        await send('POST', '/api/roleplay/end', JSON.stringify({ sessionId: id })),
        await send('GET', `/api/roleplay/session?sessionId=${encodeURIComponent(id)}`),
      ]) {
        expect(r).toEqual({
          status: 404,
          json: { error: 'not-found', message: 'no such session: ids are 32 lowercase hex characters' },
        });
      }
      expect(readdirSync(join(home, 'sessions')).length).toBe(before);
      expect(readdirSync(home).sort()).toEqual(['sessions']);
    },
  );

  it('answers 500 naming a corrupt journal, not a bug report', async () => {
    const id = 'c'.repeat(32);
    writeFileSync(join(home, 'sessions', `${id}.jsonl`), '{"type":"rep","turn":1,"text":"x","t":1}\n');
    const r = await send('GET', `/api/roleplay/session?sessionId=${id}`);
    expect(r).toEqual({
      status: 500,
      json: {
        error: 'corrupt-session',
        message: expect.stringMatching(/^session cccccccc has an unreadable journal: /),
      },
    });
  });
});

describe('hostile text over HTTP', () => {
  it('keeps escapes, carriage returns and bidi overrides verbatim in JSON', async () => {
    const { json } = await start(JSON.stringify({ scenarioId: SCENARIO, seed: 1 }));
    const sessionId = json.sessionId!;
    expect((await send('POST', '/api/roleplay/respond', JSON.stringify({ sessionId, message: HOSTILE }))).status).toBe(
      200,
    );
    const status = await send('GET', `/api/roleplay/session?sessionId=${sessionId}`);
    expect(status.json.turns![1]!.text).toBe(HOSTILE.trim());
  });
});
