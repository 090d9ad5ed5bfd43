// Load over loopback: 50 concurrent sessions × 20 turns against the built binary, no turn lost or misplaced.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { BIN, ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

const SESSIONS = 50;
const TURNS = 20;
const SCENARIO = 'load-hypertension-discovery';
/** Open, on-topic questions that touch her priorities and answer her cost objection, so she stays in the room. */
const QUESTIONS = [
  'What matters most to you with patients who are above goal on one agent?',
  'How do you usually handle titration when a patient is not at goal?',
  'It sounds like extra visits are a burden. What happens when patients skip them?',
  'How do your older patients cope with their pill burden?',
  'What monitoring would your nurses need, like sodium and potassium labs?',
  'I hear you on generics. Would fewer pills help adherence for the patients dropping the second pill?',
  'Which of your patients worry you most about adherence?',
  'How do you decide when to add a second agent?',
  'What would make a single pill worth it for your seniors?',
  'What have you seen with refills in your practice?',
  'How do your nurses follow up after a medication change?',
  'What do patients tell you when they stop a blood pressure pill?',
  'How often do you see patients come back above goal after a titration?',
  'What gets in the way of home blood pressure readings for your patients?',
  'How do you talk with seniors about adding another medication?',
  'What would a good week look like for your hypertension clinic?',
  'Who else in the practice weighs in when you change a regimen?',
  'How do you handle patients who feel fine and skip doses?',
  'What does your team do when a lab comes back with low sodium?',
  'Where do your patients usually fill their prescriptions?',
];
const say = (s: number, t: number) => `${QUESTIONS[t % QUESTIONS.length]} (s${s} t${t})`;

/** The built-in discovery scenario with a longer time budget, so 20 turns fit in one conversation.
 * Twenty different questions: the HCP hears a repeated question as one (issue 14) and cools. */
function scenarioDir(): string {
  const dir = join(tempDir(), 'scenarios');
  mkdirSync(dir);
  const s = parse(readFileSync(join(ROOT, 'scenarios/primary-care-hypertension-discovery.yaml'), 'utf8'));
  writeFileSync(join(dir, `${SCENARIO}.yaml`), stringify({ ...s, id: SCENARIO, hcp: { ...s.hcp, timeBudget: 60 } }));
  return dir;
}

let child: ChildProcess | undefined;
afterAll(() => void child?.kill('SIGKILL'));

function serve(): Promise<string> {
  child = spawn(process.execPath, [BIN, 'serve'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ROLEPLAY_HOME: tempDir(), ROLEPLAY_SCENARIOS: scenarioDir(), NO_COLOR: '1' },
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
  const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json();
  latencies.push(performance.now() - t0);
  if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

async function oneSession(url: string, s: number, latencies: number[]) {
  const { sessionId } = await post(url, '/api/roleplay/start', { scenarioId: SCENARIO, seed: s + 1 }, latencies);
  const ended: (string | null)[] = [];
  for (let t = 0; t < TURNS; t++) ended.push((await post(url, '/api/roleplay/respond', { sessionId, message: say(s, t) }, latencies)).ended);
  const status = await (await fetch(`${url}/api/roleplay/session?sessionId=${sessionId}`)).json() as { hcpState: { repTurns: number } };
  const card = await post(url, '/api/roleplay/end', { sessionId }, latencies);
  return { s, ended, repTurns: status.hcpState.repTurns, card };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

describe('roleplay serve under load', () => {
  it(`accounts for every turn of ${SESSIONS} concurrent sessions × ${TURNS} turns`, async () => {
    const url = await serve();
    const latencies: number[] = [];
    const t0 = performance.now();
    const results = await Promise.all(Array.from({ length: SESSIONS }, (_, s) => oneSession(url, s, latencies)));
    const seconds = (performance.now() - t0) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(`serve load: ${latencies.length} requests in ${seconds.toFixed(2)} s, p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`);
    expect(new Set(results.map((r) => r.card.sessionId)).size).toBe(SESSIONS);
    for (const r of results) {
      expect(r.ended, `session ${r.s} ended early`).toEqual(Array(TURNS).fill(null));
      expect(r.repTurns).toBe(TURNS);
      const rep = r.card.transcript.filter((t: { speaker: string }) => t.speaker === 'rep').map((t: { text: string }) => t.text);
      expect(rep).toEqual(Array.from({ length: TURNS }, (_, t) => say(r.s, t)));
      expect(r.card.transcript).toHaveLength(1 + 2 * TURNS);
      expect(r.card.metricResults).toHaveLength(8);
    }
  }, 60_000);
});
