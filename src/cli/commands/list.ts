// `roleplay list`: the scenario library as a table or JSON, with filters.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { ListOptions } from '../run/list.js';

export function registerList(program: Command, ctx: CliContext): void {
  program
    .command('list')
    .alias('ls')
    .description('list the scenarios you can practice')
    .option('--area <text>', 'therapeutic area or specialty contains <text>')
    .option(
      '--stage <stage>',
      'sales stage (initial-access, discovery, presentation, objection-handling, access, closing)',
    )
    .option('--difficulty <level>', 'easy, medium or hard')
    .option('--wide', 'every column at full width, however wide the terminal')
    .addHelpText(
      'after',
      '\nExamples:\n  $ roleplay list --difficulty hard\n  $ roleplay list --area oncology --json\n',
    )
    .action(async (o: ListOptions) => (await import('../run/list.js')).runList(ctx, o));
}
