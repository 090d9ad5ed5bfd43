// Reactions to what the rep said rather than asked: a playback confirmed, a wrong one corrected, a pitch or an early ask met.
import { materialById, summaryAfterDetail } from './answer.js';
import { objectionTopic, openObjectionIds } from './objections.js';
import { framePiece, freshPiece, makePlan as plan, type Piece, type Plan, type ReplyCtx } from './plan.js';

/** A fresh detail on what the rep just touched, or on the last topic: "confirm and add a detail". */
export function detailPiece(ctx: ReplyCtx): { piece: Piece; id?: string } {
  // A hidden priority comes out only to a discovery question (answer.ts), never as a reaction.
  const stated = Object.keys(ctx.ev.hits.priorities).filter(
    (x) => !ctx.s.hcp.priorities.some((p) => p.id === x && p.hidden && !ctx.state.revealed.includes(x)),
  );
  const id = stated[0] ?? ctx.state.lastRef;
  const m = id === undefined ? undefined : materialById(ctx.s, id, ctx.depth);
  // Her summary right after her story adds nothing: "That is exactly what I think about." stands alone.
  if (m === undefined || ctx.depth === 'closed' || summaryAfterDetail(ctx, m)) return { piece: { options: [] } };
  return { piece: freshPiece(ctx, m.variants), id: m.id };
}

/**
 * "So mortality is your main worry and readmissions don't matter to you": put right before anything
 * else, a concern that happens to be due included (it follows the correction as an extra).
 */
export function correctionPlan(ctx: ReplyCtx): Plan | undefined {
  if (!ctx.ev.acts.includes('misstated_recap')) return undefined;
  return { ...plan('react', [framePiece(ctx, 'correction'), detailPiece(ctx).piece]), insists: true };
}

export function reactPlan(ctx: ReplyCtx): Plan | undefined {
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
  if (ctx.ev.commitment === 'premature') return prematurePlan(ctx);
  if (ctx.ev.commitment === 'small')
    return plan('react', [framePiece(ctx, ctx.ev.smallAsk === 'visit' ? 'allowVisit' : 'noted')]);
  // "I'll email your navigator by Friday": an offer to note, not something to probe.
  if (
    ctx.ev.question === undefined &&
    acts.includes('ownership') &&
    (acts.includes('next_step_specific') || acts.includes('next_step_vague'))
  )
    return plan('react', [framePiece(ctx, 'noted')]);
  const frame = acts.includes('paraphrase') ? 'paraphrase' : acts.includes('priority_link') ? 'link' : undefined;
  if (frame === undefined) return undefined;
  const detail = detailPiece(ctx);
  const p = plan('react', [framePiece(ctx, frame), detail.piece], detail.id ? [detail.id] : []);
  if (detail.id && detail.piece.options.length > 0) p.lastRef = detail.id;
  return p;
}

/** A next-step ask too early: name what is still open, or say plainly it is too soon. */
function prematurePlan(ctx: ReplyCtx): Plan {
  const open = ctx.s.hcp.objections.find((o) => openObjectionIds(ctx.state).includes(o.id));
  if (open !== undefined)
    return plan('react', [framePiece(ctx, 'notUntil', { topic: objectionTopic(open) })], [open.id]);
  return plan('react', [framePiece(ctx, 'premature')]);
}
