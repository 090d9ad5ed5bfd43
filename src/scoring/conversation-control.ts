// conversation_control_structure: purpose set early, explicit transitions, respect for time, a recap.
import type { ComponentResult, MetricResult } from '../types.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { allSome, component, metric, Moves, pct } from './component.js';
import { anyHit, firstHit, firstRow, hasHit, isShorter, namesATime, partition, replyTo } from './observe.js';

function purposeSetting(conv: Conversation, rep: readonly TurnInfo[], weight: number): ComponentResult {
  const s = conv.c.rubric.thresholds.purposeSetting;
  const at = rep.findIndex((t) => hasHit(t, conv.c.list.purpose));
  if (at === -1) return component(conv, 'purpose_setting', weight, s.never, 'the rep never stated a purpose or agenda');
  const t = rep[at]!;
  const early = at < s.withinRepTurns;
  const rationale = `purpose stated in rep turn ${at + 1}${early ? ` (within the first ${s.withinRepTurns})` : ', late'}`;
  return component(conv, 'purpose_setting', weight, early ? s.early : s.late, rationale, [{ turn: t.index, phrase: firstHit(t, conv.c.list.purpose)!.phrase }]);
}

function topicManagement(conv: Conversation, rep: readonly TurnInfo[], weight: number): ComponentResult {
  const s = conv.c.rubric.thresholds.topicManagement;
  const moves = new Moves();
  for (const t of rep) {
    const row = firstRow(t, conv.c.list.transition);
    if (row !== -1) moves.add(t.index, t.table.phraseOf(row));
  }
  const share = moves.count / rep.length;
  const score = moves.count === 0 ? s.none : (s.steps.find(([min]) => share >= min - 1e-9)?.[1] ?? s.any);
  return component(conv, 'topic_management', weight, score, `${moves.count} of ${rep.length} rep turns use an explicit transition (${pct(share)})`, moves.kept);
}

function timeManagement(conv: Conversation, weight: number): ComponentResult {
  const { list } = conv.c;
  const closing = [list.concreteNextStep, list.vagueNextStep, list.commitmentRequest, list.summary];
  // Only time cues the rep answered are judged.
  const adapted = partition(conv.customerTurns, (t) => {
    const reply = hasHit(t, list.timeCue) ? replyTo(conv, t.index) : undefined;
    if (reply === undefined) return null;
    const hit = anyHit(reply, closing);
    return hit || (isShorter(conv, reply) && !reply.asksDiscovery) ? { turn: reply.index, phrase: hit?.phrase } : undefined;
  });
  const cues = adapted.hitCount + adapted.missCount;
  if (cues === 0) return component(conv, 'time_management', weight, null, 'the customer gave no time cue');
  const score = allSome(adapted.hitCount, cues, conv.c.rubric.thresholds.timeManagement);
  const rationale = `the rep adapted (shorter turn or a next step) to ${adapted.hitCount} of ${cues} time cues`;
  return component(conv, 'time_management', weight, score, rationale, adapted.hits);
}

function summarizing(conv: Conversation, rep: readonly TurnInfo[], weight: number): ComponentResult {
  const { list } = conv.c;
  const s = conv.c.rubric.thresholds.summarizing;
  const tail = rep.slice(-s.withinLastRepTurns);
  // "I'll check back sometime" is not a next step: a vague one counts only with a day or time.
  const lists = [list.summary, list.concreteNextStep];
  const found = tail.find((t) => anyHit(t, lists) || (hasHit(t, list.vagueNextStep) && namesATime(conv, t)));
  if (!found) return component(conv, 'summarizing', weight, s.absent, `no recap or next step in the last ${tail.length} rep turns`);
  return component(conv, 'summarizing', weight, s.present, `recap or next step in the last ${s.withinLastRepTurns} rep turns`, [
    { turn: found.index, phrase: (anyHit(found, lists) ?? firstHit(found, list.vagueNextStep))!.phrase },
  ]);
}

export function scoreConversationControl(conv: Conversation): MetricResult {
  const rep = conv.repTurns;
  const weights = conv.c.rubric.metrics.conversation_control_structure.weights;
  return metric(conv.c.rubric, 'conversation_control_structure', [
    purposeSetting(conv, rep, weights.purpose_setting),
    topicManagement(conv, rep, weights.topic_management),
    timeManagement(conv, weights.time_management),
    summarizing(conv, rep, weights.summarizing),
  ]);
}
