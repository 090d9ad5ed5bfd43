// conversation_control_structure: an agenda around the HCP early, the HCP's time respected, a recap
// of what the HCP said, and a close the HCP signs up to (not one they shut down).
import type { MetricResult } from '../../types.js';
import { hasAct } from '../../understand/index.js';
import { component, ladder, metric, pct } from '../component.js';
import { evidenceOf, withAct, type Facts } from '../facts.js';

type Closing = 'agreed' | 'proposed' | 'none' | 'shutDown';

const CLOSING_WHY: Record<Closing, string> = {
  agreed: 'the call closed on a plan the HCP agreed to',
  proposed: 'the call closed on a proposal the HCP had not yet agreed to',
  none: 'the call ended with no plan',
  shutDown: 'the HCP shut the call down (brushed off, declined or left)',
};

/** How the last exchanges went: the HCP's final answers decide. */
function closingOf(f: Facts): Closing {
  const lastHcp = f.hcp.slice(-2);
  const asks = f.reading.timeline.asks;
  const agreed = asks.some((a) => a.answer?.act === 'agrees');
  const shut = lastHcp.some((t) => hasAct(t, 'brush_off') || hasAct(t, 'declines'));
  if (shut && !agreed) return 'shutDown';
  if (agreed) return 'agreed';
  return asks.length > 0 ? 'proposed' : 'none';
}

export function scoreConversationControl(f: Facts): MetricResult {
  const { rubric } = f;
  const w = rubric.metrics.conversation_control_structure.weights;
  const cut = rubric.cuts.conversation_control_structure;
  const purpose = withAct(f, 'purpose');
  const agenda = purpose.filter((t) => t.acts.some((a) => a.act === 'purpose' && a.kind === 'agenda'));
  const transitions = withAct(f, 'transition');
  const recaps = withAct(f, 'recap');
  const real = recaps.filter((t) => t.acts.some((a) => a.act === 'recap' && a.kind === 'theirs'));
  const misstated = withAct(f, 'misstated_recap');
  const timeCues = f.reading.timeline.cues.filter((q) => q.kind === 'time_cue' && q.response !== undefined);
  const adapted = timeCues.filter((q) => q.adaptedBy !== undefined);
  const timeShare = timeCues.length === 0 ? null : adapted.length / timeCues.length;
  const recap = real.length > 0 ? 5 : recaps.length > 0 ? cut.weakRecap : misstated.length > 0 ? 1.5 : cut.noRecap;
  const recapWhy =
    real.length > 0
      ? "recapped the HCP's own points before closing"
      : recaps.length > 0
        ? "the recap repeated the rep's talking points or the HCP's words, not what was learned"
        : misstated.length > 0
          ? 'the recap got what the HCP said wrong'
          : 'no recap of what was learned or agreed';
  const closing = closingOf(f);
  // With no agenda, no recap and no time respected there is no structure to credit (docs/scoring.md: low).
  const shown = agenda.length > 0 || real.length > 0 || adapted.length > 0 || transitions.length > 0;
  return metric(
    rubric,
    'conversation_control_structure',
    [
      component(
        'purpose',
        w.purpose,
        agenda.length > 0 ? 5 : purpose.length > 0 ? cut.pitchPurpose : cut.noPurpose,
        agenda.length > 0
          ? 'set an agenda around the HCP early'
          : purpose.length > 0
            ? 'the only purpose given was to pitch ("I want to tell you about…")'
            : 'never said why they were there or proposed an agenda',
        evidenceOf(purpose, 'purpose'),
      ),
      component(
        'time_management',
        w.time_management,
        timeShare === null ? null : ladder(timeShare, cut.adaptedShare),
        timeShare === null
          ? 'the HCP gave no time signal'
          : `${adapted.length} of ${timeCues.length} time signals met by shortening, asking or wrapping up (${pct(timeShare)})`,
        timeCues.map((q) => ({ turn: q.turn, quote: f.turns[q.turn]?.text.slice(0, 80) ?? '' })),
      ),
      component('recap', w.recap, recap, recapWhy, [
        ...evidenceOf(recaps, 'recap'),
        ...evidenceOf(misstated, 'misstated_recap'),
      ]),
      component(
        'closing',
        w.closing,
        cut.closing[closing],
        CLOSING_WHY[closing],
        f.hcp.slice(-1).map((t) => ({ turn: t.i, quote: f.turns[t.i]?.text.slice(0, 80) ?? '' })),
      ),
      // A call that never changes topic needs no signpost: only signposts given are scored.
      component(
        'transitions',
        w.transitions,
        transitions.length === 0 ? null : ladder(transitions.length, cut.transitions),
        transitions.length === 0
          ? 'no signposted move to a new topic'
          : `${transitions.length} signposted move(s) to a new topic`,
        evidenceOf(transitions, 'transition'),
      ),
    ],
    shown ? undefined : cut.noStructureCap,
  );
}
