// What the HCP answers a rep question with: the priority, concern or fact the question touches.
import type { Scenario } from '../scenario/schema.js';
import { lineVariants, priorityPhrase, type Depth, type Variant } from './material.js';
import type { ReplyCtx } from './plan.js';
import type { HcpState } from './types.js';

/** Openness at which an open question draws out a hidden priority (HCP.md deltas table). */
export const REVEAL_OPENNESS = 5;

export interface Material {
  id: string;
  variants: Variant[];
  /** What the HCP says once every variant has been said. */
  again: string;
  /** Hidden priority this answer reveals. */
  reveals?: string;
}

/** Scenario material by id, with variants fitted to the HCP's depth. */
export function materialById(s: Scenario, id: string, depth: Depth): Material | undefined {
  const p = s.hcp.priorities.find((x) => x.id === id);
  if (p) {
    const variants = p.detail ? lineVariants(p.detail, `${p.id}:detail`, depth) : [];
    return { id, variants: [...variants, { id: `${p.id}:text`, text: p.text }], again: p.text, ...(p.hidden ? { reveals: p.id } : {}) };
  }
  const c = s.hcp.concerns.find((x) => x.id === id);
  if (c) return { id, variants: [...lineVariants(c.detail, `${c.id}:detail`, depth), { id: `${c.id}:text`, text: c.text }], again: c.text };
  const f = s.facts.find((x) => x.id === id);
  if (f) return { id, variants: [{ id: `${f.id}:text`, text: f.text }], again: f.text };
  return undefined;
}

const isHiddenFor = (s: Scenario, state: HcpState, id: string): boolean =>
  s.hcp.priorities.some((p) => p.id === id && p.hidden && !state.revealed.includes(id));

/** A hidden priority opens only to an open question from a rep the HCP has warmed to. */
function canReveal(ctx: ReplyCtx): boolean {
  return ctx.ev.question === 'open' && ctx.state.openness >= REVEAL_OPENNESS;
}

/** The first untouched priority the HCP has stated (or revealed): what they steer toward. */
export function focusPriority(s: Scenario, state: HcpState) {
  const stated = s.hcp.priorities.filter((p) => !p.hidden || state.revealed.includes(p.id));
  return stated.find((p) => state.touched[p.id] === undefined) ?? stated[0] ?? s.hcp.priorities[0];
}

export const focusTerm = (s: Scenario, state: HcpState): string => {
  const p = focusPriority(s, state);
  return p ? priorityPhrase(p) : s.therapeuticArea.toLowerCase();
};

/** Material the question is about: its terms first, then the last topic, then what the HCP cares about. */
export function answerTarget(ctx: ReplyCtx): Material | undefined {
  const { s, state, ev } = ctx;
  if (ev.question === undefined && !ev.agenda) return undefined;
  const reveal = canReveal(ctx);
  const hitIds = [...Object.keys(ev.hits.priorities), ...Object.keys(ev.hits.concerns), ...Object.keys(ev.hits.facts)];
  const id = hitIds.find((x) => !isHiddenFor(s, state, x) || reveal) ?? followUpId(ctx) ?? openAnswerId(ctx, reveal);
  return id === undefined ? undefined : materialById(s, id, ctx.depth);
}

/** "Say more about that": a follow-up on the HCP's own words continues the last topic while it has more to say. */
function followUpId(ctx: ReplyCtx): string | undefined {
  const last = ctx.state.lastRef;
  if (last === undefined || !(ctx.ev.hits.echoesHcp === true || ctx.ev.followUp === true)) return undefined;
  const m = materialById(ctx.s, last, ctx.depth);
  return m?.variants.some((v) => !ctx.used.has(v.id)) ? last : undefined;
}

/** An open question or an agenda with no topic of its own: reveal a hidden priority if warm, else state the focus. */
function openAnswerId(ctx: ReplyCtx, reveal: boolean): string | undefined {
  if (ctx.ev.question === 'closed') return undefined;
  const hidden = ctx.s.hcp.priorities.find((p) => p.hidden && !ctx.state.revealed.includes(p.id));
  if (reveal && hidden) return hidden.id;
  return focusPriority(ctx.s, ctx.state)?.id;
}
