// `roleplay doctor`: checks Node, the data folder, the scenarios and the optional LLM server,
// and says what to fix. The API key is reported as set or not, never shown.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function registerDoctor(program: Command, ctx: CliContext): void {
  program
    .command('doctor')
    .description('check Node, the data folder, scenarios and the optional LLM server, and say what to fix')
    .addHelpText(
      'after',
      '\nExit codes: 0 all good (an unconfigured LLM is fine) · 3 something to fix · 5 the LLM server is not reachable.\n',
    )
    .action(async () => (await import('../run/doctor.js')).runDoctor(ctx));
}
