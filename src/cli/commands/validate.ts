// `roleplay validate <file|dir>...`: checks scenario files and reports every problem at once.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check scenario files (YAML or JSON) and list every problem')
    .argument('<paths...>', 'scenario files or folders')
    .addHelpText(
      'after',
      '\nExamples:\n  $ roleplay validate scenarios\n  $ roleplay validate my-scenario.yaml --json\n',
    )
    .action(async (paths: string[]) => (await import('../run/validate.js')).runValidate(ctx, paths));
}
