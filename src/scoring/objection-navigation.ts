// objection_navigation (optional): acknowledge before responding, explore the concern, stay calm.
import type { ComponentResult, MetricResult } from '../types.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { component, metric, ratioComponent } from './component.js';
import type { Observation } from './component.js';
import type { ObjectionKind } from './rubric-schema.js';
import { agreementRow, asksAbout, firstRebuttal, firstRow, genuineRow, hasHit, partition, rebuts, repAfter, replyTo } from './observe.js';

/** Objection kinds a customer turn voices (status quo, cost, access, time, evidence, safety). */
export function objectionKinds(conv: Conversation, t: TurnInfo): readonly ObjectionKind[] {
  const { list, objectionLists, objectionKinds: byMask } = conv.c;
  let mask = 0;
  for (let k = 0; k < objectionLists.length; k++) if (hasHit(t, objectionLists[k]!)) mask |= 1 << k;
  // Confusion comes first: "is this the same as what we already use?" asks, it does not object;
  // and "Tuesday works, send me the copay details" agrees.
  if (mask === 0 || hasHit(t, list.confusionCue)) return byMask[0]!;
  if (agreementRow(conv, t) !== -1 && !hasHit(t, list.concern)) return byMask[0]!;
  return byMask[mask]!;
}

/**
 * Objection turns, one per episode: a customer pressing the same objection again continues it.
 * `kindsAt[i]`: the kinds customer turn i voices.
 */
function objectionEpisodes(conv: Conversation): { episodes: TurnInfo[]; kindsAt: (readonly ObjectionKind[])[] } {
  const kindsAt = new Array<readonly ObjectionKind[]>(conv.turns.length);
  const episodes: TurnInfo[] = [];
  for (const t of conv.customerTurns) {
    const kinds = (kindsAt[t.index] = objectionKinds(conv, t));
    if (kinds.length === 0) continue;
    const prev = conv.prevCustomer[t.index]!;
    if (prev === -1 || !kindsAt[prev]!.some((k) => kinds.includes(k))) episodes.push(t);
  }
  return { episodes, kindsAt };
}

/** The reply acknowledges before any "but/however/actually". */
function acknowledgesFirst(conv: Conversation, t: TurnInfo): Observation | undefined {
  const reply = replyTo(conv, t.index)!;
  const ack = genuineRow(conv, reply, conv.c.list.acknowledgment);
  if (ack === -1) return undefined;
  const rebuttal = firstRebuttal(conv, reply);
  const starts = reply.table.hitStart.data;
  return rebuttal === -1 || starts[ack]! < starts[rebuttal]! ? { turn: reply.index, phrase: reply.table.phraseOf(ack) } : undefined;
}

/**
 * A question about the objection (its words, its kind, "tell me more") within the window; a
 * question that ignores it ("what else takes your time?" after "no more time") explores nothing.
 */
function explores(conv: Conversation, t: TurnInfo, kinds: readonly ObjectionKind[]): Observation | undefined {
  const { c } = conv;
  const isAbout = (r: TurnInfo) =>
    hasHit(r, c.list.followUp) || asksAbout(conv, r, t) || kinds.some((k) => hasHit(r, c.objection[k]));
  const asked = repAfter(conv, t.index, c.rubric.params.exploreWindowRepTurns, (r) => r.asksDiscovery && isAbout(r));
  if (asked === undefined) return undefined;
  const follow = firstRow(asked, c.list.followUp);
  return { turn: asked.index, phrase: follow === -1 ? undefined : asked.table.phraseOf(follow) };
}

function staysCalm(conv: Conversation, t: TurnInfo): Observation | undefined {
  const reply = replyTo(conv, t.index)!;
  const steady = firstRow(reply, conv.c.list.steadying);
  if (steady !== -1) return { turn: reply.index, phrase: reply.table.phraseOf(steady) };
  return rebuts(conv, reply) ? undefined : { turn: reply.index, phrase: undefined };
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
  const raised: ObjectionKind[] = [];
  for (const t of answered) for (const k of kindsAt[t.index]!) if (!raised.includes(k)) raised.push(k);
  const none = 'the customer raised no objection';
  return metric(c.rubric, 'objection_navigation', [
    ratioComponent(conv, {
      name: 'acknowledge_before_response', weight: weights.acknowledge_before_response, ...partition(answered, (t) => acknowledgesFirst(conv, t)),
      ladder: th.acknowledgeBeforeResponse, what: `objections (${raised.join(', ')}) were acknowledged before any "but/however/actually"`,
      none, missLabel: 'not acknowledged after',
    }),
    ratioComponent(conv, {
      name: 'explore_underlying_concern', weight: weights.explore_underlying_concern,
      ...partition(answered, (t) => explores(conv, t, kindsAt[t.index]!)), ladder: th.exploreUnderlyingConcern,
      what: `objections were explored with a question within ${p.exploreWindowRepTurns} rep turns`, none, missLabel: 'not explored after',
    }),
    ratioComponent(conv, {
      name: 'calm_demeanor', weight: weights.calm_demeanor, ...partition(answered, (t) => staysCalm(conv, t)), ladder: th.calmDemeanor,
      what: 'replies to objections stayed calm (no rebuttal, or steadying language)', none, missLabel: 'rebutted after',
    }),
  ]);
}
