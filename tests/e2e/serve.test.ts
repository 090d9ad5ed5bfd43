// The built binary serving HTTP: a session survives a server restart between respond and end.
import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { call, serveBin, type ServedBin } from '../support/serve-bin.js';
import { tempDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';
const REP_TURNS = [
  'What matters most to you with your hypertension patients?',
  'How do you decide when to add a second agent?',
  'What have you seen with adherence in your practice?',
];

const running: ChildProcess[] = [];
afterEach(() => {
  for (const c of running.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** `roleplay serve`, killed after the test if it is still running. */
const serve = (home: string, args: string[] = [], env: Record<string, string> = {}): Promise<ServedBin> =>
  serveBin(home, args, env).then((s) => (running.push(s.child), s));

describe('roleplay serve (binary)', () => {
  it('prints a loopback URL on a free port', async () => {
    const s = await serve(tempDir());
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.url).not.toMatch(/:0$/);
    expect(await s.stop()).toEqual({ code: 0, signal: null });
  });

  it('keeps a session across a restart: every turn is in the scorecard of the new server', async () => {
    const home = tempDir();
    const first = await serve(home);
    const started = await call(first.url, 'POST', '/api/roleplay/start', { scenarioId: SCENARIO, seed: 11 });
    const sessionId = started.json.sessionId as string;
    const replies: string[] = [];
    for (const message of REP_TURNS)
      replies.push((await call(first.url, 'POST', '/api/roleplay/respond', { sessionId, message })).json.reply);
    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    const second = await serve(home);
    expect(second.url).not.toBe('');
    const status = await call(second.url, 'GET', `/api/roleplay/session?sessionId=${sessionId}`);
    expect(status.json).toMatchObject({ active: true, hcpState: { repTurns: 3 } });
    const end = await call(second.url, 'POST', '/api/roleplay/end', { sessionId });
    expect(end.status).toBe(200);
    expect(end.json.transcript.map((t: { text: string }) => t.text)).toEqual([
      started.json.hcpOpening,
      ...REP_TURNS.flatMap((m, i) => [m, replies[i]]),
    ]);
    expect(end.json.overallScore).toEqual(expect.any(Number));
    expect(await second.stop('SIGINT')).toEqual({ code: 0, signal: null });
    expect(second.stderr()).toBe('');
  });

  it('finishes a request that is half-sent when SIGTERM arrives', async () => {
    const s = await serve(tempDir());
    const { json } = await call(s.url, 'POST', '/api/roleplay/start', { scenarioId: SCENARIO });
    const body = JSON.stringify({ sessionId: json.sessionId, message: REP_TURNS[0] });
    const req = request(`${s.url}/api/roleplay/respond`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<number>((resolve, reject) =>
      req.on('response', (res) => (res.resume(), resolve(res.statusCode!))).on('error', reject),
    );
    req.write(body.slice(0, 10));
    await new Promise((r) => req.on('socket', (sock) => sock.once('connect', r)));
    // The headers must have reached the server before SIGTERM (a client still sending headers is not waited
    // for, by design): a connected socket alone raced the server's parser on a loaded box.
    await new Promise((r) => setTimeout(r, 300));
    const exited = s.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    req.end(body.slice(10));
    expect(await answered).toBe(200);
    expect(await exited).toEqual({ code: 0, signal: null });
  });

  it('requires the token from ROLEPLAY_TOKEN: 401 without it, 200 with it', async () => {
    const s = await serve(tempDir(), [], { ROLEPLAY_TOKEN: 'from-env' });
    expect((await call(s.url, 'GET', '/api/scenarios')).status).toBe(401);
    expect((await call(s.url, 'GET', '/api/scenarios', undefined, { authorization: 'Bearer from-env' })).status).toBe(
      200,
    );
    await s.stop();
  });

  it('refuses a non-loopback host without a token, exit 2', async () => {
    await expect(serve(tempDir(), ['--host', '0.0.0.0'])).rejects.toThrow(/serve exited \(2\).*--token/s);
  });
});
