// One-shot session commands across processes: start, respond, session (status), end.
import { endedJson } from '../../feedback/index.js';
import { renderHcpTurn, renderStatus } from '../../render/index.js';
import { toStatus } from '../../session/index.js';
import { colorLevel, terminalWidth, writeJson, type CliContext } from '../context.js';
import { renderEnded } from '../end-view.js';
import { parseRep, parseSeed } from '../flags.js';
import type { LlmFlags } from '../llm-flags.js';
import { openLibrary, openSessions } from '../session-kit.js';

export async function runStart(
  ctx: CliContext,
  scenarioId: string,
  o: { seed?: string; hcp?: string; rep?: string },
): Promise<void> {
  const rep = parseRep(o.rep, ctx.env);
  const [{ manager }, library] = await Promise.all([openSessions(ctx), openLibrary(ctx)]);
  const session = await manager.start(library.require(scenarioId), {
    seed: parseSeed(o.seed),
    engine: o.hcp,
    ...(rep !== undefined ? { rep } : {}),
  });
  const opening = session.turns[0]!;
  if (ctx.globals().json) {
    return writeJson(ctx, {
      sessionId: session.id,
      scenario: scenarioId,
      seed: session.seed,
      hcpOpening: opening.text,
      cues: opening.cues,
    });
  }
  ctx.io.stdout.write(`${session.id}\n`);
  ctx.io.stderr.write(
    renderHcpTurn(session.scenario.hcp.name, opening.text, opening.cues ?? [], colorLevel(ctx), terminalWidth(ctx)),
  );
}

export async function runRespond(ctx: CliContext, id: string, words: string[], o: LlmFlags): Promise<void> {
  const { manager } = await openSessions(ctx, { llm: { fallback: o.fallback, llmTimeout: o.llmTimeout } });
  const { reply, session, scorecard } = await manager.respond(await manager.resolveId(id), words.join(' '));
  if (ctx.globals().json) {
    return writeJson(ctx, {
      reply: reply.text,
      cues: reply.cues,
      ended: reply.ended ?? null,
      hcpState: toStatus(session),
    });
  }
  ctx.io.stdout.write(
    renderHcpTurn(session.scenario.hcp.name, reply.text, reply.cues, colorLevel(ctx), terminalWidth(ctx)),
  );
  if (scorecard)
    ctx.io.stderr.write(
      `The HCP ended the conversation (${reply.ended}); see the scorecard: roleplay end ${session.id.slice(0, 8)}\n`,
    );
}

export async function runSession(ctx: CliContext, id: string): Promise<void> {
  const { manager } = await openSessions(ctx, { readOnly: true });
  const status = toStatus(await manager.get(await manager.resolveId(id)));
  if (ctx.globals().json) return writeJson(ctx, status);
  ctx.io.stdout.write(renderStatus(status));
}

export async function runEnd(ctx: CliContext, id: string, o: { details?: boolean }): Promise<void> {
  const { manager } = await openSessions(ctx);
  const session = await manager.end(await manager.resolveId(id));
  if (ctx.globals().json) return writeJson(ctx, endedJson(session));
  ctx.io.stdout.write(renderEnded(session, { color: colorLevel(ctx), details: o.details, width: terminalWidth(ctx) }));
}
