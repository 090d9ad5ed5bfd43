// Public API of the PostgreSQL session store (issue 19).
import { createPgHistoryBook } from './history-book.js';
import { openDb, DEFAULT_POOL_LIMITS, type Db, type PoolLimits } from './db.js';
import { requireSchema } from './migrations.js';
import { createPgStore } from './session-store.js';
import { parseStoreUrl } from './url.js';

export { migrate, schemaVersion, requireSchema, SCHEMA_VERSION } from './migrations.js';
export { StoreUnavailableError } from './errors.js';
export { parseStoreUrl, scrub, type StoreUrl } from './url.js';
export { openDb, DEFAULT_POOL_LIMITS, type Db, type PoolLimits } from './db.js';
export { createPgStore } from './session-store.js';
export { createPgHistoryBook } from './history-book.js';

/** The store and history of a postgres:// URL, after checking the database is reachable and migrated. */
export async function openPgStores(url: string, limits: PoolLimits = DEFAULT_POOL_LIMITS) {
  const db: Db = openDb(parseStoreUrl(url), limits);
  try {
    await requireSchema(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  return { store: createPgStore(db), history: createPgHistoryBook(db), db };
}
