// listening_responsiveness: restating the customer, acknowledging concerns, picking up new information.
import type { MetricResult } from '../types.js';
import { repTurnsAfter } from './analyze.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { metric, ratioComponent } from './component.js';
import type { Observation } from './component.js';
import { echoes, firstHit, genuineAck, hasHit, partition, replyTo } from './observe.js';

/** A customer turn voicing a concern: a concern phrase or any objection. */
export function isConcern(conv: Conversation, t: TurnInfo): boolean {
  const { list, objection } = conv.c;
  return hasHit(t, list.concern) || (!hasHit(t, list.confusionCue) && Object.values(objection).some((id) => hasHit(t, id)));
}

/** Partition customer turns by what the rep's next turn does; turns with no reply are skipped. */
function byReply(
  conv: Conversation,
  customerTurns: readonly TurnInfo[],
  judge: (reply: TurnInfo, said: TurnInfo) => Observation | undefined,
) {
  const answered = customerTurns.filter((t) => replyTo(conv, t.index));
  return partition(answered, (t) => judge(replyTo(conv, t.index)!, t));
}

/** Restates the customer: a paraphrase phrase or enough of their words, never a verbatim copy. */
function restates(conv: Conversation, reply: TurnInfo, said: TurnInfo): Observation | undefined {
  const phrase = firstHit(reply, conv.c.list.paraphrase)?.phrase;
  if (!phrase && conv.marks.overlap(said.stems, reply.stems) < conv.c.rubric.params.paraphraseOverlap) return undefined;
  return echoes(reply) ? undefined : { turn: reply.index, phrase };
}

/** One of the next rep turns reuses a word the customer said first (echoes do not count). */
function picksUp(conv: Conversation, t: TurnInfo): Observation | undefined {
  const later = repTurnsAfter(conv, t.index, conv.c.rubric.params.adjustmentWindowRepTurns);
  conv.marks.markOnly(conv.newStems[t.index]!);
  const picked = later.find((r) => !echoes(r) && r.stems.some((s) => conv.marks.has(s)));
  return picked ? { turn: picked.index } : undefined;
}

export function scoreListeningResponsiveness(conv: Conversation): MetricResult {
  const { c, turns } = conv;
  const { params: p, thresholds: th } = c.rubric;
  const weights = c.rubric.metrics.listening_responsiveness.weights;
  const customer = conv.customerTurns;

  const substantive = customer.filter((t) => t.stems.length >= p.minContentWordsToParaphrase);
  const paraphrased = byReply(conv, substantive, (reply, said) => restates(conv, reply, said));
  const acknowledged = byReply(conv, customer.filter((t) => isConcern(conv, t)), (reply) => {
    const ack = genuineAck(conv, reply);
    return ack ? { turn: reply.index, phrase: ack.phrase } : undefined;
  });
  const informative = customer.filter((t) => conv.newStems[t.index] !== undefined && conv.nextRep[t.index] !== -1);
  const adjusted = partition(informative, (t) => picksUp(conv, t));

  return metric(c.rubric, 'listening_responsiveness', [
    ratioComponent(conv, {
      name: 'paraphrasing', weight: weights.paraphrasing, ...paraphrased, ladder: th.paraphrasing,
      what: 'substantive customer turns were restated in the reply (verbatim echoes do not count)',
      none: 'no substantive customer turn got a rep reply', missLabel: 'not restated after',
    }),
    ratioComponent(conv, {
      name: 'acknowledgment_of_concerns', weight: weights.acknowledgment_of_concerns, ...acknowledged,
      ladder: th.acknowledgmentOfConcerns, what: 'customer concerns were acknowledged in the next rep turn',
      none: 'the customer raised no concern', missLabel: 'unacknowledged after',
    }),
    ratioComponent(conv, {
      name: 'adjustment_to_new_info', weight: weights.adjustment_to_new_info, ...adjusted,
      ladder: th.adjustmentToNewInfo,
      what: `customer turns with new information were picked up within ${p.adjustmentWindowRepTurns} rep turns`,
      none: 'the customer brought no new information before a rep turn', missLabel: 'ignored after',
    }),
  ]);
}
