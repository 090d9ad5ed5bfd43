// The rep went past the HCP's question: she asks for her answer, naming what she actually asked about.
import type { Objection } from '../scenario/index.js';
import { topicOf } from './answer.js';
import { objectionTopic, openObjectionIds } from './objections.js';
import { framePiece, makePlan as plan, type Plan, type ReplyCtx } from './plan.js';

const lastQuestion = (text: string): string | undefined =>
  text
    .split(/(?<=[.!?])\s+/u)
    .filter((x) => x.trim().endsWith('?'))
    .at(-1)
    ?.trim();

const variantsOf = (o: Objection): string[] => [
  ...(typeof o.text === 'string' ? [o.text] : Object.values(o.text)),
  ...(o.sharper ? [o.sharper] : []),
];

/**
 * What the HCP's own last question was about: one of its `asks` ("What would this change for my patients
 * who keep coming back within 30 days?") names its priority; a concern voiced as a question names the concern.
 * Undefined when it asked nothing, or nothing the scenario wrote.
 */
function askedTopic(ctx: ReplyCtx): { topic: string; ref: string } | 'unknown' | undefined {
  const hcp = ctx.state.said.at(-2);
  const q = hcp?.speaker === 'customer' ? lastQuestion(hcp.text) : undefined;
  if (q === undefined) return undefined;
  const item = [...ctx.s.hcp.priorities, ...ctx.s.hcp.concerns].find((x) => x.asks !== undefined && x.asks.includes(q));
  if (item !== undefined) return { topic: topicOf(ctx, item.id), ref: item.id };
  const o = ctx.s.hcp.objections.find((x) => variantsOf(x).some((v) => v.includes(q)));
  return o === undefined ? 'unknown' : { topic: objectionTopic(o), ref: o.id };
}

/** "Let me tell you more about X." to "How often would they get restless?": she wants her answer. */
export function dodgedPlan(ctx: ReplyCtx): Plan | undefined {
  if (!ctx.ev.acts.includes('dodges_question')) return undefined;
  // A warm HCP takes the rep's own question ("Who are the patients where it's harder?"); a wary one wants hers answered first.
  if (ctx.ev.question !== undefined && (ctx.depth === 'neutral' || ctx.depth === 'open')) return undefined;
  // Said even by a closed HCP, before any concern falling due: the question came first.
  const asked = askedTopic(ctx);
  if (asked === 'unknown') return { ...plan('react', [framePiece(ctx, 'dodged')]), insists: true };
  const open = openObjectionIds(ctx.state);
  const o = ctx.s.hcp.objections.find((x) => x.id === open.at(-1));
  const on = asked ?? (o && { topic: objectionTopic(o), ref: o.id });
  return { ...plan('react', [framePiece(ctx, 'dodged', { topic: on?.topic })], on ? [on.ref] : []), insists: true };
}
