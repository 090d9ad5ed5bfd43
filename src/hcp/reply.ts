// Move selection (HCP.md "Reply"): end → answer → raise → react → probe, first match wins.
import { answerTarget, materialById } from './answer.js';
import { nextStepFor, nextStepKey } from './ending.js';
import { objectionTopic } from './objections.js';
import { framePiece, linePiece, freshPiece, type Piece, type Plan, type ReplyCtx } from './plan.js';
import { addExtras } from './extras.js';
import { raisedNow, raisePiece } from './raise.js';

const plan = (kind: Plan['kind'], pieces: Piece[], refs: string[] = [], reveals: string[] = []): Plan => ({ kind, pieces, refs, reveals });

function endPlan(ctx: ReplyCtx): Plan | undefined {
  const { ev } = ctx;
  if (ev.commitment === 'ready') {
    return plan('agree', [framePiece(ctx, 'agree', { step: nextStepFor(ctx.s) })], [`nextSteps.${nextStepKey(ctx.s)}`]);
  }
  if (ev.ended === undefined) return undefined;
  const name = ev.ended === 'walk-out' ? 'walkOut' : ev.ended === 'time-out' ? 'timeOut' : 'recapClose';
  return plan('end', [framePiece(ctx, name)]);
}

function answerPlan(ctx: ReplyCtx): Plan | undefined {
  const m = answerTarget(ctx);
  if (m === undefined) return undefined;
  // A closed HCP answers bare; otherwise a seeded lead ("On staffing:") ties the answer to the rep's words.
  const lead = ctx.depth === 'closed' ? [] : [framePiece(ctx, 'answerLead')];
  const p = plan('answer', [...lead, linePiece(ctx, m.variants, 'again', m.again)], [m.id], m.reveals ? [m.reveals] : []);
  p.lastRef = m.id;
  return p;
}

function raisePlan(ctx: ReplyCtx): Plan | undefined {
  const piece = raisePiece(ctx);
  return piece ? plan('raise', [piece], [raisedNow(ctx)!.id]) : undefined;
}

/** A fresh detail on what the rep just touched, or on the last topic: "confirm and add a detail". */
function detailPiece(ctx: ReplyCtx): { piece: Piece; id?: string } {
  const id = Object.keys(ctx.ev.hits.priorities)[0] ?? ctx.state.lastRef;
  const m = id === undefined ? undefined : materialById(ctx.s, id, ctx.depth);
  if (m === undefined || ctx.depth === 'closed') return { piece: { options: [] } };
  return { piece: freshPiece(ctx, m.variants), id: m.id };
}

function reactPlan(ctx: ReplyCtx): Plan | undefined {
  const acts = ctx.ev.acts;
  const simple = (
    [
      ['feature_dump', 'dump'],
      ['off_topic', 'offTopic'],
      ['no_content', 'offTopic'],
      ['rebuttal', 'rebuttal'],
    ] as const
  ).find(([act]) => acts.includes(act));
  if (simple) return plan('react', [framePiece(ctx, simple[1])]);
  if (ctx.ev.commitment === 'premature') return plan('react', [framePiece(ctx, 'premature')]);
  const frame = acts.includes('paraphrase') ? 'paraphrase' : acts.includes('priority_link') ? 'link' : undefined;
  if (frame === undefined) return undefined;
  const detail = detailPiece(ctx);
  const p = plan('react', [framePiece(ctx, frame), detail.piece], detail.id ? [detail.id] : []);
  if (detail.id && detail.piece.options.length > 0) p.lastRef = detail.id;
  return p;
}

function probePlan(ctx: ReplyCtx): Plan {
  const lead = ctx.ev.acts.includes('acknowledge') ? [framePiece(ctx, 'ack')] : [];
  return plan('probe', [...lead, framePiece(ctx, 'probe')]);
}

function resolutionPiece(ctx: ReplyCtx): { piece: Piece; id: string } | undefined {
  const o = ctx.s.hcp.objections.find((x) => x.id === ctx.ev.objections.resolved[0]);
  if (o === undefined) return undefined;
  const own = o.resolution && !ctx.used.has(`${o.id}:resolution`) ? [{ id: `${o.id}:resolution`, text: o.resolution }] : [];
  return { piece: { options: [...own, ...framePiece(ctx, 'resolution', { topic: objectionTopic(o) }).options] }, id: o.id };
}

/** The whole reply plan: the first matching move, a resolution lead, then depth extras. */
export function planReply(ctx: ReplyCtx): Plan {
  const ending = endPlan(ctx);
  if (ending) return ending;
  const main = answerPlan(ctx) ?? raisePlan(ctx) ?? reactPlan(ctx) ?? probePlan(ctx);
  const resolved = resolutionPiece(ctx);
  if (resolved) {
    main.pieces.unshift(resolved.piece);
    main.refs.unshift(resolved.id);
    if (main.kind === 'probe') main.kind = 'react';
  }
  return addExtras(ctx, main);
}
