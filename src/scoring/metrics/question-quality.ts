// question_quality: purposeful open questions that build on what the HCP said, enough of them for
// the time the HCP gave; interrogation, off-topic questions and dodges count against.
import type { MetricResult } from '../../types.js';
import { hasAct, OBJECTION_ACTS, type TurnReading } from '../../understand/index.js';
import { component, ladder, metric, pct, turnList } from '../component.js';
import { evidenceOf, type Facts } from '../facts.js';

const asks = (t: TurnReading) => hasAct(t, 'open_question') || hasAct(t, 'closed_question');

type Grade = 'good' | 'ok' | 'poor' | 'logistics';

const HEARS = ['explore', 'acknowledge', 'paraphrase', 'answers_question'] as const;

/** Closed questions about the call itself: a step, leave, the agenda or the time ("Do you have thirty seconds?"). */
const LOGISTICS = [
  'next_step_specific',
  'next_step_vague',
  'commitment_request',
  'ownership',
  'purpose',
  'time_adapt',
] as const;

/**
 * A question that builds on what the HCP said (or probes a concern, or opens on a concrete situation) is good,
 * open or closed; an open question from nowhere is ok; a closed one from nowhere, a question tacked
 * onto a pitch or an argument, or one that dodges or drifts is poor. Scheduling and permission
 * questions ("Does Wednesday work?") are logistics, not discovery.
 */
function grade(t: TurnReading, first: boolean, before: TurnReading | undefined): Grade {
  const pushes = [
    'off_topic',
    'dodges_question',
    'generic_benefit',
    'feature_dump',
    'rebuttal',
    'misstated_recap',
    'parrot',
  ] as const;
  if (pushes.some((a) => hasAct(t, a))) return 'poor';
  const open = hasAct(t, 'open_question');
  // "What would it mean to you if…?" borrows the HCP's words to ask for a yes: it discovers nothing.
  if (!open && t.acts.some((a) => a.act === 'closed_question' && a.kind === 'leading')) return 'poor';
  // Asking about something else right after an objection steps around it; "How long does that take?" asks about it.
  const objected = before?.speaker === 'customer' && OBJECTION_ACTS.some((a) => hasAct(before, a));
  if (objected && !HEARS.some((a) => hasAct(t, a)) && t.buildsOn !== true) return 'poor';
  if (!open && LOGISTICS.some((a) => hasAct(t, a))) return 'logistics';
  // "So it's the two devices… Did I get that right?": checking a restatement builds on the HCP too.
  const builds = t.buildsOn === true || hasAct(t, 'explore') || hasAct(t, 'paraphrase');
  // An opener has nothing to build on yet: one set in a concrete situation is purposeful, a stock one ("What are your thoughts on…?") is not.
  if (builds || (open && first && t.anchored === true)) return 'good';
  return open ? 'ok' : 'poor';
}

/** The HCP gave only minutes (five or fewer, or no number at all) before the rep's second turn: one sharp question can be enough. */
function pressed(f: Facts): boolean {
  // A cue after the rep's only turn came too late to shape its questions.
  const second = f.rep[1]?.i ?? (f.rep[0]?.i ?? 0) + 1;
  return f.reading.timeline.cues.some(
    (q) =>
      q.kind === 'time_cue' &&
      q.turn < second &&
      (q.minutes === undefined || q.minutes <= f.rubric.cuts.question_quality.pressedMinutes),
  );
}

export function scoreQuestionQuality(f: Facts): MetricResult {
  const { rubric } = f;
  const w = rubric.metrics.question_quality.weights;
  const cut = rubric.cuts.question_quality;
  const all = f.rep.filter(asks);
  // The opener is the first real question: "Do you have thirty seconds?" before it opens nothing.
  let opened = false;
  const graded = all.map((t) => {
    const g = grade(t, !opened, f.reading.turns[t.i - 1]);
    opened ||= g !== 'logistics';
    return { t, g };
  });
  const asked = graded.filter((x) => x.g !== 'logistics').map((x) => x.t);
  if (asked.length === 0) {
    const none =
      all.length === 0
        ? 'the rep asked no questions: nothing was discovered'
        : 'the rep asked only about logistics (times, permission): nothing was discovered';
    return metric(
      rubric,
      'question_quality',
      (['depth', 'quality', 'focus'] as const).map((n) => component(n, w[n], 1, none)),
    );
  }
  const good = graded.filter((x) => x.g === 'good').map((x) => x.t);
  const ok = graded.filter((x) => x.g === 'ok').map((x) => x.t);
  const poor = graded.filter((x) => x.g === 'poor').map((x) => x.t);
  const expected = pressed(f) ? cut.expectedPressed : cut.expected;
  const depth = Math.min(1, good.length / Math.max(1, expected));
  const quality = (good.length + ok.length / 2) / asked.length;
  // Probing a concern ("Which plans are kicking them back?") invites the HCP to explain it, closed or not.
  const open = asked.some((t) => hasAct(t, 'open_question') || hasAct(t, 'explore'));
  const closedOnly = open
    ? ''
    : `; none was open or probed a concern, so nothing invited the HCP to explain: at most ${cut.withoutOpenCap}`;
  // One question that follows up, in a call that had room for three, began discovery and left it there.
  const oneFollowUp = good.length === 1 && expected > 1;
  const begun = oneFollowUp ? `; one follow-up where ${expected} were expected: at most ${cut.oneFollowUpCap}` : '';
  return metric(
    rubric,
    'question_quality',
    [
      component(
        'depth',
        w.depth,
        ladder(depth, cut.depth),
        `${good.length} question(s) that build on what the HCP said or probe a concern (${expected} expected in a call like this)${begun}`,
        [...evidenceOf(good, 'open_question'), ...evidenceOf(good, 'closed_question')],
      ),
      component(
        'quality',
        w.quality,
        ladder(quality, cut.quality),
        `${good.length} question turn(s) that build on the HCP and ${ok.length} open one(s) from nowhere, of ${asked.length} (${pct(quality)})${closedOnly}`,
        evidenceOf(ok, 'open_question'),
      ),
      component(
        'focus',
        w.focus,
        ladder(poor.length, cut.poor, true),
        poor.length === 0
          ? 'no off-topic, dodging or disconnected questions'
          : `${poor.length} question turn(s) that ignore what the HCP said, dodge, or drift off topic (${turnList(poor.map((t) => t.i))})`,
        [...evidenceOf(poor, 'closed_question'), ...evidenceOf(poor, 'open_question')],
      ),
    ],
    !open ? cut.withoutOpenCap : oneFollowUp ? cut.oneFollowUpCap : undefined,
  );
}
