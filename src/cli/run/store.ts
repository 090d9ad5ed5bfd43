// `roleplay store migrate | import | export`: the PostgreSQL store's schema, and copies between it
// and a journal folder (issue 19).
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { createPgHistoryBook, createPgStore, migrate, openDb, parseStoreUrl, requireSchema } from '../../pg/index.js';
import { sanitize } from '../../sanitize.js';
import { copySessions, openDataStores } from '../../session/index.js';
import { checkDataDir, ensureDataDir, resolveDataDir } from '../../store/index.js';
import { writeJson, type CliContext } from '../context.js';
import { processOwner } from '../lock-owner.js';

export async function runMigrate(ctx: CliContext): Promise<void> {
  const db = openDatabase(ctx);
  try {
    const { from, to } = await migrate(db);
    if (ctx.globals().json) return writeJson(ctx, { store: db.url.shown, from, to });
    ctx.io.stdout.write(
      from === to
        ? `store ${db.url.shown}: schema already at version ${to}\n`
        : `store ${db.url.shown}: schema migrated from version ${from} to ${to}\n`,
    );
  } finally {
    await db.close();
  }
}

function openDatabase(ctx: CliContext) {
  const url = ctx.globals().store;
  if (url === undefined)
    throw new UsageError('no PostgreSQL store named', '--store', 'pass --store postgres://… or set ROLEPLAY_STORE');
  return openDb(parseStoreUrl(url));
}

/** The data folder is ROLEPLAY_HOME unless --from / --to names another. */
export async function runTransfer(
  ctx: CliContext,
  direction: 'import' | 'export',
  dir: string | undefined,
): Promise<void> {
  const db = openDatabase(ctx);
  try {
    await requireSchema(db);
    const env = dir === undefined ? ctx.env : { ...ctx.env, ROLEPLAY_HOME: resolve(ctx.cwd, dir) };
    const folder = await (direction === 'import' ? checkDataDir : ensureDataDir)(resolveDataDir(env));
    const files = openDataStores(folder, { lock: { owner: processOwner() }, write: ctx.fileWrite });
    const pg = { store: createPgStore(db), history: createPgHistoryBook(db) };
    const warn = (m: string) => ctx.io.stderr.write(`roleplay: warning: ${sanitize(m)}\n`);
    const count = direction === 'import' ? await copySessions(files, pg, warn) : await copySessions(pg, files, warn);
    if (ctx.globals().json) return writeJson(ctx, { direction, store: db.url.shown, folder: folder.root, ...count });
    const [src, dst] = direction === 'import' ? [folder.root, db.url.shown] : [db.url.shown, folder.root];
    ctx.io.stdout.write(
      `${direction === 'import' ? 'imported' : 'exported'} ${count.sessions} sessions and ${count.history} history entries from ${sanitize(src)} to ${sanitize(dst)}` +
        `${count.skipped ? ` (${count.skipped} already there or empty, skipped)` : ''}\n`,
    );
  } finally {
    await db.close();
  }
}
