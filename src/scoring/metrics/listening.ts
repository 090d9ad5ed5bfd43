// listening_responsiveness: each thing the HCP shared, raised or asked is heard in the rep's next
// turn (restated, acknowledged, explored, answered, built on); parrots, misstated recaps, rebuttals
// and dodges count against. No sign of listening is low.
import type { MetricResult } from '../../types.js';
import { hasAct, OBJECTION_ACTS, type Act, type TurnReading } from '../../understand/index.js';
import { component, ladder, metric, pct } from '../component.js';
import { evidenceOf, evidenceOfEach, type Facts } from '../facts.js';

const SAYS_SOMETHING: readonly Act[] = [
  'shares_need',
  'asks_question',
  'time_cue',
  'emotion_cue',
  'confusion_cue',
  'disinterest_cue',
  'conditional',
  'declines',
  ...OBJECTION_ACTS,
];
const HEARD: readonly Act[] = ['paraphrase', 'explore', 'answers_question', 'priority_link', 'simplify'];
const MISSTEPS: readonly Act[] = [
  'parrot',
  'misstated_recap',
  'rebuttal',
  'dodges_question',
  'no_content',
  'off_topic',
  'feature_dump',
];

/** A recap of the HCP's points; "So: better efficacy, simple dosing, affordable." sums up the rep's own pitch. */
const recapsTheirs = (t: TurnReading) => t.acts.some((a) => a.act === 'recap' && a.kind === 'theirs');

/** A sign of listening in the rep's next turn; "I hear you" only counts when something follows from it. */
const heardIn = (t: TurnReading) =>
  (HEARD.some((a) => hasAct(t, a)) ||
    recapsTheirs(t) ||
    t.buildsOn === true ||
    (hasAct(t, 'acknowledge') && !hasAct(t, 'transition'))) &&
  !MISSTEPS.some((a) => hasAct(t, a));

/**
 * The HCP's next turn corrects the rep ("I just said that"), or is still lost after saying it was lost
 * ("You lost me." … "I still don't follow."): the turn between missed what was said, whatever it answered.
 */
function corrected(f: Facts, t: TurnReading): boolean {
  const next = f.reading.turns[t.i + 1];
  if (next?.acts.some((a) => a.act === 'emotion_cue' && a.kind === 'correction') === true) return true;
  return hasAct(f.reading.turns[t.i - 1], 'confusion_cue') && hasAct(next, 'confusion_cue');
}

const scored = new WeakMap<Facts, MetricResult>();

/** Listening for one transcript's facts, worked out once: engagement reads it too (unheardCap). */
export function scoreListening(f: Facts): MetricResult {
  let m = scored.get(f);
  if (m === undefined) scored.set(f, (m = listeningOf(f)));
  return m;
}

function listeningOf(f: Facts): MetricResult {
  const { rubric } = f;
  const w = rubric.metrics.listening_responsiveness.weights;
  const cut = rubric.cuts.listening_responsiveness;
  // The rep turns right after the HCP said something (a loop: flatMap cost more than the metric).
  const moments: TurnReading[] = [];
  for (const t of f.hcp) {
    const next = f.reading.turns[t.i + 1];
    if (next?.speaker === 'rep' && SAYS_SOMETHING.some((a) => hasAct(t, a))) moments.push(next);
  }
  // A feeling shown and passed over ("We lost a teenager on Sunday." → "So, are most of them on a steroid?")
  // was not heard, however well the next question builds on the HCP's words.
  const passed = new Set(
    f.reading.timeline.cues.filter((q) => q.kind === 'emotion_cue' && q.adaptedBy === undefined).map((q) => q.response),
  );
  const passedOver = (t: TurnReading) => passed.has(t.i);
  const heard = moments.filter((t) => heardIn(t) && !corrected(f, t) && !passedOver(t));
  const share = moments.length === 0 ? 0 : heard.length / moments.length;
  const restated = f.rep.filter((t) => hasAct(t, 'paraphrase') || recapsTheirs(t));
  // Walking past an objection is a misstep too: the concern was said, and nothing shows it landed.
  const objected = (t: TurnReading) => OBJECTION_ACTS.some((a) => hasAct(f.reading.turns[t.i - 1] ?? t, a));
  const ignored = moments.filter((t) => (objected(t) && !heardIn(t)) || passedOver(t));
  const wasIgnored = new Set(ignored);
  const missteps = f.rep.filter((t) => MISSTEPS.some((a) => hasAct(t, a)) || corrected(f, t) || wasIgnored.has(t));
  const weight = missteps.reduce((n, t) => n + (hasAct(t, 'misstated_recap') ? 2 : 1), 0);
  // Restating the HCP back word for word, or wrongly, more than once: the rep kept showing it had not taken it in.
  const misheard = f.rep.filter((t) => hasAct(t, 'parrot') || hasAct(t, 'misstated_recap')).length;
  const mishearing = misheard >= cut.misheard;
  return metric(
    rubric,
    'listening_responsiveness',
    [
      component(
        'heard',
        w.heard,
        ladder(share, cut.heardShare),
        moments.length === 0
          ? 'the HCP never said anything the rep had to respond to'
          : `${heard.length} of ${moments.length} HCP turns answered with a sign of listening (${pct(share)})`,
        evidenceOfEach(heard, HEARD),
      ),
      component(
        'restating',
        w.restating,
        ladder(restated.length, cut.restatements),
        `${restated.length} accurate restatement(s) of what the HCP said${mishearing ? `; ${misheard} parroted or misstated, so listening is at most ${cut.misheardCap}` : ''}`,
        [...evidenceOf(restated, 'paraphrase'), ...evidenceOf(restated, 'recap')],
      ),
      component(
        'missteps',
        w.missteps,
        ladder(weight, cut.missteps, true),
        missteps.length === 0
          ? 'no parroting, misstated recap, rebuttal, dodge, feature dump or ignored objection'
          : `${missteps.length} turn(s) that show the rep was not listening: ${[
              ...new Set([
                ...missteps.flatMap((t) => MISSTEPS.filter((a) => hasAct(t, a))),
                ...(ignored.some(objected) ? ['ignored objection'] : []),
                ...(ignored.some(passedOver) ? ['passed over a feeling'] : []),
              ]),
            ]
              .join(', ')
              .replace(/_/g, ' ')}`,
        [
          ...evidenceOfEach(missteps, MISSTEPS),
          ...ignored.map((t) => ({ turn: t.i, quote: f.turns[t.i]?.text.slice(0, 80) ?? '' })),
        ],
      ),
    ],
    mishearing ? cut.misheardCap : undefined,
  );
}
