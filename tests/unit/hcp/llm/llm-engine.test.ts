// The llm engine against a local chat-completions stub: words from the model, everything else from
// the scripted step; failures fall back with a notice (or exit 5), and the key never leaks.
import { readdirSync } from 'node:fs';
import { tempDir } from '../../../support/spawn.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { open, step } from '../../../../src/hcp/index.js';
import type { HcpEngine } from '../../../../src/hcp/types.js';
import { createFileCache, createLlmEngine, type LlmConfig, type ReplySink } from '../../../../src/hcp/llm/index.js';
import { BackendError, UsageError } from '../../../../src/errors.js';
import type { Scenario } from '../../../../src/scenario/schema.js';
import { fixtureScenario } from '../builders.js';
import { deadUrl, say, startStub, type Stub } from '../../../support/llm-stub.js';

const KEY = 'sk-test-SECRET-4242-do-not-print';
const REP = 'What matters most to you when patients forget their pills?';

let stub: Stub;
let scenario: Scenario;
beforeAll(async () => {
  stub = await startStub();
  scenario = await fixtureScenario();
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
  stub.script = () => say('Adherence is the big one for me, honestly.');
});

const config = (o: Partial<LlmConfig> = {}): LlmConfig => ({
  baseURL: stub.url,
  model: 'test-model',
  apiKey: KEY,
  timeoutMs: 2000,
  maxRetries: 0,
  fallback: true,
  temperature: 0.7,
  invalid: [],
  ...o,
});

function engineWith(o: Partial<LlmConfig> = {}, deps: { sink?: ReplySink; cacheDir?: string } = {}) {
  const notices: string[] = [];
  const engine = createLlmEngine(config(o), {
    notify: (m) => notices.push(m),
    ...(deps.sink ? { sink: deps.sink } : {}),
    ...(deps.cacheDir ? { cache: createFileCache(deps.cacheDir) } : {}),
  });
  return { engine, notices };
}

const firstTurn = (engine: HcpEngine) => {
  const start = open(scenario, 7);
  return engine.respond({
    state: start.state,
    repText: REP,
    scenario,
    seed: 7,
    transcript: [{ speaker: 'customer', text: start.reply.text }],
  });
};
const scripted = () => step(open(scenario, 7).state, REP, scenario, 7).reply;
const rejection = (p: Promise<unknown>): Promise<BackendError> =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as BackendError,
  );

