// customer_engagement_signals: how the HCP engaged because of the rep: turns that share, ask, agree or
// volunteer detail, and where the HCP was at the end; brush-offs, refusals and clipped, distracted
// replies count against. Talk share alone proves nothing (venting is not engagement).
import type { MetricResult } from '../../types.js';
import { hasAct, OBJECTION_ACTS, type Act, type ActReading, type TurnReading } from '../../understand/index.js';
import { component, ladder, metric, pct } from '../component.js';
import { evidenceOf, evidenceOfEach, type Facts } from '../facts.js';
import { scoreListening } from './listening.js';

const PULLING_AWAY: readonly Act[] = ['brush_off', 'declines', 'disinterest_cue'];
const any = (t: TurnReading, acts: readonly Act[]) => acts.some((a) => hasAct(t, a));

type Ending = 'committed' | 'agreed' | 'neutral' | 'pulledAway';

const ENDING_WHY: Record<Ending, string> = {
  committed: 'the HCP ended the call taking part in a next step',
  agreed: 'the HCP ended the call agreeing',
  neutral: 'the HCP ended the call neither agreeing nor pulling away',
  pulledAway: 'the HCP ended the call brushing the rep off, refusing or disengaged',
};

/** A brush-off or a no that answered one of the rep's asks, not an aside on the way out. */
function refusedAsk(f: Facts, t: TurnReading): boolean {
  return f.reading.timeline.asks.some(
    (a) => a.answer?.turn === t.i && (a.answer.act === 'brush_off' || a.answer.act === 'declines'),
  );
}

function endingOf(f: Facts): Ending {
  const last = f.hcp.slice(-3);
  if (last.length === 0) return 'neutral';
  const final = last[last.length - 1]!;
  const yes: ActReading[] = [];
  for (const t of last) for (const a of t.acts) if (a.act === 'agrees') yes.push(a);
  // A yes in the last exchanges stands, even if the HCP waves off an aside on the way out.
  if (yes.some((a) => a.kind === 'committed')) return 'committed';
  if (yes.length > 0) return 'agreed';
  if (hasAct(final, 'disinterest_cue') || last.slice(-2).some((t) => refusedAsk(f, t))) return 'pulledAway';
  return last.some((t) => hasAct(t, 'conditional')) ? 'agreed' : 'neutral';
}

/** The HCP's share of all words spoken (1 when nobody spoke, so an empty call is not a monologue). */
function talkShare(f: Facts): number {
  const sum = (ts: readonly TurnReading[]) => ts.reduce((n, t) => n + t.words, 0);
  const hcp = sum(f.hcp);
  const all = hcp + sum(f.rep);
  return all === 0 ? 1 : hcp / all;
}

export function scoreEngagement(f: Facts): MetricResult {
  const { rubric } = f;
  const w = rubric.metrics.customer_engagement_signals.weights;
  const cut = rubric.cuts.customer_engagement_signals;
  const hcp = f.hcp;
  const cold = hcp.filter((t) => any(t, PULLING_AWAY));
  // Pushback and time pressure are not engagement, even at length; sharing, asking and agreeing are.
  // Pushback with specifics ("half my patients are on Medicare, the copay…") is the HCP leaning in; a curt no is not.
  const resisting = (t: TurnReading) =>
    any(t, OBJECTION_ACTS) && !any(t, ['asks_question', 'agrees', 'conditional']) && t.words < cut.engagedWords;
  // Engagement is "because of the rep": a reply to gibberish or small talk ("Sorry?") earns nothing.
  const afterSubstance = (t: TurnReading) => {
    const before = f.reading.turns[t.i - 1];
    return before === undefined || before.speaker !== 'rep' || !any(before, ['no_content', 'off_topic']);
  };
  const engaged = hcp.filter(
    (t) =>
      !any(t, PULLING_AWAY) &&
      !resisting(t) &&
      afterSubstance(t) &&
      any(t, ['shares_need', 'asks_question', 'agrees', 'conditional']),
  );
  // Trainers score how engaged the HCP *became*: turn k weighs k + 1, so the opening disposition counts least.
  const engagedSet = new Set(engaged);
  const total = (hcp.length * (hcp.length + 1)) / 2;
  const share = hcp.length === 0 ? 0 : hcp.reduce((sum, t, k) => sum + (engagedSet.has(t) ? k + 1 : 0), 0) / total;
  const ending = endingOf(f);
  // LABELS.md: talk share is one input. An HCP who says under a fifth of the words listened to a monologue.
  const talk = talkShare(f);
  const monologue = talk < cut.monologueShare;
  const talkWhy = monologue
    ? `; the HCP said only ${pct(talk)} of the words, so engagement is at most ${cut.monologueCap}`
    : '';
  const build = (why: string, cap?: number) =>
    metric(
      rubric,
      'customer_engagement_signals',
      [
        component(
          'engaged_turns',
          w.engaged_turns,
          ladder(share, cut.engagedShare),
          `the HCP shared, asked, agreed or volunteered detail in ${engaged.length} of ${hcp.length} turns (${pct(share)}, later turns weighing more)${why}`,
          [
            ...evidenceOf(engaged, 'shares_need'),
            ...evidenceOf(engaged, 'asks_question'),
            ...evidenceOf(engaged, 'agrees'),
          ],
        ),
        component(
          'ending',
          w.ending,
          cut.ending[ending],
          ENDING_WHY[ending],
          hcp.slice(-1).map((t) => ({ turn: t.i, quote: f.turns[t.i]?.text.slice(0, 80) ?? '' })),
        ),
        component(
          'disengagement',
          w.disengagement,
          ladder(cold.length, cut.disengaged, true),
          cold.length === 0
            ? 'no brush-offs, refusals or clipped replies'
            : `${cold.length} turn(s) where the HCP brushed off, refused or disengaged`,
          evidenceOfEach(cold, PULLING_AWAY),
        ),
      ],
      cap,
    );
  if (monologue) return build(talkWhy, cut.monologueCap);
  const result = build('');
  // Engagement "because of the rep": an HCP who opened up to a rep who did not listen brought that openness along.
  const unheard = (scoreListening(f).score ?? 0) < rubric.overall.midMin;
  if (!unheard || (result.score ?? 0) <= cut.unheardCap) return result;
  return build(
    `; the rep's listening was weak, so the HCP's openness was not drawn out by the rep: at most ${cut.unheardCap}`,
    cut.unheardCap,
  );
}
