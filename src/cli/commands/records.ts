// `roleplay sessions` and `roleplay history`: what is in the data dir.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

const load = () => import('../run/records.js');

export function registerRecords(program: Command, ctx: CliContext): void {
  program
    .command('sessions')
    .description('list sessions in the data folder, newest first')
    .option('--active', 'only unfinished sessions')
    .action(async (o: { active?: boolean }) => (await load()).runSessions(ctx, o));

  program
    .command('history')
    .description('past scorecards with a trend per metric')
    .option('--scenario <id>', 'only this scenario')
    .addHelpText('after', '\nExample:\n  $ roleplay history --scenario primary-care-hypertension-discovery\n')
    .action(async (o: { scenario?: string }) => (await load()).runHistory(ctx, o));
}
