// The objection a reply voices: new, or said again sharper after the rep talked past it.
import type { Objection } from '../scenario/index.js';
import { lineVariants } from './material.js';
import { objectionTopic } from './objections.js';
import { fillLine, framePiece, type Piece, type ReplyCtx } from './plan.js';

/** The objection this turn puts on the table, if any. */
export function raisedNow(ctx: ReplyCtx): Objection | undefined {
  const id = ctx.ev.objections.raised ?? ctx.ev.objections.reRaised[0];
  return ctx.s.hcp.objections.find((o) => o.id === id);
}

export function raisePiece(ctx: ReplyCtx): Piece | undefined {
  const o = raisedNow(ctx);
  if (o === undefined) return undefined;
  const topic = objectionTopic(o);
  const sharp = (ctx.state.objections[o.id]?.raisedCount ?? 1) > 1;
  const text = lineVariants(o.text, `${o.id}:text`, ctx.depth);
  const sharper = o.sharper ? [{ id: `${o.id}:sharper`, text: o.sharper }] : [];
  const fresh = (sharp ? [...sharper, ...text] : text).filter((v) => !ctx.used.has(v.id));
  const own = fresh.map((v) => ({ id: v.id, text: fillLine(v.text, ctx) }));
  return { options: [...own, ...framePiece(ctx, 'sharper', { topic }).options] };
}
