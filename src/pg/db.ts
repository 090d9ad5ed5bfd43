// One connection pool per process, with limits and timeouts; a transaction's queries all go
// through its own client, found from the async context, so code inside `transaction()` (the
// session store and the history book alike) joins it without passing a handle around.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { storeError } from './errors.js';
import type { StoreUrl } from './url.js';

export interface PoolLimits {
  /** Connections open at once per process; more requests wait for one. */
  max: number;
  /** To connect, or to wait for a free connection. */
  connectTimeoutMs: number;
  /** Any one statement. */
  statementTimeoutMs: number;
  /** Waiting for another instance's session lock: then the session is reported busy. Under the statement timeout. */
  lockTimeoutMs: number;
}

export const DEFAULT_POOL_LIMITS: PoolLimits = {
  max: 10,
  connectTimeoutMs: 30_000,
  statementTimeoutMs: 30_000,
  lockTimeoutMs: 20_000,
};

export interface Db {
  readonly url: StoreUrl;
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
    sessionId?: string,
  ): Promise<pg.QueryResult<R>>;
  /** Runs `work` in one transaction (joining the current one if any): all of it is committed, or none. */
  transaction<T>(work: () => Promise<T>, sessionId?: string): Promise<T>;
  close(): Promise<void>;
}

export function openDb(url: StoreUrl, limits: PoolLimits = DEFAULT_POOL_LIMITS): Db {
  const pool = new pg.Pool({
    connectionString: url.url,
    max: limits.max,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    idleTimeoutMillis: 10_000,
    statement_timeout: limits.statementTimeoutMs,
    lock_timeout: limits.lockTimeoutMs,
    // A client that died between BEGIN and COMMIT must not hold a session's lock for long.
    idle_in_transaction_session_timeout: limits.statementTimeoutMs * 2,
    keepAlive: true,
    // One-shot commands exit when their work is done, without closing the pool by hand.
    allowExitOnIdle: true,
    application_name: 'roleplay',
  });
  // An idle client losing its connection is reported here; the next query gets a fresh one.
  pool.on('error', () => undefined);
  const current = new AsyncLocalStorage<pg.PoolClient>();
  const fail = (e: unknown, sessionId?: string): never => {
    throw storeError(e, url, sessionId);
  };
  return {
    url,
    async query(text, values, sessionId) {
      const client = current.getStore();
      try {
        return await (client ? client.query(text, values) : pool.query(text, values));
      } catch (e) {
        return fail(e, sessionId);
      }
    },
    async transaction(work, sessionId) {
      if (current.getStore()) return work();
      const client = await pool.connect().catch((e: unknown) => fail(e, sessionId));
      let broken: Error | undefined;
      // The connection dropping mid-transaction is reported by the query that fails, not as a crash.
      const onError = (e: Error) => (broken = e);
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const out = await current.run(client, work);
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch((r: Error) => (broken = r));
        return fail(e, sessionId);
      } finally {
        client.off('error', onError);
        // A client whose connection broke is dropped from the pool, not reused.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
