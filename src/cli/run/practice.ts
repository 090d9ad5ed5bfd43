// `roleplay practice [scenario]` and `roleplay resume [id]`: the REPL.
import { SessionStateError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { parseRep, parseSeed } from '../flags.js';
import type { LlmFlags } from '../llm-flags.js';
import { runRepl } from '../repl-runner.js';
import { openSessions } from '../session-kit.js';

export interface PracticeOptions extends LlmFlags {
  seed?: string;
  hcp?: string;
  rep?: string;
  details?: boolean;
}

export async function runPractice(ctx: CliContext, scenario: string | undefined, o: PracticeOptions): Promise<void> {
  const llm = { fallback: o.fallback, llmTimeout: o.llmTimeout };
  await runRepl(ctx, {
    scenario,
    seed: parseSeed(o.seed),
    engine: o.hcp,
    rep: parseRep(o.rep, ctx.env),
    details: o.details,
    llm,
  });
}

export async function runResume(
  ctx: CliContext,
  id: string | undefined,
  o: { details?: boolean } & LlmFlags,
): Promise<void> {
  const { manager } = await openSessions(ctx);
  const resumeId = id ? await manager.resolveId(id) : (await manager.list()).find((s) => s.status === 'active')?.id;
  if (!resumeId)
    throw new SessionStateError('no unfinished session to resume', undefined, 'start one with `roleplay practice`');
  await runRepl(ctx, { resumeId, details: o.details, llm: { fallback: o.fallback, llmTimeout: o.llmTimeout } });
}
