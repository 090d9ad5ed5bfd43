// One-shot session commands across processes: start, respond, session (status), end.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { addLlmOptions, type LlmFlags } from '../llm-flags.js';

const load = () => import('../run/session-ops.js');

export function registerSessionOps(program: Command, ctx: CliContext): void {
  program
    .command('start')
    .description('start a session and print its id (for scripts; `practice` is interactive)')
    .argument('<scenario>', 'scenario id')
    .option('--seed <n>', 'seed for a replayable HCP')
    .option('--hcp <engine>', 'HCP engine: scripted (default) or llm')
    .option('--rep <name>', 'who is practicing, for trainer reports (also ROLEPLAY_REP)')
    .addHelpText(
      'after',
      '\nExample:\n  $ id=$(roleplay start primary-care-hypertension-discovery --seed 7 --rep "Dana Smith")\n  $ roleplay respond "$id" "What matters most to you this quarter?"\n',
    )
    .action(async (scenarioId: string, o: { seed?: string; hcp?: string; rep?: string }) =>
      (await load()).runStart(ctx, scenarioId, o),
    );

  const respond = program
    .command('respond')
    .description("say something in a session and print the HCP's reply")
    .argument('<id>', 'session id or a unique prefix')
    .argument('<text...>', 'what you say');
  addLlmOptions(respond).action(async (id: string, words: string[], o: LlmFlags) =>
    (await load()).runRespond(ctx, id, words, o),
  );

  program
    .command('session')
    .description('show a session: scenario, turns, HCP mood, time left')
    .argument('<id>', 'session id or a unique prefix')
    .action(async (id: string) => (await load()).runSession(ctx, id));

  program
    .command('end')
    .description('end a session and print its scorecard (again, if already ended)')
    .argument('<id>', 'session id or a unique prefix')
    .option('--details', 'add every metric component')
    .action(async (id: string, o: { details?: boolean }) => (await load()).runEnd(ctx, id, o));
}
