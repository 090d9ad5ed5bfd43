// `roleplay practice [scenario]` and `roleplay resume [id]`: the REPL (also `roleplay` alone).
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { addLlmOptions, type LlmFlags } from '../llm-kit.js';

interface PracticeOptions extends LlmFlags {
  seed?: string;
  hcp?: string;
  rep?: string;
  details?: boolean;
}

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
    .addHelpText('after', `
Examples:
  $ roleplay practice primary-care-hypertension-discovery
  $ roleplay practice primary-care-hypertension-discovery --rep "Dana Smith"
  $ printf '/start primary-care-hypertension-discovery\\nWhat matters most to you?\\n/end\\n' | roleplay
  $ ROLEPLAY_LLM_BASE_URL=http://localhost:11434/v1 ROLEPLAY_LLM_MODEL=llama3.1 roleplay practice <id> --hcp llm
`)
    .action(async (scenario: string | undefined, o: PracticeOptions) => {
      const { runRepl } = await import('../repl-runner.js');
      const { parseSeed, parseRep } = await import('../flags.js');
      const llm = { fallback: o.fallback, llmTimeout: o.llmTimeout };
      await runRepl(ctx, { scenario, seed: parseSeed(o.seed), engine: o.hcp, rep: parseRep(o.rep, ctx.env), details: o.details, llm });
    });

  const resume = program
    .command('resume')
    .description('continue an unfinished session in the REPL')
    .argument('[id]', 'session id or a unique prefix; default: the most recent unfinished session')
    .option('--details', 'show metric components in the end scorecard');
  addLlmOptions(resume)
    .action(async (id: string | undefined, o: { details?: boolean } & LlmFlags) => {
      const { runRepl } = await import('../repl-runner.js');
      const { openSessions } = await import('../session-kit.js');
      const { SessionStateError } = await import('../../errors.js');
      const { manager } = await openSessions(ctx);
      const resumeId = id ? await manager.resolveId(id) : (await manager.list()).find((s) => s.status === 'active')?.id;
      if (!resumeId) throw new SessionStateError('no unfinished session to resume', undefined, 'start one with `roleplay practice`');
      await runRepl(ctx, { resumeId, details: o.details, llm: { fallback: o.fallback, llmTimeout: o.llmTimeout } });
    });
}
