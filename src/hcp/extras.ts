// Depth follows openness (docs/hcp.md "Reply"): closed says one sentence; open asks back and talks next steps.
import { firstSentence } from './material.js';
import { isReady } from './ending.js';
import { framePiece, type Piece, type Plan, type ReplyCtx } from './plan.js';
import { raisePiece } from './raise.js';
import { steerPiece } from './steer.js';
import type { RepAct } from './types.js';

/** Openness at which the HCP starts asking questions back (docs/hcp.md). */
const ASK_BACK_OPENNESS = 6;

/** A piece whose text goes on to ask something, cut to what it says before the question. */
const withoutQuestionTail = (p: Piece): Piece => ({
  options: p.options.map((o) => {
    const first = firstSentence(o.text);
    return o.text.trim().endsWith('?') && !first.endsWith('?') ? { ...o, text: first } : o;
  }),
});

const firstSentenceOnly = (p: Piece): Piece => ({
  options: p.options.map((o) => ({ ...o, text: firstSentence(o.text) })),
});

/** Acts that earn talk of next steps from an HCP who is already open. */
const EARNS_NEXT_STEPS: readonly RepAct[] = ['priority_link', 'paraphrase', 'recap'];

/** Near a yes, and the rep just did something that earns talk of next steps. */
function nearCommitment(ctx: ReplyCtx): boolean {
  const earned = EARNS_NEXT_STEPS.some((a) => ctx.ev.acts.includes(a)) || ctx.ev.objections.resolved.length > 0;
  // Never invite a next step the HCP would then refuse as premature.
  return earned && isReady(ctx.state, ctx.s) && ctx.state.commitment !== 'agreed';
}

function warmExtras(ctx: ReplyCtx, plan: Plan): Piece[] {
  // A probe or an escalation is already a question; asking back on top would be two in a row.
  const ask = plan.kind === 'probe' || plan.kind === 'react' ? { options: [] } : steerPiece(ctx, 'askBack');
  // Hidden priorities are never volunteered: they come out only to a discovery question (answer.ts).
  if (ctx.depth === 'open' && nearCommitment(ctx)) {
    // The rep's next "Could I…?" answers her question: turn.ts reads it as the ask for a step.
    ctx.state.invitedStepAt = ctx.ev.turn;
    // "Yes, quite a few. What are you thinking? I'd be open to a next step…": nothing asked before the invitation.
    plan.pieces = plan.pieces.map(withoutQuestionTail);
    return [framePiece(ctx, 'nextSteps')];
  }
  if (ctx.depth === 'open') return [ask];
  return ctx.state.openness >= ASK_BACK_OPENNESS ? [ask] : [];
}

/** Appends the objection raised this turn, warmth by depth, and a time warning when pressed. */
export function addExtras(ctx: ReplyCtx, plan: Plan): Plan {
  const raise = plan.kind === 'raise' ? undefined : raisePiece(ctx);
  const pressed = ctx.state.patience <= 2;
  // Warn once that time is nearly up; after that the clock speaks for itself (issue 14).
  const warning = pressed && ctx.state.warnedTime !== true ? [framePiece(ctx, 'timeWarning')] : [];
  if (warning.length > 0) ctx.state.warnedTime = true;
  if (raise) {
    const o = ctx.ev.objections.raised ?? ctx.ev.objections.reRaised[0];
    if (o !== undefined) plan.refs.push(o);
  }
  if (ctx.depth === 'closed') {
    const main = plan.pieces.find((p) => p.options.length > 0) ?? { options: [] };
    const said = plan.insists === true ? [main, ...(raise ? [raise] : [])] : [raise ?? main];
    plan.pieces = [...said.map(firstSentenceOnly), ...warning];
    return plan;
  }
  const calm = raise === undefined && plan.kind !== 'raise' && !pressed;
  // Extras first: inviting a next step trims the question off what the plan already says.
  const extras = calm ? warmExtras(ctx, plan) : [];
  plan.pieces = [...plan.pieces, ...(raise ? [raise] : []), ...extras, ...warning];
  return plan;
}
