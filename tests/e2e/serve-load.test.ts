// Load over loopback: 50 concurrent sessions × 20 turns against the built binary, no turn lost or misplaced.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/paths.js';
import { LOAD_SCENARIO, loadScenarioDir, say } from '../support/load-scenario.js';
import { tempDir } from '../support/spawn.js';

const SESSIONS = 50;
const TURNS = 20;

let child: ChildProcess | undefined;
afterAll(() => void child?.kill('SIGKILL'));

function serve(): Promise<string> {
  child = spawn(process.execPath, [BIN, 'serve'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ROLEPLAY_HOME: tempDir(),
      ROLEPLAY_SCENARIOS: loadScenarioDir(),
      NO_COLOR: '1',
    },
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /serving on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    child!.on('exit', (code) => reject(new Error(`serve exited ${code} before listening`)));
  });
}

async function post(url: string, path: string, body: unknown, latencies: number[]): Promise<any> {
  const t0 = performance.now();
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  latencies.push(performance.now() - t0);
  if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

async function oneSession(url: string, s: number, latencies: number[]) {
  const { sessionId } = await post(url, '/api/roleplay/start', { scenarioId: LOAD_SCENARIO, seed: s + 1 }, latencies);
  const ended: (string | null)[] = [];
  for (let t = 0; t < TURNS; t++)
    ended.push((await post(url, '/api/roleplay/respond', { sessionId, message: say(s, t) }, latencies)).ended);
  const status = (await (await fetch(`${url}/api/roleplay/session?sessionId=${sessionId}`)).json()) as {
    hcpState: { repTurns: number };
  };
  const card = await post(url, '/api/roleplay/end', { sessionId }, latencies);
  return { s, ended, repTurns: status.hcpState.repTurns, card };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

describe('roleplay serve under load', () => {
  it(`accounts for every turn of ${SESSIONS} concurrent sessions × ${TURNS} turns`, async () => {
    const url = await serve();
    const latencies: number[] = [];
    const t0 = performance.now();
    const results = await Promise.all(Array.from({ length: SESSIONS }, (_, s) => oneSession(url, s, latencies)));
    const seconds = (performance.now() - t0) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(
      `serve load: ${latencies.length} requests in ${seconds.toFixed(2)} s, p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`,
    );
    expect(new Set(results.map((r) => r.card.sessionId)).size).toBe(SESSIONS);
    for (const r of results) {
      expect(r.ended, `session ${r.s} ended early`).toEqual(Array(TURNS).fill(null));
      expect(r.repTurns).toBe(TURNS);
      const rep = r.card.transcript
        .filter((t: { speaker: string }) => t.speaker === 'rep')
        .map((t: { text: string }) => t.text);
      expect(rep).toEqual(Array.from({ length: TURNS }, (_, t) => say(r.s, t)));
      expect(r.card.transcript).toHaveLength(1 + 2 * TURNS);
      expect(r.card.metricResults).toHaveLength(8);
    }
  }, 60_000);
});
