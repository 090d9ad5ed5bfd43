// `roleplay validate <file|dir>...`: checks scenario files and reports every problem at once.
import { resolve } from 'node:path';
import { InvalidInputError } from '../../errors.js';
import { validateScenarioPaths } from '../../scenario/index.js';
import { writeJson, type CliContext } from '../context.js';

export async function runValidate(ctx: CliContext, paths: string[]): Promise<void> {
  const result = await validateScenarioPaths(paths.map((p) => resolve(ctx.cwd, p)));
  if (ctx.globals().json) writeJson(ctx, result);
  if (result.problems.length > 0) {
    throw new InvalidInputError(
      `${result.invalid} of ${result.files} file(s) invalid, ${result.problems.length} problem(s)`,
      ctx.globals().json ? [] : result.problems,
    );
  }
  if (!ctx.globals().json) ctx.io.stdout.write(`${result.files} scenario file(s) valid\n`);
}
