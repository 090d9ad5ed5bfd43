// Depth follows openness (HCP.md "Reply"): closed says one sentence; open volunteers, asks back, talks next steps.
import { materialById } from './answer.js';
import { firstSentence } from './material.js';
import { openObjectionIds } from './objections.js';
import { framePiece, freshPiece, type Piece, type Plan, type ReplyCtx } from './plan.js';
import { raisePiece } from './raise.js';
import type { RepAct } from './types.js';

/** Openness at which the HCP starts asking questions back (HCP.md). */
const ASK_BACK_OPENNESS = 6;

const firstSentenceOnly = (p: Piece): Piece => ({ options: p.options.map((o) => ({ ...o, text: firstSentence(o.text) })) });

/** A hidden priority the HCP offers unasked, once open enough. */
function volunteer(ctx: ReplyCtx, plan: Plan): { piece: Piece; id: string } | undefined {
  const p = ctx.s.hcp.priorities.find((x) => x.hidden && !ctx.state.revealed.includes(x.id) && !plan.reveals.includes(x.id));
  const m = p === undefined ? undefined : materialById(ctx.s, p.id, ctx.depth);
  if (m === undefined) return undefined;
  const piece = freshPiece(ctx, m.variants, 'volunteer');
  return piece.options.length > 0 ? { piece, id: m.id } : undefined;
}

/** Acts that earn talk of next steps from an HCP who is already open. */
const EARNS_NEXT_STEPS: readonly RepAct[] = ['priority_link', 'paraphrase', 'recap'];

/** Near a yes, and the rep just did something that earns talk of next steps. */
function nearCommitment(ctx: ReplyCtx): boolean {
  const earned = EARNS_NEXT_STEPS.some((a) => ctx.ev.acts.includes(a)) || ctx.ev.objections.resolved.length > 0;
  return earned && openObjectionIds(ctx.state).length === 0 && Object.keys(ctx.state.touched).length > 0 && ctx.state.commitment !== 'agreed';
}

function warmExtras(ctx: ReplyCtx, plan: Plan): Piece[] {
  // A probe is already a question; asking back on top would be two questions in a row.
  const ask = plan.kind === 'probe' ? { options: [] } : framePiece(ctx, 'askBack');
  if (ctx.depth === 'open') {
    const v = volunteer(ctx, plan);
    if (v) {
      plan.reveals.push(v.id);
      plan.refs.push(v.id);
      return [v.piece, ask];
    }
    return [nearCommitment(ctx) ? framePiece(ctx, 'nextSteps') : ask];
  }
  return ctx.state.openness >= ASK_BACK_OPENNESS ? [ask] : [];
}

/** Appends the objection raised this turn, warmth by depth, and a time warning when pressed. */
export function addExtras(ctx: ReplyCtx, plan: Plan): Plan {
  const raise = plan.kind === 'raise' ? undefined : raisePiece(ctx);
  const pressed = ctx.state.patience <= 2;
  const warning = pressed ? [framePiece(ctx, 'timeWarning')] : [];
  if (raise) {
    const o = ctx.ev.objections.raised ?? ctx.ev.objections.reRaised[0];
    if (o !== undefined) plan.refs.push(o);
  }
  if (ctx.depth === 'closed') {
    const lead = raise ?? plan.pieces.find((p) => p.options.length > 0) ?? { options: [] };
    plan.pieces = [firstSentenceOnly(lead), ...warning];
    return plan;
  }
  const calm = raise === undefined && plan.kind !== 'raise' && !pressed;
  plan.pieces = [...plan.pieces, ...(raise ? [raise] : []), ...(calm ? warmExtras(ctx, plan) : []), ...warning];
  return plan;
}
