// listening_responsiveness: restating the customer, acknowledging concerns, picking up new information.
import type { MetricResult } from '../types.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { metric, ratioComponent } from './component.js';
import type { Observation } from './component.js';
import { echoes, firstHit, genuineAck, hasHit, overlap, partition, repAfter, replyTo } from './observe.js';

/** A customer turn voicing a concern: a concern phrase or any objection. */
export function isConcern(conv: Conversation, t: TurnInfo): boolean {
  const { list } = conv.c;
  return hasHit(t, list.concern) || (!hasHit(t, list.confusionCue) && conv.c.objectionLists.some((id) => hasHit(t, id)));
}

/** Partition the customer turns `keep` selects by what the rep's next turn does; turns with no reply are skipped. */
function byReply(
  conv: Conversation,
  keep: (t: TurnInfo) => boolean,
  judge: (reply: TurnInfo, said: TurnInfo) => Observation | undefined,
) {
  return partition(conv.customerTurns, (t) => {
    const reply = keep(t) ? replyTo(conv, t.index) : undefined;
    return reply === undefined ? null : judge(reply, t);
  });
}

/** Restates the customer: a paraphrase phrase or enough of their words, never a verbatim copy. */
function restates(conv: Conversation, reply: TurnInfo, said: TurnInfo): Observation | undefined {
  const phrase = firstHit(reply, conv.c.list.paraphrase)?.phrase;
  if (!phrase && overlap(conv, said, reply) < conv.c.rubric.params.paraphraseOverlap) return undefined;
  return echoes(reply) ? undefined : { turn: reply.index, phrase };
}

/** One of the next rep turns reuses a word the customer said first (echoes do not count). */
function picksUp(conv: Conversation, t: TurnInfo): Observation | undefined {
  conv.marks.markOnly(conv.newStems[t.index]!);
  const { stems, stemsAt } = conv.table;
  const reuses = (r: TurnInfo) => !echoes(r) && conv.marks.anyMarked(stems.data, stemsAt[r.index]!, stemsAt[r.index + 1]!);
  const picked = repAfter(conv, t.index, conv.c.rubric.params.adjustmentWindowRepTurns, reuses);
  return picked ? { turn: picked.index } : undefined;
}

export function scoreListeningResponsiveness(conv: Conversation): MetricResult {
  const { c } = conv;
  const { params: p, thresholds: th } = c.rubric;
  const weights = c.rubric.metrics.listening_responsiveness.weights;

  const substantive = (t: TurnInfo) => t.stemCount >= p.minContentWordsToParaphrase;
  const paraphrased = byReply(conv, substantive, (reply, said) => restates(conv, reply, said));
  const acknowledged = byReply(conv, (t) => isConcern(conv, t), (reply) => {
    const ack = genuineAck(conv, reply);
    return ack ? { turn: reply.index, phrase: ack.phrase } : undefined;
  });
  // Customer turns with new information and a rep turn after them.
  const adjusted = partition(conv.customerTurns, (t) =>
    conv.newStems[t.index] !== undefined && conv.nextRep[t.index] !== -1 ? picksUp(conv, t) : null,
  );

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