describe('llm engine', () => {
  it('uses the model’s words but the scripted state, cues and ending', async () => {
    const { engine, notices } = engineWith();
    const reply = await firstTurn(engine);
    const expected = scripted();
    expect(reply.text).toBe('Adherence is the big one for me, honestly.');
    expect(reply.state).toEqual(expected.state);
    expect(reply.cues).toEqual(expected.cues);
    expect(reply.ended).toBe(expected.ended);
    expect(reply.fallback).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it('sends the key, the model, the state and the scripted move in the prompt', async () => {
    await firstTurn(engineWith().engine);
    const req = stub.requests[0]!;
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.body.model).toBe('test-model');
    const system = req.body.messages![0]!.content;
    expect(system).toContain('You are Dr. Test, Family physician.');
    expect(system).toContain(`What to convey: "${scripted().text}"`);
    expect(req.body.messages!.at(-1)).toEqual({ role: 'user', content: REP });
  });

  it('streams shaped pieces to the sink that join to the reply text', async () => {
    stub.script = () => say('Dr. Test: Adherence, mostly. *sighs* They just forget.');
    const events: string[] = [];
    const sink: ReplySink = {
      begin: (t) => events.push(`begin ${t.name}`),
      text: (c) => events.push(c),
      end: () => events.push('end'),
    };
    const reply = await firstTurn(engineWith({}, { sink }).engine);
    expect(stub.requests[0]!.body.stream).toBe(true);
    expect(reply.text).toBe('Adherence, mostly. They just forget.');
    expect(events[0]).toBe('begin Dr. Test');
    expect(events.at(-1)).toBe('end');
    expect(events.slice(1, -1).join('')).toBe(reply.text);
  });

  it.each([
    { name: 'a server slower than the timeout', action: { hang: true as const }, reason: 'timeout after 0.3s' },
    { name: 'a body that is not JSON', action: { raw: '{"choices": [oops' }, reason: 'malformed response' },
    { name: 'JSON without choices', action: { raw: '{"id": "x"}' }, reason: 'malformed response' },
    {
      name: 'an empty content string',
      action: { raw: '{"choices":[{"message":{"content":""}}]}' },
      reason: 'malformed response',
    },
    { name: 'a blank reply', action: say('   '), reason: 'empty reply' },
    {
      name: 'a reply only in the rep’s voice',
      action: say('Rep: Great, let me tell you about our product.'),
      reason: 'empty reply',
    },
    { name: 'a 500 with no retries left', action: { status: 500 }, reason: 'HTTP 500' },
  ])('falls back to the scripted words with a notice on $name', async ({ action, reason }) => {
    stub.script = () => action;
    // Only the hanging server is meant to time out: on a loaded machine 300 ms also cut off the
    // stub's real answers, and the notice named a timeout instead of the reply's fault.
    const { engine, notices } = engineWith({ timeoutMs: 'hang' in action ? 300 : 5000 });
    const reply = await firstTurn(engine);
    expect(reply.text).toBe(scripted().text);
    expect(reply.state).toEqual(scripted().state);
    expect(reply.fallback).toBe(true);
    expect(notices).toEqual([`LLM unavailable (${reason}); using the scripted reply for this turn`]);
  });

  it('retries a 500 and uses the answer that follows', async () => {
    stub.script = (_r, n) =>
      n === 0 ? { status: 500, headers: { 'retry-after-ms': '5' } } : say('Second time lucky.');
    const { engine, notices } = engineWith({ maxRetries: 2 });
    expect((await firstTurn(engine)).text).toBe('Second time lucky.');
    expect(stub.requests).toHaveLength(2);
    expect(notices).toEqual([]);
  });

  it('strips ANSI escapes from the model’s words', async () => {
    stub.script = () => say('\u001b[31mRed\u001b[0m flags \u001b]0;owned\u0007first.');
    expect((await firstTurn(engineWith().engine)).text).toBe('Red flags first.');
  });

  it('throws exit 5 instead of falling back when fallback is off and the server is down', async () => {
    const { engine, notices } = engineWith({ baseURL: await deadUrl(), fallback: false });
    const error = await rejection(firstTurn(engine));
    expect(error).toBeInstanceOf(BackendError);
    expect(error.exitCode).toBe(5);
    expect(error.message).toMatch(/^LLM unavailable \(cannot connect to http:\/\/127\.0\.0\.1:\d+\/v1\)$/);
    expect(notices).toEqual([]);
  });

  it('keeps the key out of errors, stacks, hints and notices even when the server echoes it', async () => {
    stub.script = () => ({
      status: 401,
      body: JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY}` } }),
    });
    const strict = await rejection(firstTurn(engineWith({ fallback: false }).engine));
    const shown = [strict.message, strict.stack, strict.hint, strict.where, JSON.stringify(strict)].join('\n');
    expect(strict.message).toBe('LLM unavailable (HTTP 401: the server refused the API key)');
    expect(shown).not.toContain(KEY);
    const lenient = engineWith();
    await firstTurn(lenient.engine);
    expect(lenient.notices.join('\n')).not.toContain(KEY);
  });

  it('keeps a password in the base URL out of errors', async () => {
    const url = (await deadUrl()).replace('http://', 'http://user:hunter2-pass@');
    const error = await rejection(firstTurn(engineWith({ baseURL: url, fallback: false }).engine));
    expect([error.message, error.stack, error.where].join('\n')).not.toContain('hunter2-pass');
  });

  it('serves a cached reply without asking the server again', async () => {
    const cacheDir = tempDir('roleplay-cache-');
    const first = await firstTurn(engineWith({}, { cacheDir }).engine);
    stub.script = () => say('A different answer.');
    const again = await firstTurn(engineWith({}, { cacheDir }).engine);
    expect(again.text).toBe(first.text);
    expect(stub.requests).toHaveLength(1);
    expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.json$/)]);
  });

  it('refuses to start a session when the model is not configured', async () => {
    const { engine } = engineWith({ baseURL: undefined, model: undefined });
    await expect(engine.open(scenario, 1)).rejects.toBeInstanceOf(UsageError);
  });

  it('opens with the scenario’s own line, without a request', async () => {
    const reply = await engineWith().engine.open(scenario, 1);
    expect(reply.text).toBe(scenario.hcp.openingLine);
    expect(stub.requests).toHaveLength(0);
  });
});
