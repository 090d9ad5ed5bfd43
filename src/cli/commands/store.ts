// `roleplay store migrate | import | export`: the PostgreSQL store's schema, and copies between it
// and a journal folder (issue 19). The database is --store / ROLEPLAY_STORE; the folder is the
// data folder (ROLEPLAY_HOME) unless --from / --to names another.
import type { Command } from 'commander';
import { writeJson, type CliContext } from '../context.js';

export function registerStore(program: Command, ctx: CliContext): void {
  const store = program
    .command('store')
    .description('set up the PostgreSQL store (--store / ROLEPLAY_STORE) and copy sessions to or from a data folder')
    .addHelpText('after', `
Examples:
  $ export ROLEPLAY_STORE=postgres://roleplay:secret@db.internal:5432/roleplay
  $ roleplay store migrate                 create or update the tables (once per release)
  $ roleplay store import                  copy the data folder's sessions and history in
  $ roleplay store export --to backup/     copy them out into a journal folder
`);

  store
    .command('migrate')
    .description('create or update the database schema; safe to run again, and from several machines at once')
    .action(async () => {
      const { db } = await openDatabase(ctx);
      const { migrate } = await import('../../pg/index.js');
      try {
        const { from, to } = await migrate(db);
        if (ctx.globals().json) return writeJson(ctx, { store: db.url.shown, from, to });
        ctx.io.stdout.write(from === to ? `store ${db.url.shown}: schema already at version ${to}\n` : `store ${db.url.shown}: schema migrated from version ${from} to ${to}\n`);
      } finally {
        await db.close();
      }
    });

  store
    .command('import')
    .description('copy sessions and history from a data folder into the PostgreSQL store (sessions already there are skipped)')
    .option('--from <dir>', 'data folder to read (default: ROLEPLAY_HOME or the platform data dir)')
    .action(async (o: { from?: string }) => transfer(ctx, 'import', o.from));

  store
    .command('export')
    .description('copy sessions and history from the PostgreSQL store into a data folder (sessions already there are skipped)')
    .option('--to <dir>', 'data folder to write (default: ROLEPLAY_HOME or the platform data dir)')
    .action(async (o: { to?: string }) => transfer(ctx, 'export', o.to));
}

async function openDatabase(ctx: CliContext) {
  const url = ctx.globals().store;
  const { UsageError } = await import('../../errors.js');
  if (url === undefined) throw new UsageError('no PostgreSQL store named', '--store', 'pass --store postgres://… or set ROLEPLAY_STORE');
  const { openDb, parseStoreUrl } = await import('../../pg/index.js');
  return { db: openDb(parseStoreUrl(url)) };
}

async function transfer(ctx: CliContext, direction: 'import' | 'export', dir: string | undefined): Promise<void> {
  const { resolve } = await import('node:path');
  const { resolveDataDir, ensureDataDir, checkDataDir } = await import('../../store/data-dir.js');
  const { openDataStores } = await import('../../session/index.js');
  const { copySessions } = await import('../../session/transfer.js');
  const { createPgHistoryBook, createPgStore, requireSchema } = await import('../../pg/index.js');
  const { processOwner } = await import('../lock-owner.js');
  const { sanitize } = await import('../../sanitize.js');
  const { db } = await openDatabase(ctx);
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
    ctx.io.stdout.write(`${direction === 'import' ? 'imported' : 'exported'} ${count.sessions} sessions and ${count.history} history entries from ${sanitize(src)} to ${sanitize(dst)}` +
      `${count.skipped ? ` (${count.skipped} already there or empty, skipped)` : ''}\n`);
  } finally {
    await db.close();
  }
}
