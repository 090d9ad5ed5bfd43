// `roleplay serve` respond latency by session store (issue 19): the journal folder vs PostgreSQL
// (a throwaway local server), with one client and with 50; p95 for each, and PostgreSQL's ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { postgresUnavailable, startPostgres } from '../support/pg-server.mjs';
import { benchLibrary, createClient, dist, TURNS } from './support/serve-load.mjs';

const CLIENTS = 50;
/** PostgreSQL adds a round trip per statement (lock, version, append): at most this many times the journal's p95. */
const RATIO_GOAL = 3;
const { oneSession, destroy } = createClient(CLIENTS + 1);

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1];

/** Respond latencies for one store: five sessions one after another, then 50 at once. */
async function measure(stores, log, label) {
  const { createServer } = await dist('server/index.js');
  const { createSessionManager } = await dist('session/index.js');
  const app = createServer({ manager: createSessionManager(stores), library: await benchLibrary() });
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
    const journal = await measure(
      openDataStores(await ensureDataDir(resolveDataDir({ ROLEPLAY_HOME: home }))),
      log,
      'journal',
    );
    rows.push({ name: 'serve store: journal respond p95, 1 client', value: journal.one, unit: 'ms' });
    rows.push({ name: 'serve store: journal respond p95, 50 clients', value: journal.many, unit: 'ms' });
    const why = postgresUnavailable();
    if (why) {
      log(`PostgreSQL skipped: ${why}`);
      return [
        ...rows,
        { name: 'serve store: postgres respond p95 (skipped)', value: NaN, unit: '', goal: 'a result', met: false },
      ];
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
      for (const [n, key] of [
        ['1 client', 'one'],
        ['50 clients', 'many'],
      ]) {
        const ratio = got[key] / journal[key];
        rows.push({
          name: `serve store: postgres respond p95, ${n}`,
          value: got[key],
          unit: 'ms',
          ratio,
          goal: `≤ ${RATIO_GOAL}× journal`,
          met: ratio <= RATIO_GOAL,
        });
      }
    } finally {
      server.stop();
    }
    return rows;
  } finally {
    destroy();
    rmSync(home, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run({ log: console.log }))
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.ratio ? ` (${r.ratio.toFixed(2)}×)` : ''}`);
}
