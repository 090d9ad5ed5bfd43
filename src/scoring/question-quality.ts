// question_quality: open questions, questions on the customer's goals, logical sequence, follow-ups.
import type { MetricResult } from '../types.js';
import { reusedGoalWords } from './analyze.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { metric, ratioComponent } from './component.js';
import type { Observation } from './component.js';
import { firstHit, hasHit, mutualOverlap, partition } from './observe.js';

/**
 * The customer turn a rep question answers: the turn just before it. A time cue or an exit line
 * is logistics, not content to build on (adaptability judges those).
 */
function answered(conv: Conversation, t: TurnInfo): TurnInfo | undefined {
  const prev = t.index > 0 ? conv.turns[t.index - 1] : undefined;
  const { timeCue, energyDrop } = conv.c.list;
  if (prev?.speaker !== 'customer' || hasHit(prev, timeCue) || hasHit(prev, energyDrop)) return undefined;
  return prev;
}

/** A topic jump: little shared with the customer's turn and no bridge ("got it", "building on that"). */
function jumps(conv: Conversation, t: TurnInfo): Observation | undefined {
  if (hasHit(t, conv.c.list.bridges) || mutualOverlap(conv, t, answered(conv, t)!) >= conv.c.rubric.params.topicJumpOverlap) return undefined;
  return { turn: t.index };
}

/** Builds on the customer's turn: shares enough of it, or says "you mentioned", "say more about". */
function followsUp(conv: Conversation, t: TurnInfo): Observation | undefined {
  const phrase = firstHit(t, conv.c.list.followUp)?.phrase;
  if (phrase || mutualOverlap(conv, t, answered(conv, t)!) >= conv.c.rubric.params.followUpOverlap) return { turn: t.index, phrase };
  return undefined;
}

export function scoreQuestionQuality(conv: Conversation): MetricResult {
  const { c } = conv;
  const { params: p, thresholds: th } = c.rubric;
  const weights = c.rubric.metrics.question_quality.weights;
  // Commitment requests and check-ins ("does Tuesday work?") are closing moves, not discovery.
  const questions = conv.repTurns.filter((t) => t.asksDiscovery);
  const afterGoals = questions.filter((t) => conv.goalsKnown[t.index] === 1);
  const afterAnswers = questions.filter((t) => answered(conv, t) !== undefined);
  // Sequencing is judged on questions: a rep who asks none has no question sequence (defect 2).
  const afterContent = afterAnswers.filter((t) => answered(conv, t)!.stemCount >= p.minContentWordsForJump && t.stemCount > 0);
  const jumped = partition(afterContent, (t) => jumps(conv, t));
  return metric(c.rubric, 'question_quality', [
    ratioComponent(conv, {
      name: 'open_closed_ratio', weight: weights.open_closed_ratio, ...partition(questions, (t) => (t.isOpenQuestion ? { turn: t.index } : undefined)),
      ladder: th.openClosedRatio, what: 'rep questions are open (how/what/why/tell me)', none: 'the rep asked no discovery questions', missLabel: 'closed at',
    }),
    ratioComponent(conv, {
      name: 'relevance_to_goals', weight: weights.relevance_to_goals, ...partition(afterGoals, (t) => (conv.goalReuse[t.index] ? { turn: t.index } : undefined)),
      ladder: th.relevanceToGoals, what: `rep questions reuse the customer's goal words${reusedGoalWords(conv, afterGoals)}`, none: 'no rep question came after the customer named a goal',
    }),
    ratioComponent(conv, {
      name: 'sequencing_logic', weight: weights.sequencing_logic, ...jumped, ladder: th.topicJumpRate, lowerIsBetter: true,
      what: 'rep questions jump topic with no bridge (lower is better)', none: 'no rep question answered a substantive customer turn',
    }),
    ratioComponent(conv, {
      name: 'follow_up_depth', weight: weights.follow_up_depth, ...partition(afterAnswers, (t) => followsUp(conv, t)), ladder: th.followUpDepth,
      what: "rep questions build on the customer's previous turn", none: 'no rep question followed a customer turn',
    }),
  ]);
}
