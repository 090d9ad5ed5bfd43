// `roleplay validate <file|dir>...`: checks scenario files and reports every problem at once.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { writeJson, type CliContext } from '../context.js';

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check scenario files (YAML or JSON) and list every problem')
    .argument('<paths...>', 'scenario files or folders')
    .addHelpText('after', '\nExamples:\n  $ roleplay validate scenarios\n  $ roleplay validate my-scenario.yaml --json\n')
    .action(async (paths: string[]) => {
      const { validateScenarioPaths } = await import('../../scenario/validate-paths.js');
      const { InvalidInputError } = await import('../../errors.js');
      const result = await validateScenarioPaths(paths.map((p) => resolve(ctx.cwd, p)));
      if (ctx.globals().json) writeJson(ctx, result);
      if (result.problems.length > 0) {
        throw new InvalidInputError(
          `${result.invalid} of ${result.files} file(s) invalid, ${result.problems.length} problem(s)`,
          ctx.globals().json ? [] : result.problems,
        );
      }
      if (!ctx.globals().json) ctx.io.stdout.write(`${result.files} scenario file(s) valid\n`);
    });
}
