// A fleet (issue 19): two `serve` processes on different ports sharing one PostgreSQL database.
// Every acknowledged turn is there exactly once and in order whichever instance took it; each
// session has one end event and one history row; killing one instance loses nothing acknowledged.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../support/fake-io.js';
import { LOAD_SCENARIO, loadScenarioDir, say } from '../support/load-scenario.js';
import { postgresUnavailable, startPostgres, type TestPostgres } from '../support/pg-server.mjs';
import { call, killAll, serveBin, type ServedBin } from '../support/serve-bin.js';
import { tempDir } from '../support/spawn.js';

const why = postgresUnavailable();
let server: TestPostgres;
const running: ServedBin[] = [];
let dbCount = 0;

/** A migrated database and two instances serving from it. */
async function fleet(): Promise<{ url: string; instances: ServedBin[] }> {
  const url = await server.createDatabase(`fleet${++dbCount}`);
  expect(await main(['store', 'migrate'], fakeIo(), { env: { ROLEPLAY_STORE: url } })).toBe(0);
  const env = { ROLEPLAY_STORE: url, ROLEPLAY_SCENARIOS: loadScenarioDir() };
  const instances = await Promise.all([0, 1].map(() => serveBin(tempDir(), [], env)));
  running.push(...instances);
  return { url, instances };
}

async function post(base: string, path: string, body: unknown): Promise<any> {
  const r = await call(base, 'POST', path, body);
  if (r.status !== 200) throw new Error(`${path} → ${r.status}: ${JSON.stringify(r.json)}`);
  return r.json;
}

/** What the database holds for one session: its rep turns in order, end events and history rows. */
async function stored(db: pg.Client, id: string) {
  const events = await db.query<{ seq: number; event: { type: string; text?: string } }>(
    'SELECT seq, event FROM roleplay_events WHERE session_id = $1 ORDER BY seq',
    [id],
  );
  const history = await db.query('SELECT 1 FROM roleplay_history WHERE session_id = $1', [id]);
  return {
    seqs: events.rows.map((r) => r.seq),
    rep: events.rows.filter((r) => r.event.type === 'rep').map((r) => r.event.text!),
    ends: events.rows.filter((r) => r.event.type === 'end').length,
    historyRows: history.rowCount,
  };
}

async function withDb<T>(url: string, work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

describe.skipIf(why)(`two serve instances, one PostgreSQL${why ? ` (skipped: ${why})` : ''}`, () => {
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => {
    killAll(running.map((r) => r.child));
    server?.stop();
  });

  it('keeps every turn of 50 sessions × 20 turns sent to alternating instances exactly once, in order', async () => {
    const SESSIONS = 50;
    const TURNS = 20;
    const { url, instances } = await fleet();
    const at = (i: number) => instances[i % 2]!.url;
    const t0 = performance.now();
    const cards = await Promise.all(
      Array.from({ length: SESSIONS }, async (_, s) => {
        const { sessionId } = await post(at(s), '/api/roleplay/start', { scenarioId: LOAD_SCENARIO, seed: s + 1 });
        for (let t = 0; t < TURNS; t++)
          expect(
            (await post(at(s + t + 1), '/api/roleplay/respond', { sessionId, message: say(s, t) })).ended,
          ).toBeNull();
        const card = await post(at(s), '/api/roleplay/end', { sessionId });
        // The other instance returns the same scorecard: it reads the one stored at the end.
        expect(await post(at(s + 1), '/api/roleplay/end', { sessionId })).toEqual(card);
        return { s, sessionId, card };
      }),
    );
    console.log(
      `fleet: ${SESSIONS * (TURNS + 3)} requests over 2 instances in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    await withDb(url, async (db) => {
      for (const { s, sessionId, card } of cards) {
        const got = await stored(db, sessionId);
        expect(got.rep).toEqual(Array.from({ length: TURNS }, (_, t) => say(s, t)));
        expect(got.seqs).toEqual(Array.from({ length: 2 + 2 * TURNS }, (_, i) => i + 1));
        expect([got.ends, got.historyRows]).toEqual([1, 1]);
        expect(card.transcript).toHaveLength(1 + 2 * TURNS);
      }
    });
  }, 300_000);

  it('serves every session from the other instance when one is killed mid-load, losing no acknowledged turn', async () => {
    const SESSIONS = 20;
    const TURNS = 10;
    const { url, instances } = await fleet();
    const [doomed, survivor] = instances as [ServedBin, ServedBin];
    let acked = 0;
    let killed = false;
    const sessions = await Promise.all(
      Array.from({ length: SESSIONS }, async (_, s) => {
        const { sessionId } = await post(survivor.url, '/api/roleplay/start', {
          scenarioId: LOAD_SCENARIO,
          seed: s + 1,
        });
        const sent: { text: string; isAcked: boolean }[] = [];
        for (let t = 0, attempt = 0; t < TURNS; attempt++) {
          const base = !killed && attempt % 2 === 0 ? doomed.url : survivor.url;
          const text = `${say(s, t)} (try ${attempt})`;
          const r = await call(base, 'POST', '/api/roleplay/respond', { sessionId, message: text }).catch(
            () => undefined,
          );
          const isAcked = r?.status === 200;
          sent.push({ text, isAcked });
          if (!isAcked) continue;
          t++;
          // A third of the way in, the instance dies with requests in flight.
          if (++acked === Math.floor((SESSIONS * TURNS) / 3)) {
            killed = true;
            doomed.child.kill('SIGKILL');
          }
        }
        await post(survivor.url, '/api/roleplay/end', { sessionId });
        return { sessionId, sent };
      }),
    );
    expect((await doomed.exited).signal).toBe('SIGKILL');
    await withDb(url, async (db) => {
      for (const { sessionId, sent } of sessions) {
        const got = await stored(db, sessionId);
        // Acknowledged turns all there, once, in the order sent; a failed one is there at most once.
        expect(got.rep.filter((text) => sent.find((x) => x.text === text)?.isAcked)).toEqual(
          sent.filter((x) => x.isAcked).map((x) => x.text),
        );
        expect(got.rep.every((text) => sent.some((x) => x.text === text))).toBe(true);
        expect(new Set(got.rep).size).toBe(got.rep.length);
        expect([got.ends, got.historyRows]).toEqual([1, 1]);
      }
    });
  }, 180_000);
});
