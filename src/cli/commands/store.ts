// `roleplay store migrate | import | export`: the PostgreSQL store's schema, and copies between it
// and a journal folder (issue 19). The database is --store / ROLEPLAY_STORE; the folder is the
// data folder (ROLEPLAY_HOME) unless --from / --to names another.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

const load = () => import('../run/store.js');

export function registerStore(program: Command, ctx: CliContext): void {
  const store = program
    .command('store')
    .description('set up the PostgreSQL store (--store / ROLEPLAY_STORE) and copy sessions to or from a data folder')
    .addHelpText(
      'after',
      `
Examples:
  $ export ROLEPLAY_STORE=postgres://roleplay:secret@db.internal:5432/roleplay
  $ roleplay store migrate                 create or update the tables (once per release)
  $ roleplay store import                  copy the data folder's sessions and history in
  $ roleplay store export --to backup/     copy them out into a journal folder
`,
    );

  store
    .command('migrate')
    .description('create or update the database schema; safe to run again, and from several machines at once')
    .action(async () => (await load()).runMigrate(ctx));

  store
    .command('import')
    .description(
      'copy sessions and history from a data folder into the PostgreSQL store (sessions already there are skipped)',
    )
    .option('--from <dir>', 'data folder to read (default: ROLEPLAY_HOME or the platform data dir)')
    .action(async (o: { from?: string }) => (await load()).runTransfer(ctx, 'import', o.from));

  store
    .command('export')
    .description(
      'copy sessions and history from the PostgreSQL store into a data folder (sessions already there are skipped)',
    )
    .option('--to <dir>', 'data folder to write (default: ROLEPLAY_HOME or the platform data dir)')
    .action(async (o: { to?: string }) => (await load()).runTransfer(ctx, 'export', o.to));
}
