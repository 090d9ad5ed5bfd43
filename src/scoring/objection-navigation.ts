// objection_navigation (optional): acknowledge before responding, explore the concern, stay calm.
import type { ComponentResult, MetricResult } from '../types.js';
import { repTurnsAfter } from './analyze.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { component, metric, ratioComponent } from './component.js';
import type { Observation } from './component.js';
import type { ObjectionKind } from './rubric-schema.js';
import { agreement, asksAbout, firstHit, genuineAck, hasHit, partition, rebuts, rebuttalsOf, replyTo } from './observe.js';

/** Objection kinds a customer turn voices (status quo, cost, access, time, evidence, safety). */
export function objectionKinds(conv: Conversation, t: TurnInfo): ObjectionKind[] {
  const { list } = conv.c;
  // Confusion comes first: "is this the same as what we already use?" asks, it does not object;
  // and "Tuesday works, send me the copay details" agrees.
  if (hasHit(t, list.confusionCue)) return [];
  if (agreement(conv, t) && !hasHit(t, list.concern)) return [];
  return (Object.entries(conv.c.objection) as [ObjectionKind, number][]).filter(([, id]) => hasHit(t, id)).map(([k]) => k);
}

/** Objection turns, one per episode: a customer pressing the same objection again continues it. */
function objectionEpisodes(conv: Conversation): { episodes: TurnInfo[]; kindsAt: Map<number, ObjectionKind[]> } {
  const kindsAt = new Map<number, ObjectionKind[]>();
  for (const i of conv.customer) kindsAt.set(i, objectionKinds(conv, conv.turns[i]!));
  const continues = (i: number) => {
    const prev = conv.prevCustomer[i]!;
    return prev !== -1 && kindsAt.get(prev)!.some((k) => kindsAt.get(i)!.includes(k));
  };
  const episodes = conv.customer.filter((i) => kindsAt.get(i)!.length > 0 && !continues(i)).map((i) => conv.turns[i]!);
  return { episodes, kindsAt };
}

/** The reply acknowledges before any "but/however/actually". */
function acknowledgesFirst(conv: Conversation, t: TurnInfo): Observation | undefined {
  const reply = replyTo(conv, t.index)!;
  const ack = genuineAck(conv, reply);
  const rebuttal = rebuttalsOf(conv, reply)[0];
  return ack && (!rebuttal || ack.start < rebuttal.start) ? { turn: reply.index, phrase: ack.phrase } : undefined;
}

/**
 * A question about the objection (its words, its kind, "tell me more") within the window; a
 * question that ignores it ("what else takes your time?" after "no more time") explores nothing.
 */
function explores(conv: Conversation, t: TurnInfo, kinds: readonly ObjectionKind[]): Observation | undefined {
  const { c } = conv;
  const isAbout = (r: TurnInfo) =>
    hasHit(r, c.list.followUp) || asksAbout(conv, r, t) || kinds.some((k) => hasHit(r, c.objection[k]));
  const asked = repTurnsAfter(conv, t.index, c.rubric.params.exploreWindowRepTurns).find((r) => r.asksDiscovery && isAbout(r));
  return asked ? { turn: asked.index, phrase: firstHit(asked, c.list.followUp)?.phrase } : undefined;
}

function staysCalm(conv: Conversation, t: TurnInfo): Observation | undefined {
  const reply = replyTo(conv, t.index)!;
  const steady = firstHit(reply, conv.c.list.steadying);
  return steady || !rebuts(conv, reply) ? { turn: reply.index, phrase: steady?.phrase } : undefined;
}

function notApplicable(conv: Conversation, why: string): MetricResult {
  const weights = conv.c.rubric.metrics.objection_navigation.weights;
  const names = Object.keys(weights) as (keyof typeof weights)[];
  return metric(conv.c.rubric, 'objection_navigation', names.map((name): ComponentResult => component(conv, name, weights[name], null, why)));
}

export function scoreObjectionNavigation(conv: Conversation): MetricResult {
  const { c } = conv;
  const { params: p, thresholds: th } = c.rubric;
  const weights = c.rubric.metrics.objection_navigation.weights;
  const { episodes, kindsAt } = objectionEpisodes(conv);
  const answered = episodes.filter((t) => replyTo(conv, t.index));
  if (answered.length === 0) {
    return notApplicable(conv, episodes.length === 0 ? 'the customer raised no objection' : 'no rep turn followed the objection');
  }
  const raised = [...new Set(answered.flatMap((t) => kindsAt.get(t.index)!))].join(', ');
  const none = 'the customer raised no objection';
  return metric(c.rubric, 'objection_navigation', [
    ratioComponent(conv, {
      name: 'acknowledge_before_response', weight: weights.acknowledge_before_response, ...partition(answered, (t) => acknowledgesFirst(conv, t)),
      ladder: th.acknowledgeBeforeResponse, what: `objections (${raised}) were acknowledged before any "but/however/actually"`,
      none, missLabel: 'not acknowledged after',
    }),
    ratioComponent(conv, {
      name: 'explore_underlying_concern', weight: weights.explore_underlying_concern,
      ...partition(answered, (t) => explores(conv, t, kindsAt.get(t.index)!)), ladder: th.exploreUnderlyingConcern,
      what: `objections were explored with a question within ${p.exploreWindowRepTurns} rep turns`, none, missLabel: 'not explored after',
    }),
    ratioComponent(conv, {
      name: 'calm_demeanor', weight: weights.calm_demeanor, ...partition(answered, (t) => staysCalm(conv, t)), ladder: th.calmDemeanor,
      what: 'replies to objections stayed calm (no rebuttal, or steadying language)', none, missLabel: 'rebutted after',
    }),
  ]);
}
