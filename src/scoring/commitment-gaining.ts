// commitment_gaining: a specific next step, the customer's agreement to it, and who does what.
import type { ComponentResult, MetricResult } from '../types.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { allSome, component, metric, Moves, stepScore } from './component.js';
import type { Observation } from './component.js';
import { agreementRow, anyHit, anyRow, firstHit, hasHit, namesATime, partition } from './observe.js';

/**
 * The customer's agreement in one of their next `agreementWindowTurns` turns after rep turn t
 * (a clarifying question before "that works" still counts).
 */
function agreementAfter(conv: Conversation, t: TurnInfo): Observation | undefined {
  let left = conv.c.rubric.params.agreementWindowTurns;
  for (let j = t.index + 1; j < conv.turns.length && left > 0; j++) {
    const u = conv.turns[j]!;
    if (u.speaker !== 'customer') continue;
    left--;
    const row = agreementRow(conv, u);
    if (row !== -1) return { turn: j, phrase: u.table.phraseOf(row) };
  }
  return undefined;
}

/**
 * Judges the next step the call settles on: the most specific one the customer agreed to, or
 * else the rep's last one (a concrete ask that stalls into "I'll follow up" is vague).
 */
function nextStepSpecificity(conv: Conversation, rep: readonly TurnInfo[], weight: number): ComponentResult {
  const { list } = conv.c;
  const s = conv.c.rubric.thresholds.nextStepSpecificity;
  const loose = [list.vagueNextStep, list.commitmentRequest, list.ownership];
  const steps = rep.filter((t) => hasHit(t, list.concreteNextStep) || anyRow(t, loose) !== -1);
  if (steps.length === 0) return component(conv, 'next_step_specificity', weight, s.none, 'the rep proposed no next step');
  const isSpecific = (t: TurnInfo) => hasHit(t, list.concreteNextStep) || namesATime(conv, t);
  const agreed = steps.filter((t) => agreementAfter(conv, t));
  const chosen = agreed.find(isSpecific) ?? agreed[agreed.length - 1] ?? steps[steps.length - 1]!;
  const how = agreed.length > 0 ? 'agreed' : 'last proposed';
  const phrase = (firstHit(chosen, list.concreteNextStep) ?? anyHit(chosen, loose))?.phrase;
  if (isSpecific(chosen)) {
    return component(conv, 'next_step_specificity', weight, s.specific, `${how} next step names a day, time or concrete action`, [{ turn: chosen.index, phrase }]);
  }
  return component(conv, 'next_step_specificity', weight, s.vague, `${how} next step is vague (no day, time or concrete action)`, [{ turn: chosen.index, phrase }]);
}

function mutualAgreement(conv: Conversation, rep: readonly TurnInfo[], weight: number): ComponentResult {
  const { list } = conv.c;
  const window = conv.c.rubric.params.agreementWindowTurns;
  // A proposal: a concrete next step, a vague one with a time, or a commitment request that is
  // asked, names a step, or names a time.
  const isProposal = (t: TurnInfo) =>
    hasHit(t, list.concreteNextStep) ||
    (hasHit(t, list.vagueNextStep) && namesATime(conv, t)) ||
    (hasHit(t, list.commitmentRequest) && (t.isQuestion || hasHit(t, list.forwardLooking) || namesATime(conv, t)));
  // The customer must have had a chance to answer: a closing line nobody replies to is not a miss.
  const answered = (t: TurnInfo) => conv.turns[t.index + 1]?.speaker === 'customer';
  const proposals = rep.filter((t) => isProposal(t) && answered(t));
  if (proposals.length === 0) return component(conv, 'mutual_agreement', weight, null, 'the rep proposed no next step the customer could answer');
  const agreed = partition(proposals, (t) => agreementAfter(conv, t));
  const score = allSome(agreed.hitCount, proposals.length, conv.c.rubric.thresholds.mutualAgreement);
  const rationale = `the customer agreed to ${agreed.hitCount} of ${proposals.length} proposals within their next ${window} turns`;
  return component(conv, 'mutual_agreement', weight, score, rationale, agreed.hits);
}

function ownershipClarity(conv: Conversation, rep: readonly TurnInfo[], weight: number): ComponentResult {
  const owned = new Moves();
  const ownership = conv.c.list.ownership;
  for (const t of rep) {
    if (!hasHit(t, ownership)) continue;
    for (let k = t.hitFrom; k < t.hitTo; k++) if (t.table.hitList.data[k] === ownership) owned.add(t.index, t.table.phraseOf(k));
  }
  const score = stepScore(owned.count, conv.c.rubric.thresholds.ownershipClarity);
  const rationale = `${owned.count} statement${owned.count === 1 ? '' : 's'} of who does what ("I'll send", "you'll review")`;
  return component(conv, 'ownership_clarity', weight, score, rationale, owned.kept);
}

export function scoreCommitmentGaining(conv: Conversation): MetricResult {
  const rep = conv.repTurns;
  const weights = conv.c.rubric.metrics.commitment_gaining.weights;
  return metric(conv.c.rubric, 'commitment_gaining', [
    nextStepSpecificity(conv, rep, weights.next_step_specificity),
    mutualAgreement(conv, rep, weights.mutual_agreement),
    ownershipClarity(conv, rep, weights.ownership_clarity),
  ]);
}
