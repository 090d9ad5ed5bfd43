// The HCP says more about an open objection the rep explores ("What does a brand copay mean for your
// patients?"): why it matters to them, in their voice, instead of an answer about some other topic.
import type { Objection } from '../scenario/index.js';
import { openObjectionIds } from './objections.js';
import type { Piece, ReplyCtx } from './plan.js';

/** Why each kind of objection weighs on an HCP: what they would say when asked to explain it. */
const WHY: Record<Objection['kind'], readonly string[]> = {
  cost: [
    'For a lot of my patients, the copay decides whether the prescription gets filled at all.',
    'Every extra dollar at the pharmacy counter is a reason for them to skip a refill.',
  ],
  access: [
    'Every prior authorization is hours my staff does not have, and the patient waits while we fight it.',
    'If it is not on the formulary, the patient walks out of the pharmacy with nothing.',
  ],
  safety: [
    'If something goes wrong, I am the one who sees the patient afterwards, not the trial investigators.',
    'My patients are older and sicker than a trial population. That is where side effects show up.',
  ],
  evidence: [
    'I need to see it work in patients like mine, not only in a trial population.',
    'A trial result is one thing. I want to know how it holds up in practice.',
  ],
  'status-quo': [
    'What we use now works for most of my patients, and changing it costs my team time.',
    'My staff knows the current routine. A switch means retraining everyone.',
  ],
  time: [
    'My schedule is overbooked already. Anything new has to save time, not cost it.',
    'I see a patient every fifteen minutes. There is no room for anything extra.',
  ],
};

/**
 * The open objection the rep explores: right after it was raised (the reader's explore act), or later
 * with an open question in its own words ("What does a brand copay mean for your patients?"); the most
 * recently raised first, never one resolved this turn.
 */
function explored(ctx: ReplyCtx): Objection | undefined {
  const { ev } = ctx;
  const open = openObjectionIds(ctx.state).filter((id) => !ev.objections.resolved.includes(id));
  const asks = (o: Objection) =>
    ev.acts.includes('explore') || (ev.question === 'open' && ev.hits.raisedBy[o.id] !== undefined);
  const raisedAt = (o: Objection) => ctx.state.objections[o.id]?.raisedAt ?? -1;
  return ctx.s.hcp.objections
    .filter((o) => open.includes(o.id) && asks(o))
    .sort((a, b) => raisedAt(b) - raisedAt(a))[0];
}

export function explainPiece(ctx: ReplyCtx): { piece: Piece; id: string } | undefined {
  const o = explored(ctx);
  return o === undefined ? undefined : { piece: { options: WHY[o.kind].map((text) => ({ text })) }, id: o.id };
}
