// commitment_gaining: a specific next step the HCP agrees to and takes part in, with clear owners.
// A specific step left unanswered or agreed to only on a condition is mid; brushed off or declined, low.
import type { MetricResult } from '../../types.js';
import { hasAct, type AskThread } from '../../understand/index.js';
import { component, ladder, metric } from '../component.js';
import { evidenceOf, withAct, type Facts } from '../facts.js';

const ENDS = ['time_cue', 'declines', 'brush_off', 'disinterest_cue'] as const;

type Scored = keyof Facts['rubric']['cuts']['commitment_gaining']['outcome'];
/** How the asks ended; a no to the HCP's own part scores like a step left unanswered. */
type Outcome = Scored | 'ownPartDeclined';

const WHY: Record<Outcome, string> = {
  committed: 'the HCP agreed to a specific next step and took a part in it',
  agreed: 'the HCP agreed to a specific step, but only to receive something: nothing asked of them',
  conditional: 'the HCP agreed only on a condition',
  unanswered: 'a specific next step was proposed but the HCP never said yes',
  ownPartDeclined: "the HCP said no to their own part, and the rep's dated step stands without a yes",
  vagueAgreed: 'the HCP agreed, but to a vague follow-up',
  refused: 'the HCP brushed the ask off or declined it',
  vagueOnly: 'only a vague follow-up ("I\'ll swing by"), and no yes',
  none: 'no next step was proposed',
};

/** Whether the HCP's yes took part in the step ("I'll pick two patients", "Tuesday after two"), or said yes to doing it ("Would you start two patients?" "That works."). */
function committed(f: Facts, a: AskThread): boolean {
  const t = a.answer === undefined ? undefined : f.reading.turns[a.answer.turn];
  if (t?.acts.some((x) => x.act === 'agrees' && x.kind === 'committed') === true) return true;
  const asked =
    f.reading.turns[a.turn]?.acts.some((x) => x.act === 'commitment_request' && x.kind === 'theirs') === true;
  return asked && t?.acts.some((x) => x.act === 'agrees') === true;
}

/**
 * The last ask the HCP said no to asked them to act ("Would you be the sponsor?"), in a turn where the rep
 * took a dated step on, and the no pulled away from nothing else.
 */
function declinedOnlyTheirPart(f: Facts): boolean {
  const refused = f.reading.timeline.asks.filter((a) => a.answer?.act === 'declines').at(-1);
  const ask = refused === undefined ? undefined : f.reading.turns[refused.turn];
  const no = refused?.answer === undefined ? undefined : f.reading.turns[refused.answer.turn];
  // "No. I don't have time for this." turns the whole visit down, not only their part.
  if (ask === undefined || ENDS.some((a) => a !== 'declines' && hasAct(no, a))) return false;
  const theirs = ask.acts.some((x) => x.act === 'commitment_request' && x.kind === 'theirs');
  return theirs && hasAct(ask, 'next_step_specific') && hasAct(ask, 'ownership');
}

function outcomeOf(f: Facts): Outcome {
  const asks = f.reading.timeline.asks;
  const specific = withAct(f, 'next_step_specific').length > 0;
  const vague = withAct(f, 'next_step_vague').length > 0;
  const answers = asks.filter((a) => a.answer !== undefined).map((a) => a.answer!.act);
  const last = answers[answers.length - 1];
  // An ask made after the HCP already ended the call ("I think we're done here") was never open.
  const lastHcp = f.hcp[f.hcp.length - 1];
  const afterTheEnd =
    lastHcp !== undefined &&
    asks.length > 0 &&
    asks.every((a) => a.turn > lastHcp.i) &&
    ENDS.some((a) => hasAct(lastHcp, a));
  if (answers.length === 0 && afterTheEnd) return specific ? 'refused' : 'vagueOnly';
  // A later brush-off or no undoes an earlier maybe; only a yes stands. A no to doing something
  // themselves ("Would you sponsor it?" "Not me.") leaves the rep's own dated step standing, unanswered.
  if (!answers.includes('agrees') && (last === 'brush_off' || last === 'declines'))
    return !specific ? 'vagueOnly' : declinedOnlyTheirPart(f) ? 'ownPartDeclined' : 'refused';
  // The yes counts for the step it answered: agreeing to "check back in two weeks" after a brushed-off
  // summary is agreeing to a vague follow-up. The rep may pin the step down right after the yes.
  // The HCP may pin it down herself: "Sounds good. Bring the enrollment form next month and walk my MA through it."
  const yesToSpecific = asks.some(
    (a) =>
      a.answer?.act === 'agrees' &&
      ([a.turn, a.answer.turn + 1].some((i) => hasAct(f.reading.turns[i], 'next_step_specific')) ||
        f.reading.turns[a.answer.turn]?.acts.some((x) => x.act === 'agrees' && x.kind === 'committed') === true),
  );
  if (answers.includes('agrees')) {
    const takesPart = asks.some((a) => a.answer?.act === 'agrees' && committed(f, a));
    // "Okay, useful." to being sent the terms, then "Sure. Whenever." to the follow-up: the call ends on the
    // brush-off, and a yes only to receive something does not outlast it.
    if ((last === 'brush_off' || last === 'declines') && !takesPart) return specific ? 'refused' : 'vagueOnly';
    return !yesToSpecific ? 'vagueAgreed' : takesPart ? 'committed' : 'agreed';
  }
  if (answers.includes('conditional') && specific) return 'conditional';
  if (answers.some((a) => a === 'brush_off' || a === 'declines')) return specific ? 'refused' : 'vagueOnly';
  if (specific) return 'unanswered';
  return vague || asks.length > 0 ? 'vagueOnly' : 'none';
}

export function scoreCommitment(f: Facts): MetricResult {
  const { rubric } = f;
  const w = rubric.metrics.commitment_gaining.weights;
  const cut = rubric.cuts.commitment_gaining;
  const outcome = outcomeOf(f);
  const steps = [...withAct(f, 'next_step_specific'), ...withAct(f, 'next_step_vague')];
  const answers = f.reading.timeline.asks
    .filter((a) => a.answer !== undefined)
    .map((a) => ({ turn: a.answer!.turn, quote: f.turns[a.answer!.turn]?.text.slice(0, 80) ?? '' }));
  const owned = withAct(f, 'ownership');
  return metric(rubric, 'commitment_gaining', [
    component('outcome', w.outcome, cut.outcome[outcome === 'ownPartDeclined' ? 'unanswered' : outcome], WHY[outcome], [
      ...evidenceOf(steps, 'next_step_specific'),
      ...evidenceOf(steps, 'next_step_vague'),
      ...answers,
    ]),
    component(
      'ownership',
      w.ownership,
      ladder(owned.length, cut.ownership),
      `${owned.length} turn(s) say who will do what`,
      evidenceOf(owned, 'ownership'),
    ),
  ]);
}
