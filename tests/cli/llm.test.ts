// argv → behaviour for the llm HCP: practice, respond and batch against a local chat-completions
// stub, fallback notices, --no-fallback (exit 5), streaming on a terminal, doctor, and the key
// never appearing in any output or file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/spawn.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder, llmCli, type CliOptions } from '../support/llm-cli.js';
import { deadUrl, say, startStub, type Stub } from '../support/llm-stub.js';

const KEY = 'sk-test-SECRET-7777-never-shown';
const SCENARIO = 'primary-care-hypertension-discovery';
const HCP = 'Dr. Maya Lindqvist';
const TURN = 'What matters most to you with patients whose blood pressure stays high?';

let stub: Stub;
beforeAll(async () => {
  stub = await startStub();
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
  stub.script = (_r, n) => say(`Model reply ${n + 1}, in my own words.`);
});

const cli = llmCli(() => stub.url, KEY);

const practice = (engine: string, input: string, o: CliOptions = {}, flags: string[] = []) =>
  cli(['practice', SCENARIO, '--hcp', engine, '--seed', '7', ...flags], { ...o, input });

const hcpEvents = (home: string) =>
  filesUnder(join(home, 'sessions'))
    .split('\n')
    .filter((l) => l.includes('"type":"hcp"'))
    .map((l) => JSON.parse(l) as { text: string; fallback?: boolean });

/** The HCP's first reply line in a piped practice transcript. */
const firstReply = (out: string) => out.split('\n').filter((l) => l.startsWith(`${HCP}: `))[1];

