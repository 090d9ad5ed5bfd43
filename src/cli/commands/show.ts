// `roleplay show <id>`: the briefing a rep reads before starting.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function registerShow(program: Command, ctx: CliContext): void {
  program
    .command('show')
    .description('show the briefing for a scenario')
    .argument('<id>', 'scenario id (see `roleplay list`)')
    .addHelpText('after', '\nExample:\n  $ roleplay show primary-care-hypertension-discovery\n')
    .action(async (id: string) => (await import('../run/show.js')).runShow(ctx, id));
}
