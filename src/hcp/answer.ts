// What the HCP answers a rep question with: the priority, concern or fact the question touches.
import type { Scenario } from '../scenario/index.js';
import { casedTerm, lineVariants, priorityPhrase, type Depth, type Variant } from './material.js';
import type { ReplyCtx } from './plan.js';
import type { HcpState } from './types.js';

/** Openness at which an open question draws out a hidden priority (docs/hcp.md "Deltas"). */
export const REVEAL_OPENNESS = 6;

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
    const own = p.says ?? p.text;
    return {
      id,
      variants: [...variants, { id: `${p.id}:text`, text: own }],
      again: own,
      ...(p.hidden ? { reveals: p.id } : {}),
    };
  }
  const c = s.hcp.concerns.find((x) => x.id === id);
  if (c)
    return {
      id,
      variants: [...lineVariants(c.detail, `${c.id}:detail`, depth), { id: `${c.id}:text`, text: c.says ?? c.text }],
      again: c.says ?? c.text,
    };
  const f = s.facts.find((x) => x.id === id);
  if (f) return { id, variants: [{ id: `${f.id}:text`, text: f.text }], again: f.text };
  return undefined;
}

const isHiddenFor = (s: Scenario, state: HcpState, id: string): boolean =>
  s.hcp.priorities.some((p) => p.id === id && p.hidden && !state.revealed.includes(id));

/** Acts that make a question no real discovery: it argues, pitches or drifts. */
const NOT_DISCOVERY = ['rebuttal', 'feature_dump', 'off_topic', 'no_content'] as const;

/**
 * A hidden priority opens only to a real discovery question from a rep the HCP has warmed to, one at a
 * time: an open question, or any question that names the hidden topic itself ("How often do patients
 * walk away at the register?").
 */
function canReveal(ctx: ReplyCtx): boolean {
  const { ev, s, state } = ctx;
  // Asked in the rep's own words ("How far do they come?") names the topic as much as its term would.
  const named = [...Object.keys(ev.hits.priorities), ...(ev.askedAbout ?? [])];
  const namesHidden = ev.question !== undefined && named.some((id) => isHiddenFor(s, state, id));
  const discovery =
    (ev.question === 'open' || namesHidden) &&
    !NOT_DISCOVERY.some((a) => ev.acts.includes(a)) &&
    ev.repeatedQuestion !== true;
  return discovery && state.openness >= REVEAL_OPENNESS;
}

/**
 * "How far do some of your patients travel?" to a wary HCP whose travel worry is hidden: the question
 * asks only about what she is holding back, so she neither tells it nor answers about something else.
 */
export function asksWithheld(ctx: ReplyCtx): boolean {
  const asked = ctx.ev.askedAbout ?? [];
  return asked.length > 0 && asked.every((id) => isHiddenFor(ctx.s, ctx.state, id)) && !canReveal(ctx);
}

/**
 * "Some of my patients refuse to start insulin for years." right after telling the story in detail says
 * less than she just said: the summary, when it is all that is left and a detail has been said.
 */
export function summaryAfterDetail(ctx: ReplyCtx, m: Material): Variant | undefined {
  const next = m.variants.find((v) => !ctx.used.has(v.id));
  const isSummary = next?.id === `${m.id}:text`;
  const toldDetail = m.variants.some((v) => v.id.startsWith(`${m.id}:detail`) && ctx.used.has(v.id));
  return isSummary && toldDetail ? next : undefined;
}

/** Every variant of the material has been said: answering again would repeat a sentence. */
export const exhausted = (ctx: ReplyCtx, m: Material): boolean => m.variants.every((v) => ctx.used.has(v.id));

/** The first untouched priority the HCP has stated (or revealed): what they steer toward. */
export function focusPriority(s: Scenario, state: HcpState) {
  const stated = s.hcp.priorities.filter((p) => !p.hidden || state.revealed.includes(p.id));
  return stated.find((p) => state.touched[p.id] === undefined) ?? stated[0] ?? s.hcp.priorities[0];
}

/**
 * The HCP's own question steering to what it still wants to hear about, from the scenario (`asks`):
 * the focus priority first, then other priorities it has said, then its concerns; none once all are asked.
 */
export function steerQuestion(
  s: Scenario,
  state: HcpState,
  used: ReadonlySet<string>,
): { id: string; text: string } | undefined {
  const said = s.hcp.priorities.filter((p) => !p.hidden || state.revealed.includes(p.id));
  const focus = focusPriority(s, state);
  const order = [
    ...(focus ? [focus] : []),
    ...said.filter((p) => state.touched[p.id] === undefined),
    ...s.hcp.concerns,
  ];
  const next = order.find(
    (x) => x.asks !== undefined && !used.has(`${x.id}:asks`) && (x !== focus || said.includes(focus)),
  );
  return next?.asks === undefined ? undefined : { id: `${next.id}:asks`, text: next.asks };
}

