// `roleplay serve` respond latency by session store (issue 19): the journal folder vs PostgreSQL
// (a throwaway local server), with one client and with 50; p95 for each, and PostgreSQL's ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { postgresUnavailable, startPostgres } from '../support/pg-server.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLIENTS = 50;
const TURNS = 20;
/** PostgreSQL adds a round trip per statement (lock, version, append): at most this many times the journal's p95. */
const RATIO_GOAL = 3;
/** Twenty different questions: a repeated one cools the HCP (issue 14) and she ends the call. */
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

const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);

async function library() {
  const { loadLibrary } = await dist('scenario/index.js');
  const base = (await loadLibrary()).require('primary-care-hypertension-discovery');
  const scenario = { ...base, id: 'bench-discovery', hcp: { ...base.hcp, timeBudget: 60 } };
  const loaded = { scenario, file: '(bench)', builtIn: false };
  return { all: [loaded], get: (id) => (id === scenario.id ? loaded : undefined), require: () => scenario };
}

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS + 1 });

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
  for (let t = 0; t < TURNS; t++) await post(url, '/api/roleplay/respond', { sessionId, message: `${QUESTIONS[t % QUESTIONS.length]} (s${s} t${t})` }, latencies);
  await post(url, '/api/roleplay/end', { sessionId });
}

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1];

/** Respond latencies for one store: five sessions one after another, then 50 at once. */
async function measure(stores, log, label) {
  const { createServer } = await dist('server/index.js');
  const { createSessionManager } = await dist('session/index.js');
  const app = createServer({ manager: createSessionManager(stores), library: await library() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  try {
    const alone = [];
    for (let s = 0; s < 5; s++) await oneSession(url, 1000 + s, alone);
    const many = [];
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, s) => oneSession(url, s, many)));
    log(`${label}: ${CLIENTS} × ${TURNS} turns in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    return { one: p95(alone), many: p95(many) };
  } finally {
    await app.close();
  }
}

export async function run({ log = () => {} } = {}) {
  const { openDataStores } = await dist('session/index.js');
  const { resolveDataDir, ensureDataDir } = await dist('store/data-dir.js');
  const home = mkdtempSync(join(tmpdir(), 'rp-bench-store-'));
  const rows = [];
  try {
    const journal = await measure(openDataStores(await ensureDataDir(resolveDataDir({ ROLEPLAY_HOME: home }))), log, 'journal');
    rows.push({ name: 'serve store: journal respond p95, 1 client', value: journal.one, unit: 'ms' });
    rows.push({ name: 'serve store: journal respond p95, 50 clients', value: journal.many, unit: 'ms' });
    const why = postgresUnavailable();
    if (why) {
      log(`PostgreSQL skipped: ${why}`);
      return [...rows, { name: 'serve store: postgres respond p95 (skipped)', value: NaN, unit: '', goal: 'a result', met: false }];
    }
    const server = await startPostgres();
    try {
      const { migrate, openDb, openPgStores, parseStoreUrl } = await dist('pg/index.js');
      const admin = openDb(parseStoreUrl(server.url));
      await migrate(admin);
      await admin.close();
      const pg = await openPgStores(server.url);
      const got = await measure(pg, log, 'postgres');
      await pg.db.close();
      for (const [n, key] of [['1 client', 'one'], ['50 clients', 'many']]) {
        const ratio = got[key] / journal[key];
        rows.push({ name: `serve store: postgres respond p95, ${n}`, value: got[key], unit: 'ms', ratio, goal: `≤ ${RATIO_GOAL}× journal`, met: ratio <= RATIO_GOAL });
      }
    } finally {
      server.stop();
    }
    return rows;
  } finally {
    agent.destroy();
    rmSync(home, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run({ log: console.log })) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.ratio ? ` (${r.ratio.toFixed(2)}×)` : ''}`);
}
