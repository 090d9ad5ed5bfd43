// Each objection and the rep's reply to it, scored: one reading of "was it heard out" for the
// objection_navigation metric and the feedback's Outcome, so the two never disagree.
import { hasAct, type Act, type Reading, type TurnReading } from '../understand/index.js';
import type { Cuts } from './rubric-schema.js';

type Cut = Cuts['objection_navigation'];
const any = (t: TurnReading, acts: readonly Act[]) => acts.some((a) => hasAct(t, a));

export interface ObjectionReply {
  /** The rep's turn after the objection. */
  rep: TurnReading;
  score: number;
  /** Heard out (acknowledged, restated, explored, or for a time limit adapted to) and not argued with. */
  heard: boolean;
}

/**
 * The HCP's first turn pushing back on the meeting itself ("four minutes, and that's generous", "she's
 * not seeing anyone today"): trainers handle it as a time objection. Met when the rep's next turn adapts.
 * A budget granted with a yes ("Sure, I've got ten minutes") is a cue to respect, but pushes nothing back.
 */
function openingPushback(reading: Reading, cut: Cut): { rep: TurnReading; score: number } | undefined {
  const first = reading.turns.find((t) => t.speaker === 'customer');
  const rep = first === undefined ? undefined : reading.turns[first.i + 1];
  if (first === undefined || rep?.speaker !== 'rep' || !(hasAct(first, 'time_cue') || hasAct(first, 'declines')))
    return undefined;
  if (hasAct(first, 'agrees') && !hasAct(first, 'declines')) return undefined;
  if (reading.timeline.objections.some((o) => o.turn === first.i)) return undefined;
  const adapted = reading.timeline.cues.some(
    (q) => q.turn === first.i && q.kind === 'time_cue' && q.adaptedBy !== undefined,
  );
  const score = hasAct(rep, 'rebuttal')
    ? 1
    : adapted
      ? cut.heardAndAnswered
      : hasAct(rep, 'acknowledge')
        ? cut.hollow
        : cut.ignored;
  return { rep, score };
}

/**
 * One objection's handling, from the rep's next turn: arguing scores lowest, then misreading it,
 * ignoring it or pitching past it; a bare "I hear you" little more; hearing it out (restating or
 * exploring) and answering it with substance (an answer, a tie to their need, a concrete fix) most.
 */
function handling(t: TurnReading, cut: Cut): number {
  if (hasAct(t, 'rebuttal')) return 1;
  if (any(t, ['misstated_recap', 'parrot'])) return cut.ignored;
  const ack = hasAct(t, 'acknowledge');
  // "That's a fair challenge… What would meaningful change look like for your patients?": granting it, then asking on it, explores it.
  const heard = any(t, ['paraphrase', 'explore']) || (ack && hasAct(t, 'open_question') && t.buildsOn === true);
  // A feature dump answers nothing, whatever point of the objection one of its items touches.
  const answered =
    !hasAct(t, 'feature_dump') &&
    any(t, ['answers_question', 'priority_link', 'simplify', 'ownership', 'next_step_specific']);
  const pitched = any(t, ['generic_benefit', 'feature_dump']) && !answered;
  if (heard) return answered || ack ? cut.heardAndAnswered : cut.heard;
  if (ack) return answered ? (cut.heard + cut.heardAndAnswered) / 2 : pitched ? cut.hollow - 0.5 : cut.hollow;
  return answered ? cut.answeredOnly : cut.ignored;
}

/** Every objection that got a rep reply (one in the last turn had none), in turn order, scored. */
export function objectionReplies(reading: Reading, cut: Cut): ObjectionReply[] {
  const opening = openingPushback(reading, cut);
  const turns = [...new Set(reading.timeline.objections.map((o) => o.turn))];
  const rest = turns
    .map((i) => reading.turns[i + 1])
    .filter((rep): rep is TurnReading => rep?.speaker === 'rep')
    .map((rep) => ({ rep, score: handling(rep, cut) }));
  // Plain objects, no spread and no flatMap: this runs for every scorecard and feedback.
  return [...(opening ? [opening] : []), ...rest].map(({ rep, score }) => ({
    rep,
    score,
    heard: score >= cut.heard && !hasAct(rep, 'rebuttal'),
  }));
}
