// The PostgreSQL store (issue 19) against a real server this file starts: schema by `store migrate`,
// one-shot commands sharing sessions through it, clear errors, import/export, and the transaction
// guarantees (row lock, end + history together, nothing half-written when the connection is lost).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedEngine } from '../../src/hcp/index.js';
import type { HcpEngine } from '../../src/hcp/types.js';
import { openPgStores, StoreUnavailableError } from '../../src/pg/index.js';
import { loadLibrary } from '../../src/scenario/index.js';
import { createSessionManager } from '../../src/session/index.js';
import { postgresUnavailable, startPostgres, type TestPostgres } from '../support/pg-server.mjs';
import { runBin, tempDir } from '../support/spawn.js';
import { fakeIo } from '../support/fake-io.js';
import { main } from '../../src/cli/main.js';
import { loadScenario, say } from '../support/load-scenario.js';

const SCENARIO = 'primary-care-hypertension-discovery';
const TURNS = [
  'What are the biggest challenges you see with patients whose blood pressure stays uncontrolled?',
  'It sounds like adherence and the number of pills are the real issue. What happens when a patient misses doses?',
  'How do you currently decide when to add a second medication?',
];
const why = postgresUnavailable();
let server: TestPostgres;
let dbCount = 0;

/** A fresh database; migrated unless asked not to. */
async function database(o: { migrated?: boolean } = {}): Promise<string> {
  const url = await server.createDatabase(`t${++dbCount}`);
  if (o.migrated !== false) expect((await cli(['store', 'migrate'], { env: { ROLEPLAY_STORE: url } })).code).toBe(0);
  return url;
}

const json = (r: { stdout: string }) => JSON.parse(r.stdout);

/** A command run in this process (spawning a node per command costs seconds on a busy box). */
async function cli(args: string[], o: { env?: Record<string, string> } = {}) {
  const io = fakeIo();
  const code = await main(args, io, { env: { ROLEPLAY_HOME: tempDir(), NO_COLOR: '1', ...o.env } });
  return { code, stdout: io.out(), stderr: io.err() };
}

