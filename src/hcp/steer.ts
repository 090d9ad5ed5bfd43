// The HCP steering the rep to what it still wants to hear about: its own question from the scenario
// (`asks`), not a sentence built around a priority's label ("How does Plaquora handle stop using?").
import { steerQuestion } from './answer.js';
import { framePiece, type Piece, type ReplyCtx } from './plan.js';
import type { FrameName } from './frames.js';

/** Ids of the priorities and concerns the rep's turn just spoke to. */
const spokenTo = (ctx: ReplyCtx): string[] => [
  ...Object.keys(ctx.ev.hits.priorities),
  ...Object.keys(ctx.ev.hits.concerns),
];

/**
 * The scenario's question first, said once; then built-in frames (label-free in a voiced scenario). Her
 * question on the topic the rep just spoke to ("…fewer readmissions" → "What would this change for my
 * patients who keep coming back?") would ask for what she was just told: she asks how it fits her patients.
 */
export function steerPiece(ctx: ReplyCtx, frame: Extract<FrameName, 'probe' | 'askBack'>): Piece {
  const own = ctx.depth === 'closed' ? undefined : steerQuestion(ctx.s, ctx.state, ctx.used);
  // Asking back after her own answer on the topic is still her question: only a probe of the rep's statement changes.
  if (frame === 'probe' && own !== undefined && spokenTo(ctx).includes(own.id.replace(/:asks$/u, '')))
    return { options: framePiece(ctx, 'fitProbe').options };
  const frames = framePiece(ctx, frame).options;
  return { options: own === undefined ? frames : [own, ...frames] };
}