export const focusTerm = (s: Scenario, state: HcpState): string => {
  const p = focusPriority(s, state);
  return p ? casedTerm(s, priorityPhrase(p)) : s.therapeuticArea.toLowerCase();
};

/** Priorities and concerns the rep's turn named: its question's topics first, then the rest of the turn. */
export const namedIds = (ctx: ReplyCtx): string[] => [
  ...new Set([
    ...(ctx.ev.askedAbout ?? []),
    ...Object.keys(ctx.ev.hits.priorities),
    ...Object.keys(ctx.ev.hits.concerns),
  ]),
];

/** Material the question is about: its terms first, then the last topic, then what the HCP cares about. */
export function answerTarget(ctx: ReplyCtx): Material | undefined {
  const { s, state, ev } = ctx;
  if (ev.question === undefined && !ev.agenda) return undefined;
  const reveal = canReveal(ctx);
  // Product facts are the rep's to tell: the HCP answers from its own priorities and concerns (issue 14).
  const id =
    namedIds(ctx).find((x) => !isHiddenFor(s, state, x) || reveal) ?? followUpId(ctx) ?? openAnswerId(ctx, reveal);
  const m = id === undefined ? undefined : materialById(s, id, ctx.depth);
  // An open question on a topic already said in full moves on to what the HCP has not said yet, unless
  // the question itself asked about that topic ("What happens when a patient hears the copay?").
  if (m !== undefined && exhausted(ctx, m) && ev.question === 'open' && !(ev.askedAbout ?? []).includes(m.id)) {
    const next = unsaidPriority(ctx, reveal);
    if (next !== undefined) return next;
  }
  return m;
}

/** A stated (or, when allowed, hidden) priority with something left to say. */
function unsaidPriority(ctx: ReplyCtx, reveal: boolean): Material | undefined {
  for (const p of ctx.s.hcp.priorities) {
    if (isHiddenFor(ctx.s, ctx.state, p.id) && !reveal) continue;
    const m = materialById(ctx.s, p.id, ctx.depth);
    if (m !== undefined && !exhausted(ctx, m)) return m;
  }
  return undefined;
}

/** "Say more about that": a follow-up on the HCP's own words continues the last topic while it has more to say. */
function followUpId(ctx: ReplyCtx): string | undefined {
  const last = ctx.state.lastRef;
  if (last === undefined || !(ctx.ev.hits.echoesHcp === true || ctx.ev.followUp === true)) return undefined;
  const m = materialById(ctx.s, last, ctx.depth);
  // A new question that only reuses one of her words ("…using their inhalers wrong?" after the
  // inhaler story) is no request for more: her summary of the story she told would not answer it.
  const more = m?.variants.filter((v) => !ctx.used.has(v.id)) ?? [];
  if (ctx.ev.followUp !== true && more.every((v) => v.id === `${last}:text`)) return undefined;
  return more.length > 0 ? last : undefined;
}

/** An open question or an agenda with no topic of its own: reveal a hidden priority if warm, else state the focus. */
function openAnswerId(ctx: ReplyCtx, reveal: boolean): string | undefined {
  // "Which of your patients are hardest?" invites what matters like an open question; yes/no and
  // how-many questions ask for one fact.
  if (ctx.ev.question === 'closed' && (ctx.ev.yesNo === true || ctx.ev.quantity === true)) return undefined;
  const hidden = ctx.s.hcp.priorities.find((p) => p.hidden && !ctx.state.revealed.includes(p.id));
  if (reveal && hidden) return hidden.id;
  return focusPriority(ctx.s, ctx.state)?.id;
}

/** How the HCP names a topic of its own: the priority's or concern's first term, as written. */
export function topicOf(ctx: ReplyCtx, id: string): string {
  // The rep's own word for it first: "what I know about copay", not "…about abandon".
  const theirs = ctx.ev.hits.priorities[id]?.[0] ?? ctx.ev.hits.concerns[id]?.[0];
  if (theirs !== undefined) return casedTerm(ctx.s, theirs);
  const item = [...ctx.s.hcp.priorities, ...ctx.s.hcp.concerns].find((x) => x.id === id);
  return item?.terms[0] === undefined ? 'that' : casedTerm(ctx.s, item.terms[0]);
}