describe.skipIf(why)(`PostgreSQL store${why ? ` (skipped: ${why})` : ''}`, { timeout: 60_000 }, () => {
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  it('refuses an unmigrated database with exit 3 and the command that sets it up', async () => {
    const url = await database({ migrated: false });
    const r = await cli(['start', SCENARIO], { env: { ROLEPLAY_STORE: url } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('schema version 0; this roleplay needs 1');
    expect(r.stderr).toContain('roleplay store migrate');
  });

  it('creates the schema with `store migrate`, and a second run changes nothing', async () => {
    const url = await database({ migrated: false });
    const first = await cli(['--store', url, 'store', 'migrate']);
    expect(first.stdout).toContain('schema migrated from version 0 to 1');
    const again = await cli(['store', 'migrate', '--json'], { env: { ROLEPLAY_STORE: url } });
    expect(json(again)).toMatchObject({ from: 1, to: 1 });
  });

  it('exits 3 naming the host, never the password, when the database cannot be reached', async () => {
    const url = `postgres://rep:s3cret-Pa55@127.0.0.1:${server.port + 1}/roleplay`;
    for (const [i, args] of [['start', SCENARIO], ['history'], ['store', 'migrate']].entries()) {
      // The first as a real process: its exit code and both its streams.
      const r = await (i === 0 ? runBin : cli)(['--store', url, ...args]);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toContain(`127.0.0.1:${server.port + 1}/roleplay`);
      expect(r.stderr + r.stdout).not.toContain('s3cret-Pa55');
    }
  });

  it('shares one session between one-shot commands, each with its own pool, and writes nothing to the data folder', async () => {
    const env = { ROLEPLAY_STORE: await database(), ROLEPLAY_HOME: tempDir() };
    const id = (await cli(['start', SCENARIO, '--seed', '3'], { env })).stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    for (const text of TURNS) expect((await cli(['respond', id.slice(0, 8), text], { env })).code).toBe(0);
    expect(json(await cli(['session', id, '--json'], { env })).repTurns).toBe(3);
    const card = json(await cli(['end', id, '--json'], { env }));
    expect(
      card.transcript.filter((t: { speaker: string }) => t.speaker === 'rep').map((t: { text: string }) => t.text),
    ).toEqual(TURNS);
    expect(json(await cli(['end', id, '--json'], { env })).overallScore).toBe(card.overallScore);
    const history = json(await cli(['history', '--json'], { env }));
    expect(history.map((h: { sessionId: string }) => h.sessionId)).toEqual([id]);
    expect(readdirSync(join(env.ROLEPLAY_HOME, 'sessions'))).toEqual([]);
  });

  it('writes the end event and the history row in one transaction: killed between them, neither is kept', async () => {
    const env = { ROLEPLAY_STORE: await database() };
    const id = (await cli(['start', SCENARIO, '--seed', '4'], { env })).stdout.trim();
    await cli(['respond', id, TURNS[0]!], { env });
    const killed = await runBin(['end', id], { env: { ...env, ROLEPLAY_TEST_CRASH: 'after-end-event' } });
    expect(killed.signal).toBe('SIGKILL');
    expect(json(await cli(['session', id, '--json'], { env })).status).toBe('active');
    expect(json(await cli(['history', '--json'], { env }))).toEqual([]);
    expect((await cli(['end', id], { env })).code).toBe(0);
    expect(json(await cli(['history', '--json'], { env }))).toHaveLength(1);
  });

  it('imports a data folder once, and exports it back with the same sessions and history', async () => {
    const from = tempDir();
    const ids: string[] = [];
    for (const seed of [1, 2]) {
      const id = (await cli(['start', SCENARIO, '--seed', `${seed}`], { env: { ROLEPLAY_HOME: from } })).stdout.trim();
      await cli(['respond', id, TURNS[seed]!], { env: { ROLEPLAY_HOME: from } });
      ids.push(id);
    }
    await cli(['end', ids[0]!], { env: { ROLEPLAY_HOME: from } });
    const url = await database();
    const imported = json(await cli(['--json', 'store', 'import', '--from', from], { env: { ROLEPLAY_STORE: url } }));
    expect(imported).toMatchObject({ sessions: 2, history: 1, skipped: 0 });
    const again = json(await cli(['--json', 'store', 'import', '--from', from], { env: { ROLEPLAY_STORE: url } }));
    expect(again).toMatchObject({ sessions: 0, history: 0, skipped: 2 });
    const to = tempDir();
    expect(json(await cli(['--json', 'store', 'export', '--to', to], { env: { ROLEPLAY_STORE: url } }))).toMatchObject({
      sessions: 2,
      history: 1,
    });
    for (const id of ids) {
      const [a, b] = await Promise.all(
        [from, to].map(async (home) => json(await cli(['session', id, '--json'], { env: { ROLEPLAY_HOME: home } }))),
      );
      expect(b).toEqual(a);
    }
    const [ha, hb] = await Promise.all(
      [from, to].map(async (home) => json(await cli(['history', '--json'], { env: { ROLEPLAY_HOME: home } }))),
    );
    expect(hb).toEqual(ha);
  });

  it('serializes two instances answering one session: each turn once, in order, after the turn before it', async () => {
    const url = await database();
    const [a, b] = await Promise.all([openPgStores(url), openPgStores(url)]);
    const scenario = await loadScenario();
    const heard: number[] = [];
    const scripted = createScriptedEngine();
    // Records how many rep turns the HCP was shown: with the row lock it is always the turn before.
    const engine: HcpEngine = {
      name: 'scripted',
      open: scripted.open,
      respond: async (x) => {
        heard.push(x.transcript.filter((t) => t.speaker === 'rep').length);
        return scripted.respond(x);
      },
    };
    const managers = [a, b].map((s) =>
      createSessionManager({ store: s.store, history: s.history, engines: { scripted: engine } }),
    );
    const { id } = await managers[0]!.start(scenario, { seed: 5 });
    const texts = Array.from({ length: 12 }, (_, t) => say(0, t));
    await Promise.all(texts.map((t, i) => managers[i % 2]!.respond(id, t)));
    const session = await managers[1]!.end(id);
    const rep = session.turns.filter((t) => t.speaker === 'rep').map((t) => t.text);
    expect([...rep].sort()).toEqual([...texts].sort());
    expect([...heard].sort((x, y) => x - y)).toEqual(texts.map((_, i) => i));
    expect((await a.history.read()).entries.map((e) => e.sessionId)).toEqual([id]);
    await Promise.all([a.db.close(), b.db.close()]);
  });

  it('fails a respond whose connection is lost mid-request, and keeps none of it', async () => {
    const url = await database();
    const stores = await openPgStores(url);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const scripted = createScriptedEngine();
    let cut = false;
    // The HCP's reply arrives after the database dropped this request's connection.
    const engine: HcpEngine = {
      name: 'scripted',
      open: scripted.open,
      respond: async (x) => {
        if (cut)
          await admin.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
          );
        return scripted.respond(x);
      },
    };
    const manager = createSessionManager({ ...stores, engines: { scripted: engine } });
    const { id } = await manager.start((await loadLibrary()).require(SCENARIO), { seed: 6 });
    await manager.respond(id, TURNS[0]!);
    cut = true;
    await expect(manager.respond(id, TURNS[1]!)).rejects.toThrow(StoreUnavailableError);
    cut = false;
    const events = await admin.query('SELECT seq FROM roleplay_events WHERE session_id = $1 ORDER BY seq', [id]);
    expect(events.rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    const next = await manager.respond(id, TURNS[2]!);
    expect(next.session.turns.filter((t) => t.speaker === 'rep').map((t) => t.text)).toEqual([TURNS[0], TURNS[2]]);
    await admin.end();
    await stores.db.close();
  });
});
