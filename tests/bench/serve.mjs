// `roleplay serve` under load: 50 concurrent sessions × 20 turns over loopback, latency percentiles and throughput.
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SESSIONS = 50;
const TURNS = 20;
/** A rep waits on one reply at a time: that latency is what a person feels. */
const P95_ALONE_GOAL_MS = 50;
/** 50 clients with no think time saturate the 2 cores, so their latency is queueing
 * (≈ clients ÷ throughput); the goal bounds it at about 2× that queue at 250 turns/s. */
const P95_GOAL_MS = 400;
const QUESTIONS = [
  'What matters most to you with patients who are above goal on one agent?',
  'How do you usually handle titration when a patient is not at goal?',
  'How do your older patients cope with their pill burden?',
  'I hear you on generics. Would fewer pills help adherence for the patients dropping the second pill?',
  'What have you seen with refills in your practice?',
];

const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);

/** The built-in discovery scenario with room for 20 turns (its own budget is 14). */
async function library() {
  const { loadLibrary } = await dist('scenario/index.js');
  const base = (await loadLibrary()).require('primary-care-hypertension-discovery');
  const scenario = { ...base, id: 'bench-discovery', hcp: { ...base.hcp, timeBudget: 60 } };
  const loaded = { scenario, file: '(bench)', builtIn: false };
  return { all: [loaded], get: (id) => (id === scenario.id ? loaded : undefined), require: () => scenario };
}

/** node:http with keep-alive: fetch (undici) costs more CPU than the server here and would share its thread. */
const agent = new Agent({ keepAlive: true, maxSockets: SESSIONS + 1 });

function post(url, path, body, latencies) {
  const data = JSON.stringify(body);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) };
    const req = request(url + path, { method: 'POST', agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c) => (text += c)).on('end', () => {
        latencies?.push(performance.now() - t0);
        if (res.statusCode === 200) resolve(JSON.parse(text));
        else reject(new Error(`${path} → ${res.statusCode}: ${text}`));
      });
    });
    req.on('error', reject).end(data);
  });
}

async function oneSession(url, s, latencies) {
  const { sessionId } = await post(url, '/api/roleplay/start', { scenarioId: 'bench-discovery', seed: s + 1 });
  for (let t = 0; t < TURNS; t++) await post(url, '/api/roleplay/respond', { sessionId, message: `${QUESTIONS[t % QUESTIONS.length]} (${t})` }, latencies);
  const card = await post(url, '/api/roleplay/end', { sessionId });
  const repTurns = card.transcript.filter((t) => t.speaker === 'rep').length;
  if (repTurns !== TURNS) throw new Error(`session ${s}: ${repTurns} of ${TURNS} turns in the scorecard`);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function run({ log = () => {} } = {}) {
  const { createServer } = await dist('server/index.js');
  const { createSessionManager, openDataStores } = await dist('session/index.js');
  const { resolveDataDir, ensureDataDir } = await dist('store/data-dir.js');
  const dir = await ensureDataDir(resolveDataDir({ ROLEPLAY_HOME: mkdtempSync(join(tmpdir(), 'rp-bench-serve-')) }));
  const manager = createSessionManager(openDataStores(dir));
  const app = createServer({ manager, library: await library() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  try {
    // Sequential sessions first: warm-up, and the service time without queueing for comparison.
    const alone = [];
    for (let s = 0; s < 5; s++) await oneSession(url, SESSIONS + s, alone);
    const latencies = [];
    const t0 = performance.now();
    await Promise.all(Array.from({ length: SESSIONS }, (_, s) => oneSession(url, s, latencies)));
    const seconds = (performance.now() - t0) / 1000;
    const sorted = latencies.sort((a, b) => a - b);
    log(`${SESSIONS} sessions × ${TURNS} turns, every turn in every scorecard, ${seconds.toFixed(2)} s`);
    const p95 = percentile(sorted, 95);
    const aloneP95 = percentile(alone.sort((a, b) => a - b), 95);
    return [
      { name: 'serve: respond p95, one client', value: aloneP95, unit: 'ms', goal: `< ${P95_ALONE_GOAL_MS} ms`, met: aloneP95 < P95_ALONE_GOAL_MS },
      { name: 'serve: respond p50, 50 clients', value: percentile(sorted, 50), unit: 'ms' },
      { name: 'serve: respond p95, 50 clients', value: p95, unit: 'ms', goal: `< ${P95_GOAL_MS} ms`, met: p95 < P95_GOAL_MS },
      { name: 'serve: throughput', value: latencies.length / seconds, unit: 'turns/s' },
    ];
  } finally {
    agent.destroy();
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run({ log: console.log })) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.goal ? ` (goal ${r.goal}: ${r.met ? 'met' : 'NOT met'})` : ''}`);
}
