// One-shot session commands across processes: start, respond, session (status), end.
import type { Command } from 'commander';
import { colorLevel, terminalWidth, writeJson, type CliContext } from '../context.js';
import { addLlmOptions, type LlmFlags } from '../llm-kit.js';

export function registerSessionOps(program: Command, ctx: CliContext): void {
  program
    .command('start')
    .description('start a session and print its id (for scripts; `practice` is interactive)')
    .argument('<scenario>', 'scenario id')
    .option('--seed <n>', 'seed for a replayable HCP')
    .option('--hcp <engine>', 'HCP engine: scripted (default) or llm')
    .option('--rep <name>', 'who is practicing, for trainer reports (also ROLEPLAY_REP)')
    .addHelpText('after', '\nExample:\n  $ id=$(roleplay start primary-care-hypertension-discovery --seed 7 --rep "Dana Smith")\n  $ roleplay respond "$id" "What matters most to you this quarter?"\n')
    .action(async (scenarioId: string, o: { seed?: string; hcp?: string; rep?: string }) => {
      const { openSessions, openLibrary } = await import('../session-kit.js');
      const { parseSeed, parseRep } = await import('../flags.js');
      const rep = parseRep(o.rep, ctx.env);
      const [{ manager }, library] = await Promise.all([openSessions(ctx), openLibrary(ctx)]);
      const session = await manager.start(library.require(scenarioId), { seed: parseSeed(o.seed), engine: o.hcp, ...(rep !== undefined ? { rep } : {}) });
      const opening = session.turns[0]!;
      if (ctx.globals().json) {
        return writeJson(ctx, { sessionId: session.id, scenario: scenarioId, seed: session.seed, hcpOpening: opening.text, cues: opening.cues });
      }
      const { renderHcpTurn } = await import('../../render/conversation.js');
      ctx.io.stdout.write(`${session.id}\n`);
      ctx.io.stderr.write(renderHcpTurn(session.scenario.hcp.name, opening.text, opening.cues ?? [], colorLevel(ctx), terminalWidth(ctx)));
    });

  const respond = program
    .command('respond')
    .description("say something in a session and print the HCP's reply")
    .argument('<id>', 'session id or a unique prefix')
    .argument('<text...>', 'what you say');
  addLlmOptions(respond)
    .action(async (id: string, words: string[], o: LlmFlags) => {
      const { openSessions } = await import('../session-kit.js');
      const { manager } = await openSessions(ctx, { llm: { fallback: o.fallback, llmTimeout: o.llmTimeout } });
      const { reply, session, scorecard } = await manager.respond(await manager.resolveId(id), words.join(' '));
      if (ctx.globals().json) {
        const { toStatus } = await import('../../session/status.js');
        return writeJson(ctx, { reply: reply.text, cues: reply.cues, ended: reply.ended ?? null, hcpState: toStatus(session) });
      }
      const { renderHcpTurn } = await import('../../render/conversation.js');
      ctx.io.stdout.write(renderHcpTurn(session.scenario.hcp.name, reply.text, reply.cues, colorLevel(ctx), terminalWidth(ctx)));
      if (scorecard) ctx.io.stderr.write(`The HCP ended the conversation (${reply.ended}); see the scorecard: roleplay end ${session.id.slice(0, 8)}\n`);
    });

  program
    .command('session')
    .description('show a session: scenario, turns, HCP mood, time left')
    .argument('<id>', 'session id or a unique prefix')
    .action(async (id: string) => {
      const { openSessions } = await import('../session-kit.js');
      const { toStatus } = await import('../../session/status.js');
      const { manager } = await openSessions(ctx, { readOnly: true });
      const status = toStatus(await manager.get(await manager.resolveId(id)));
      if (ctx.globals().json) return writeJson(ctx, status);
      const { renderStatus } = await import('../../render/conversation.js');
      ctx.io.stdout.write(renderStatus(status));
    });

  program
    .command('end')
    .description('end a session and print its scorecard (again, if already ended)')
    .argument('<id>', 'session id or a unique prefix')
    .option('--details', 'add every metric component')
    .action(async (id: string, o: { details?: boolean }) => {
      const { openSessions } = await import('../session-kit.js');
      const { renderEnded } = await import('../end-view.js');
      const { endedJson } = await import('../../feedback/index.js');
      const { manager } = await openSessions(ctx);
      const session = await manager.end(await manager.resolveId(id));
      if (ctx.globals().json) return writeJson(ctx, endedJson(session));
      ctx.io.stdout.write(renderEnded(session, { color: colorLevel(ctx), details: o.details, width: terminalWidth(ctx) }));
    });
}
