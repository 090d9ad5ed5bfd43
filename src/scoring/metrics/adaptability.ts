// adaptability (optional): after each HCP cue, the rep's next turn adapts (shortens when rushed,
// simplifies when confused, acknowledges feeling, re-engages). n/a without a cue to adapt to.
import type { MetricResult } from '../../types.js';
import { hasAct, type CueAct, type TurnReading } from '../../understand/index.js';
import { component, ladder, metric, notApplicable, pct } from '../component.js';
import type { Facts } from '../facts.js';

const KINDS: readonly [CueAct, 'time_cues' | 'confusion_cues' | 'emotion_cues' | 'disinterest_cues', string][] = [
  ['time_cue', 'time_cues', 'time signals'],
  ['confusion_cue', 'confusion_cues', 'signs of confusion'],
  ['emotion_cue', 'emotion_cues', 'feelings shown'],
  ['disinterest_cue', 'disinterest_cues', 'signs of disinterest'],
];

/** Pushback is a change of direction: the rep adapts by hearing it out, not by arguing or pitching on. */
function pushback(f: Facts): MetricResult['components'][number] | undefined {
  const w = f.rubric.metrics.adaptability.weights;
  // A change of direction: staying with what works, the same objection raised again, or "the real issue is…".
  const times = new Map<string, number>();
  for (const o of f.reading.timeline.objections) times.set(o.kind, (times.get(o.kind) ?? 0) + 1);
  const pivots = (o: { turn: number; kind: string }) =>
    f.reading.turns[o.turn]?.acts.some((a) => a.act === o.kind && a.kind === 'pivot') === true;
  const redirects = f.reading.timeline.objections.filter(
    (o) => o.kind === 'objection_status_quo' || times.get(o.kind)! >= 2 || pivots(o),
  );
  // The rep who sets its own topic aside for what she just raised ("The formulary can wait.") follows her
  // change of direction, pushback or not.
  const turns = new Set(redirects.map((o) => o.turn + 1));
  for (const t of f.reading.turns) if (t.shelves !== undefined) turns.add(t.i);
  const moments = [...turns]
    .sort((a, b) => a - b)
    .map((i) => f.reading.turns[i])
    .filter((rep): rep is TurnReading => rep?.speaker === 'rep');
  if (moments.length === 0) return undefined;
  const adapted = moments.filter(
    (t) =>
      t.shelves !== undefined ||
      (['acknowledge', 'explore', 'paraphrase', 'answers_question', 'recap', 'time_adapt'].some((a) =>
        hasAct(t, a as 'explore'),
      ) &&
        !['rebuttal', 'feature_dump', 'generic_benefit'].some((a) => hasAct(t, a as 'rebuttal'))),
  );
  const share = adapted.length / moments.length;
  const adaptedSet = new Set(adapted);
  const missed = moments
    .filter((t) => !adaptedSet.has(t))
    .map((t) => ({ turn: t.i, quote: f.turns[t.i]?.text.slice(0, 80) ?? '' }));
  return component(
    'pushback',
    w.pushback,
    ladder(share, f.rubric.cuts.adaptability.adaptedShare),
    `${adapted.length} of ${moments.length} pushbacks and changes of direction met by hearing the HCP out instead of pitching on (${pct(share)})`,
    missed,
  );
}

export function scoreAdaptability(f: Facts): MetricResult {
  const { rubric } = f;
  const w = rubric.metrics.adaptability.weights;
  const cut = rubric.cuts.adaptability;
  const cues = f.reading.timeline.cues.filter((q) => q.response !== undefined);
  const push = pushback(f);
  if (cues.length === 0 && push === undefined) {
    const why =
      f.reading.timeline.cues.length === 0
        ? 'n/a: the HCP gave no cue to adapt to'
        : 'n/a: the only cue came in the last turn';
    return notApplicable(rubric, 'adaptability', [...KINDS.map(([, n]) => n), 'pushback'], why);
  }
  return metric(rubric, 'adaptability', [
    ...KINDS.map(([kind, name, label]) => {
      const of = cues.filter((q) => q.kind === kind);
      if (of.length === 0) return component(name, w[name], null, `no ${label}`);
      const adapted = of.filter((q) => q.adaptedBy !== undefined);
      const share = adapted.length / of.length;
      const missed = of.filter((q) => q.adaptedBy === undefined);
      const evidence = missed.map((q) => ({ turn: q.response!, quote: f.turns[q.response!]?.text.slice(0, 80) ?? '' }));
      return component(
        name,
        w[name],
        ladder(share, cut.adaptedShare),
        `${adapted.length} of ${of.length} ${label} met by an adapted next turn (${pct(share)})`,
        evidence,
      );
    }),
    push ?? component('pushback', w.pushback, null, 'no pushback'),
  ]);
}
