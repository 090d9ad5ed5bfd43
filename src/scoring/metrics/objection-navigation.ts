// objection_navigation (optional): each objection heard (acknowledged, restated or explored) and then
// answered with substance; arguing or dismissing scores 1, ignoring it little more. An opening push
// back on the meeting itself (a time limit, "not today") counts as a time objection. n/a only when
// the HCP raised no objection.
import type { MetricResult } from '../../types.js';
import { hasAct } from '../../understand/index.js';
import { component, ladder, metric, notApplicable, pct, round1 } from '../component.js';
import { evidenceOf, type Facts } from '../facts.js';
import { objectionReplies } from '../objection-replies.js';

const NAMES = ['handling', 'no_rebuttal'] as const;

export function scoreObjectionNavigation(f: Facts): MetricResult {
  const { rubric } = f;
  const w = rubric.metrics.objection_navigation.weights;
  const cut = rubric.cuts.objection_navigation;
  const replies = objectionReplies(f.reading, cut);
  const reps = replies.map((x) => x.rep);
  if (reps.length === 0) {
    const why =
      f.reading.timeline.objections.length === 0
        ? 'n/a: the HCP raised no objection'
        : 'n/a: the only objection came in the last turn';
    return notApplicable(rubric, 'objection_navigation', NAMES, why);
  }
  const scores = replies.map((x) => x.score);
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const rebutted = reps.filter((t) => hasAct(t, 'rebuttal'));
  const heard = replies.filter((x) => x.heard).map((x) => x.rep);
  const n = reps.length;
  return metric(rubric, 'objection_navigation', [
    component(
      'handling',
      w.handling,
      mean,
      `${heard.length} of ${n} objections heard out (acknowledged, restated, explored or, for a time limit, adapted to); per objection: ${scores.map((x) => round1(x)).join(', ')}`,
      [...evidenceOf(heard, 'acknowledge'), ...evidenceOf(heard, 'explore'), ...evidenceOf(heard, 'time_adapt')],
    ),
    component(
      'no_rebuttal',
      w.no_rebuttal,
      ladder((n - rebutted.length) / n, cut.calmShare),
      rebutted.length === 0
        ? 'no objection was argued with or dismissed'
        : `${rebutted.length} of ${n} objections argued with or dismissed (${pct(rebutted.length / n)})`,
      evidenceOf(rebutted, 'rebuttal'),
    ),
  ]);
}
