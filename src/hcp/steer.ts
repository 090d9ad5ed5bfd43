// The HCP steering the rep to what it still wants to hear about: its own question from the scenario
// (`asks`), not a sentence built around a priority's label ("How does Plaquora handle stop using?").
import { steerQuestion } from './answer.js';
import { framePiece, type Piece, type ReplyCtx } from './plan.js';
import type { FrameName } from './frames.js';

/** The scenario's question first, said once; then built-in frames (label-free in a voiced scenario). */
export function steerPiece(ctx: ReplyCtx, frame: Extract<FrameName, 'probe' | 'askBack'>): Piece {
  const own = ctx.depth === 'closed' ? undefined : steerQuestion(ctx.s, ctx.state, ctx.used);
  const frames = framePiece(ctx, frame).options;
  return { options: own === undefined ? frames : [own, ...frames] };
}
