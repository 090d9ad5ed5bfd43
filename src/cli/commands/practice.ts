// `roleplay practice [scenario]` and `roleplay resume [id]`: the REPL (also `roleplay` alone).
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { addLlmOptions, type LlmFlags } from '../llm-flags.js';
import type { PracticeOptions } from '../run/practice.js';

const load = () => import('../run/practice.js');

export function registerPractice(program: Command, ctx: CliContext): void {
  const practice = program
    .command('practice')
    .description('practice a conversation in the REPL (the default command)')
    .argument('[scenario]', 'scenario id; a picker opens when omitted on a terminal')
    .option('--seed <n>', 'seed for a replayable HCP')
    .option('--hcp <engine>', 'HCP engine: scripted (default) or llm')
    .option('--rep <name>', 'who is practicing, for trainer reports (also ROLEPLAY_REP)')
    .option('--details', 'show metric components in the end scorecard');
  addLlmOptions(practice)
    .addHelpText(
      'after',
      `
Examples:
  $ roleplay practice primary-care-hypertension-discovery
  $ roleplay practice primary-care-hypertension-discovery --rep "Dana Smith"
  $ printf '/start primary-care-hypertension-discovery\\nWhat matters most to you?\\n/end\\n' | roleplay
  $ ROLEPLAY_LLM_BASE_URL=http://localhost:11434/v1 ROLEPLAY_LLM_MODEL=llama3.1 roleplay practice <id> --hcp llm
`,
    )
    .action(async (scenario: string | undefined, o: PracticeOptions) => (await load()).runPractice(ctx, scenario, o));

  const resume = program
    .command('resume')
    .description('continue an unfinished session in the REPL')
    .argument('[id]', 'session id or a unique prefix; default: the most recent unfinished session')
    .option('--details', 'show metric components in the end scorecard');
  addLlmOptions(resume).action(async (id: string | undefined, o: { details?: boolean } & LlmFlags) =>
    (await load()).runResume(ctx, id, o),
  );
}
