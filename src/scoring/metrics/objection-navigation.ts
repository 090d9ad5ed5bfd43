// objection_navigation (optional): each objection heard (acknowledged, restated or explored) and then
// answered with substance; arguing or dismissing scores 1, ignoring it little more. n/a only when the
// HCP raised no objection.
import type { MetricResult } from '../../types.js';
import { hasAct, type Act, type TurnReading } from '../../understand/index.js';
import { component, ladder, metric, notApplicable, pct, round1 } from '../component.js';
import { evidenceOf, type Facts } from '../facts.js';
import type { Cuts } from '../rubric-schema.js';

const NAMES = ['handling', 'no_rebuttal'] as const;
const any = (t: TurnReading, acts: readonly Act[]) => acts.some((a) => hasAct(t, a));

/** Each HCP turn that objected, with the rep's next turn (an objection in the last turn had no reply). */
function moments(f: Facts): TurnReading[] {
  const turns = [...new Set(f.reading.timeline.objections.map((o) => o.turn))];
  return turns.flatMap((i) => {
    const rep = f.reading.turns[i + 1];
    return rep?.speaker === 'rep' ? [rep] : [];
  });
}

/**
 * One objection's handling, from the rep's next turn: arguing scores lowest, then misreading it,
 * ignoring it or pitching past it; a bare "I hear you" little more; hearing it out (restating or
 * exploring) and answering it with substance (an answer, a tie to their need, a concrete fix) most.
 */
function handling(t: TurnReading, cut: Cuts['objection_navigation']): number {
  if (hasAct(t, 'rebuttal')) return 1;
  if (any(t, ['misstated_recap', 'parrot'])) return cut.ignored;
  const heard = any(t, ['paraphrase', 'explore']);
  const ack = hasAct(t, 'acknowledge');
  const answered = any(t, ['answers_question', 'priority_link', 'simplify', 'ownership', 'next_step_specific']);
  const pitched = any(t, ['generic_benefit', 'feature_dump']) && !answered;
  if (heard) return answered || ack ? cut.heardAndAnswered : cut.heard;
  if (ack) return answered ? (cut.heard + cut.heardAndAnswered) / 2 : pitched ? cut.hollow - 0.5 : cut.hollow;
  return answered ? cut.answeredOnly : cut.ignored;
}

export function scoreObjectionNavigation(f: Facts): MetricResult {
  const { rubric } = f;
  const w = rubric.metrics.objection_navigation.weights;
  const cut = rubric.cuts.objection_navigation;
  const reps = moments(f);
  if (reps.length === 0) {
    const why = f.reading.timeline.objections.length === 0 ? 'n/a: the HCP raised no objection' : 'n/a: the only objection came in the last turn';
    return notApplicable(rubric, 'objection_navigation', NAMES, why);
  }
  const scores = reps.map((t) => handling(t, cut));
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const rebutted = reps.filter((t) => hasAct(t, 'rebuttal'));
  const heard = reps.filter((t) => any(t, ['acknowledge', 'paraphrase', 'explore']) && !hasAct(t, 'rebuttal'));
  const n = reps.length;
  return metric(rubric, 'objection_navigation', [
    component('handling', w.handling, mean, `${heard.length} of ${n} objections heard out (acknowledged, restated or explored); per objection: ${scores.map((x) => round1(x)).join(', ')}`, [...evidenceOf(heard, 'acknowledge'), ...evidenceOf(heard, 'explore')]),
    component('no_rebuttal', w.no_rebuttal, ladder((n - rebutted.length) / n, cut.calmShare), rebutted.length === 0 ? 'no objection was argued with or dismissed' : `${rebutted.length} of ${n} objections argued with or dismissed (${pct(rebutted.length / n)})`, evidenceOf(rebutted, 'rebuttal')),
  ]);
}