describe('roleplay practice --hcp llm', () => {
  it('shows and journals the model’s words', async () => {
    const r = await practice('llm', `${TURN}\n`);
    expect(r.code).toBe(0);
    expect(firstReply(r.out)).toBe(`${HCP}: Model reply 1, in my own words.`);
    expect(filesUnder(join(r.home, 'sessions'))).toContain('"engine":"llm"');
    expect(hcpEvents(r.home)).toEqual([expect.objectContaining({ text: 'Model reply 1, in my own words.' })]);
    expect(r.err).not.toContain('LLM unavailable');
  });

  it('leaves the HCP state exactly as the scripted engine leaves it', async () => {
    const turns = `${TURN}\nIt sounds like adherence matters. How do you decide on a second agent?\n`;
    const status = async (engine: string) => {
      const r = await practice(engine, turns);
      const id = /Session ([0-9a-f]{8})/.exec(r.out)![1]!;
      const s = await cli(['session', id, '--json'], { home: r.home });
      const { mood, openness, turnsLeft, priorities, objections, repTurns } = JSON.parse(s.out) as Record<
        string,
        unknown
      >;
      return { mood, openness, turnsLeft, priorities, objections, repTurns };
    };
    expect(await status('llm')).toEqual(await status('scripted'));
  });

  it.each([
    { name: 'the server is slower than the timeout', action: { hang: true as const }, reason: 'timeout after 0.3s' },
    { name: 'the body is malformed', action: { raw: '<html>oops</html>' }, reason: 'malformed response' },
  ])('falls back to the scripted reply with a notice when $name', async ({ action, reason }) => {
    stub.script = () => action;
    const r = await practice('llm', `${TURN}\n`, { env: { ROLEPLAY_LLM_TIMEOUT: '0.3' } });
    const scripted = await practice('scripted', `${TURN}\n`);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`roleplay: LLM unavailable (${reason}); using the scripted reply for this turn\n`);
    expect(firstReply(r.out)).toBe(firstReply(scripted.out));
    expect(hcpEvents(r.home)[0]!.fallback).toBe(true);
  });

  it('uses --llm-timeout over ROLEPLAY_LLM_TIMEOUT', async () => {
    stub.script = () => ({ hang: true });
    const r = await practice('llm', `${TURN}\n`, { env: { ROLEPLAY_LLM_TIMEOUT: '60' } }, ['--llm-timeout', '0.2']);
    expect(r.err).toContain('LLM unavailable (timeout after 0.2s)');
  });

  it('strips ANSI escapes from the model’s words on screen and in the journal', async () => {
    stub.script = () => say('\u001b[2J\u001b[31mRed\u001b[0m flags \u001b]8;;http://x\u0007first.');
    const r = await practice('llm', `${TURN}\n`);
    expect(firstReply(r.out)).toBe(`${HCP}: Red flags first.`);
    expect(hcpEvents(r.home)[0]!.text).toBe('Red flags first.');
    expect(r.out + filesUnder(r.home)).not.toMatch(/\u001b|\\u001b/);
  });

  it('exits 5 with --no-fallback when the server is down, keeping the session', async () => {
    const r = await practice('llm', `${TURN}\n`, { env: { ROLEPLAY_LLM_BASE_URL: await deadUrl() } }, [
      '--no-fallback',
    ]);
    expect(r.code).toBe(5);
    expect(r.err).toMatch(
      /roleplay: LLM unavailable \(cannot connect to http:\/\/127\.0\.0\.1:\d+\/v1\) \(http:\/\/127\.0\.0\.1:\d+\/v1\)\nhint: /,
    );
    expect(r.err).toMatch(/Session [0-9a-f]{8} kept/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('streams replies on a terminal, printing the same lines as piped output', async () => {
    const turns = `${TURN}\nHow do you decide on a second agent?\n/end\n`;
    const piped = await practice('llm', turns);
    stub.script = (_r, n) => say(`Model reply ${n + 1}, in my own words.`);
    const tty = await practice('llm', turns, { tty: true });
    const sameIds = (out: string) => out.replace(/\b[0-9a-f]{8}\b/g, 'ID');
    expect(stub.requests.map((q) => q.body.stream ?? false)).toEqual([false, false, true, true]);
    expect(sameIds(tty.out)).toBe(sameIds(piped.out));
    expect(tty.out).toContain(`${HCP}: Model reply 2, in my own words.\n`);
  });

  it('shows a spinner on stderr only while waiting, when stderr is a terminal', async () => {
    const r = await practice('llm', `${TURN}\n`, { tty: true, errTty: true });
    expect(r.err).toContain(`${HCP} is thinking`);
    expect(r.out).not.toContain('thinking');
    expect(firstReply(r.out)).toBe(`${HCP}: Model reply 1, in my own words.`);
  });

  it('refuses --hcp llm with exit 2 when no server is configured, saying what to set', async () => {
    const r = await cli(['start', SCENARIO, '--hcp', 'llm'], {
      env: { ROLEPLAY_LLM_BASE_URL: '', ROLEPLAY_LLM_MODEL: '' },
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('roleplay: the llm HCP is not configured: ROLEPLAY_LLM_BASE_URL is not set');
    expect(r.err).toContain('hint: set ROLEPLAY_LLM_BASE_URL and ROLEPLAY_LLM_MODEL');
  });

  it('voices an llm session again in a later process (respond)', async () => {
    const started = await cli(['start', SCENARIO, '--hcp', 'llm', '--seed', '3']);
    const r = await cli(['respond', started.out.trim().slice(0, 8), TURN], { home: started.home });
    expect(r.code).toBe(0);
    expect(r.out.split('\n').at(-2)).toBe(`${HCP}: Model reply 1, in my own words.`);
  });
});

describe('the API key', () => {
  it('appears in no output, journal or --debug trace, even when the server echoes it', async () => {
    stub.script = (_r, n) =>
      n === 0 ? say('Fine, go on.') : { status: 401, body: JSON.stringify({ error: { message: `bad key ${KEY}` } }) };
    const ok = await practice('llm', `${TURN}\n`, {}, ['--no-fallback']);
    const id = /Session ([0-9a-f]{8})/.exec(ok.out)![1]!;
    const failed = await cli(['--debug', 'respond', id, 'And then?', '--no-fallback'], { home: ok.home });
    const fallback = await cli(['--debug', 'respond', id, 'And then?'], { home: ok.home });
    const doctor = await cli(['doctor', '--json'], { home: ok.home });
    expect(stub.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(failed.code).toBe(5);
    expect(failed.err).toContain('\n    at ');
    expect(fallback.err).toContain('LLM unavailable (HTTP 401: the server refused the API key)');
    const everything = [ok, failed, fallback, doctor].map((r) => r.out + r.err).join('\n') + filesUnder(ok.home);
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain('SECRET-7777');
  });
});

describe('roleplay doctor', () => {
  it('reports a reachable server as JSON, with the key only as set or not', async () => {
    const r = await cli(['doctor', '--json']);
    const report = JSON.parse(r.out) as { ok: boolean; llm: Record<string, unknown>; scenarios: { count: number } };
    expect(r.code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.llm).toMatchObject({
      configured: true,
      baseUrl: stub.url,
      model: 'test-model',
      apiKeySet: true,
      reachable: true,
    });
    expect(report.scenarios.count).toBeGreaterThanOrEqual(16);
  });

  it.each([
    {
      name: 'is fine without an LLM',
      env: { ROLEPLAY_LLM_BASE_URL: '', ROLEPLAY_LLM_MODEL: '' },
      code: 0,
      text: 'not configured (optional',
    },
    {
      name: 'exits 5 when the server is down',
      env: { ROLEPLAY_LLM_MODEL: 'test-model' },
      dead: true,
      code: 5,
      text: 'start it (e.g. `ollama serve`)',
    },
    {
      name: 'exits 3 when the model is not listed',
      env: { ROLEPLAY_LLM_MODEL: 'llama3.1' },
      code: 3,
      text: 'model "llama3.1" is not among the server\'s models (test-model)',
    },
  ])('$name, saying what to fix', async ({ env, dead, code, text }) => {
    const r = await cli(['doctor'], { env: { ...env, ...(dead ? { ROLEPLAY_LLM_BASE_URL: await deadUrl() } : {}) } });
    expect(r.code).toBe(code);
    expect(r.out).toContain(text);
    expect(r.out).toMatch(/node {8}v\d+/);
  });
});

describe('roleplay batch with the llm HCP', () => {
  const runFile = () => {
    const dir = tempDir('roleplay-runs-');
    // Each run opens differently, so no two ask the model the same thing (identical requests share a cache entry).
    const runs = ['one', 'two', 'three'].map((name) => ({
      name,
      scenario: SCENARIO,
      hcp: 'llm',
      turns: [`${TURN} (${name})`, 'How do you decide on a second agent?'],
    }));
    writeFileSync(join(dir, 'runs.json'), JSON.stringify(runs));
    return join(dir, 'runs.json');
  };

  it('voices every run and makes no calls when re-run from the cache', async () => {
    stub.script = (req) => say(`Reply to: ${req.body.messages!.at(-1)!.content.slice(0, 20)}.`);
    const file = runFile();
    const first = await cli(['batch', file, '--jobs', '2', '--format', 'json']);
    expect(first.code).toBe(0);
    const calls = stub.requests.length;
    expect(calls).toBe(6);
    const again = await cli(['batch', file, '--jobs', '2', '--format', 'json'], { home: first.home });
    expect(stub.requests.length).toBe(calls);
    expect(again.out).toBe(first.out);
    expect(first.out).toContain('Reply to: What matters most');
    await cli(['batch', file, '--format', 'json', '--no-cache'], { home: first.home });
    expect(stub.requests.length).toBe(calls + 6);
  });

  it('plays scripted run files with --hcp llm', async () => {
    const dir = tempDir('roleplay-runs-');
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ name: 'x', scenario: SCENARIO, turns: [TURN] }));
    const r = await cli(['batch', join(dir, 'r.json'), '--hcp', 'llm', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).runs[0]).toMatchObject({ hcp: 'llm' });
    expect(stub.requests).toHaveLength(1);
  });
});
