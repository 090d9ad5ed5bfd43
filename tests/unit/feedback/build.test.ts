// buildFeedback: every section from the scorecard, the transcript and the HCP's history (docs/hcp.md "End feedback").
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFeedback } from '../../../src/feedback/index.js';
import type { Scenario } from '../../../src/scenario/index.js';
import {
  SIX_CARD,
  SIX_HISTORY,
  SIX_STATE,
  SIX_TURNS,
  aMetric,
  aScorecard,
  aComponent,
  aState,
  anEntry,
  ev,
  hcp,
  loadScenario,
  rep,
  sixTurnInput,
} from './fixtures.js';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadScenario();
});

describe('outcome', () => {
  it('reports the end reason, final openness and mood, and priorities and objections as counts', () => {
    expect(buildFeedback(sixTurnInput(scenario)).outcome).toEqual({
      endReason: 'commitment',
      openness: 8,
      mood: 'open',
      prioritiesTouched: { touched: 1, total: 3 },
      objections: { raised: 1, resolved: 0, total: 1 },
    });
  });

  it.each([
    {
      name: 'an explicit end reason wins over the HCP state',
      endReason: 'time-out' as const,
      ending: undefined,
      out: 'time-out',
    },
    {
      name: "the HCP's ending is used when none is passed",
      endReason: undefined,
      ending: { reason: 'walk-out' as const, atRepTurn: 3, final: true },
      out: 'walk-out',
    },
    { name: 'no reason anywhere means the rep ended it', endReason: undefined, ending: undefined, out: 'rep-ended' },
  ])('$name', ({ endReason, ending, out }) => {
    const hcpState = aState(ending === undefined ? {} : { ending });
    const input = sixTurnInput(scenario, { hcpState, ...(endReason === undefined ? {} : { endReason }) });
    expect(buildFeedback(input).outcome.endReason).toBe(out);
  });
});

describe("through the HCP's eyes", () => {
  it('starts the sparkline at the openness before the first turn, then one value per rep turn', () => {
    expect(buildFeedback(sixTurnInput(scenario)).hcpView.sparkline).toEqual([5, 6, 4, 3, 6, 8, 8]);
  });

  it('marks the biggest rise and the biggest drop on the right turns', () => {
    const marks = buildFeedback(sixTurnInput(scenario)).hcpView.turns.map((t) => [t.repTurn, t.marker]);
    expect(marks).toEqual([
      [1, undefined],
      [2, 'biggest-drop'],
      [3, undefined],
      [4, 'biggest-rise'],
      [5, undefined],
      [6, undefined],
    ]);
  });

  it.each([
    { name: 'the first of equal rises is the one marked', deltas: [2, 2, -1], rise: 1, drop: 3 },
    { name: 'no rise is marked when openness only fell', deltas: [-1, -2, 0], rise: undefined, drop: 2 },
    { name: 'no drop is marked when openness never fell', deltas: [1, 0, 1], rise: 1, drop: undefined },
  ])('$name', ({ deltas, rise, drop }) => {
    let o = 5;
    const history = deltas.map((d, i) => anEntry(i + 1, d, (o += d)));
    const turns = buildFeedback(sixTurnInput(scenario, { hcpState: aState({ history }) })).hcpView.turns;
    expect(turns.find((t) => t.marker === 'biggest-rise')?.repTurn).toBe(rise);
    expect(turns.find((t) => t.marker === 'biggest-drop')?.repTurn).toBe(drop);
  });

  it("quotes each rep turn with its acts, delta, openness and the HCP's first-person line", () => {
    const t = buildFeedback(sixTurnInput(scenario)).hcpView.turns[1]!;
    expect(t).toMatchObject({
      repTurn: 2,
      acts: ['feature_dump'],
      delta: -2,
      openness: 4,
      voice: 'A list of features; I tuned out',
    });
    expect(t.quote.startsWith('Normavyn combines an ARB')).toBe(true);
  });

  it('finds rep turn k by counting speakers when the transcript does not alternate', () => {
    const turns = [hcp('Hello.'), hcp('*looks up* Yes?'), rep('First.'), rep('Second.'), hcp('Hm.'), rep('Third.')];
    const history = [anEntry(1, 1, 6), anEntry(2, 1, 7), anEntry(3, -1, 6)];
    const view = buildFeedback(sixTurnInput(scenario, { turns, hcpState: aState({ history }) })).hcpView;
    expect(view.turns.map((t) => t.quote)).toEqual(['First.', 'Second.', 'Third.']);
  });
});

describe('strengths', () => {
  it('names only metrics at 3.5 or more, each with the turn of that kind that raised openness most', () => {
    const { strengths } = buildFeedback(sixTurnInput(scenario));
    expect(strengths.map((s) => [s.metricId, s.score, s.turn])).toEqual([
      ['commitment_gaining', 4.3, 5],
      ['question_quality', 3.8, 4],
    ]);
    expect(strengths[1]!.quote).toMatch(/^That's a fair concern\./);
    expect(strengths[1]!.why).toBe('My openness went 3 → 6 (+3): "You took my concern about cost seriously"');
  });

  it.each([
    {
      name: 'no metric at 3.5 gives the "no strengths yet" note and no praise',
      card: aScorecard([aMetric('question_quality', 3.4, [aComponent({ evidence: [ev(7)] })])]),
      note: 'No strengths yet: no metric reached 3.5 (Strong).',
    },
    {
      name: 'a strong metric whose turns never raised openness is not a strength',
      card: aScorecard([aMetric('commitment_gaining', 4.5, [aComponent({ evidence: [ev(11)] })])]),
      history: SIX_HISTORY.map((h) => ({ ...h, delta: h.repTurn === 5 ? 0 : h.delta })),
      note: "No strengths yet: Commitment Gaining reached 3.5, but no turn of that kind raised the HCP's openness.",
    },
  ])('$name', ({ card, history, note }) => {
    const hcpState = history === undefined ? SIX_STATE : aState({ history });
    const fb = buildFeedback(sixTurnInput(scenario, { scorecard: card, hcpState }));
    expect(fb.strengths).toEqual([]);
    expect(fb.noStrengthsNote).toBe(note);
  });

  it('leaves the note out when there are strengths', () => {
    expect(buildFeedback(sixTurnInput(scenario)).noStrengthsNote).toBeUndefined();
  });

  it('prefers a turn the HCP read as that kind of act over one the scorer quoted in passing', () => {
    // Evidence at index 3 is rep turn 2 (+1 here); rep turn 6 is a commitment request that raised openness by 1.
    const card = aScorecard([aMetric('commitment_gaining', 4, [aComponent({ evidence: [ev(3)] })])]);
    const history = SIX_HISTORY.map((h) => ({ ...h, delta: h.repTurn === 2 || h.repTurn === 6 ? 1 : 0 }));
    const fb = buildFeedback(sixTurnInput(scenario, { scorecard: card, hcpState: aState({ history }) }));
    expect(fb.strengths.map((s) => s.turn)).toEqual([6]);
  });

  it('never praises a turn the scorer merely quoted: the turn must do the good thing itself (issue 15)', () => {
    const card = aScorecard([aMetric('customer_engagement_signals', 4, [aComponent({ evidence: [ev(9)] })])]);
    const history = SIX_HISTORY.map((h) => ({ ...h, acts: [] }));
    const fb = buildFeedback(sixTurnInput(scenario, { scorecard: card, hcpState: aState({ history }) }));
    expect(fb.strengths).toEqual([]);
  });

  it('prefers, among turns that did the good thing, the one the scorer quoted (evidence maps transcript indexes to rep turns)', () => {
    const card = aScorecard([aMetric('customer_engagement_signals', 4, [aComponent({ evidence: [ev(9)] })])]);
    const history = SIX_HISTORY.map((h) => ({ ...h, acts: ['open_question' as const] }));
    const fb = buildFeedback(sixTurnInput(scenario, { scorecard: card, hcpState: aState({ history }) }));
    expect(fb.strengths.map((s) => s.turn)).toEqual([5]);
  });
});

describe('improvements', () => {
  it('takes the two weakest metrics, each on a turn of the kind that hurt it', () => {
    const { improvements } = buildFeedback(sixTurnInput(scenario));
    expect(improvements.map((i) => [i.metricId, i.turn])).toEqual([
      ['objection_navigation', 3],
      ['making_it_matter', 2],
    ]);
  });

  it("quotes the rep's own words and what the HCP did next", () => {
    const [first] = buildFeedback(sixTurnInput(scenario)).improvements;
    expect(first!.quote).toBe('But the single pill is better for adherence.');
    expect(SIX_TURNS.map((t) => t.text)).toContain(first!.quote);
    expect(first!.hcpReaction).toBe(
      'Openness 4 → 3 (-1). "You argued with me instead of hearing me out" Then said: "That\'s what every rep says."',
    );
  });

  it('answers an argued objection by acknowledging it with a fact from the scenario, and the tip says the same', () => {
    const [first] = buildFeedback(sixTurnInput(scenario)).improvements;
    expect(first).toMatchObject({ move: 'acknowledge', did: 'argued with the concern' });
    expect(first!.betterLine).toBe(
      "That's a fair concern, and I don't want to brush past it. In a claims analysis, patients on a single-pill combination refilled on time more often " +
        'than patients taking the same two drugs separately. Does that speak to it, or is there more behind it?',
    );
    expect(first!.tip).toMatch(/^Acknowledge the concern before answering it/);
  });

  it('links a feature dump to a priority with one fact, named in the case the scenario uses', () => {
    const [, second] = buildFeedback(sixTurnInput(scenario)).improvements;
    expect(second).toMatchObject({ move: 'link', did: 'listed features' });
    expect(second!.tip).toBe('Give one fact, tie it to what the HCP cares about, and hand the turn back.');
    expect(second!.betterLine).toMatch(/What would that change for you\?$/);
  });

  it('never gives two improvements the same better line', () => {
    const card = aScorecard([
      aMetric('commitment_gaining', 1, [aComponent({ name: 'outcome', score: 1 })]),
      aMetric('conversation_control_structure', 1.2, [aComponent({ name: 'closing', score: 1 })]),
    ]);
    const [a, b] = buildFeedback(sixTurnInput(scenario, { scorecard: card })).improvements;
    expect([a!.move, b!.move]).toEqual(['close', 'close']);
    expect(a!.betterLine).not.toBe(b!.betterLine);
  });

  it.each([
    { name: 'a missing purpose points at the opening turn', component: 'purpose', turn: 1 },
    { name: 'a missing recap points at the closing turn', component: 'recap', turn: 6 },
    { name: 'a close with no plan points at the closing turn', component: 'closing', turn: 6 },
  ])('$name', ({ component, turn }) => {
    const card = aScorecard([
      aMetric('conversation_control_structure', 2, [aComponent({ name: component, score: 1 })]),
    ]);
    expect(buildFeedback(sixTurnInput(scenario, { scorecard: card })).improvements.map((i) => i.turn)).toEqual([turn]);
  });

  it.each([
    { name: 'no rep turn gives no improvement', turns: [hcp('Hello.')], history: [] },
    { name: 'every metric Exceptional gives no improvement', turns: SIX_TURNS, history: SIX_HISTORY, score: 4.6 },
  ])('$name', ({ turns, history, score }) => {
    const scorecard = aScorecard([aMetric('question_quality', score ?? 2)]);
    const fb = buildFeedback(sixTurnInput(scenario, { turns, scorecard, hcpState: aState({ history }) }));
    expect(fb.improvements).toEqual([]);
  });
});

describe('what the HCP was waiting for', () => {
  it('lists untouched priorities, voiced first, and open objections', () => {
    expect(buildFeedback(sixTurnInput(scenario)).waitingFor).toEqual({
      priorities: [
        // The HCP said "two pills", a pill-burden term: raised aloud, not "never reached" (issue 15).
        "My older patients are already taking a bag full of pills every day. (the HCP raised it; you didn't follow up)",
        'I need to know what monitoring it adds for my nurses. (never said aloud)',
      ],
      objections: ["Both of those components are cheap generics. Why wouldn't I just prescribe two pills?"],
    });
  });

  it('leaves out resolved objections and touched priorities', () => {
    const hcpState = aState({
      touched: { 'reach-goal': 1, 'pill-burden': 2, 'lab-monitoring': 3 },
      objections: { 'cheap-generics': { status: 'resolved', ignoredTurns: 0, raisedCount: 1 } },
    });
    expect(buildFeedback(sixTurnInput(scenario, { hcpState })).waitingFor).toEqual({ priorities: [], objections: [] });
  });
});

describe('next steps', () => {
  it.each([
    {
      name: 'a drill for the weakest metric, the suggested scenario and a same-seed replay',
      suggested: 'psychiatry-depression-discovery',
      steps: [
        'Objection Navigation drill (2.0): on each objection: acknowledge it, ask what is behind it, then answer, with no "but".',
        'Try another scenario: roleplay practice psychiatry-depression-discovery',
        'Replay the same HCP with the same seed: roleplay practice primary-care-hypertension-discovery --seed 42',
      ],
    },
    {
      name: 'a second drill instead of a scenario when none is suggested',
      suggested: undefined,
      steps: [
        'Objection Navigation drill (2.0): on each objection: acknowledge it, ask what is behind it, then answer, with no "but".',
        'Making It Matter drill (2.3): after each fact, add "which means…" for the HCP\'s patients.',
        'Replay the same HCP with the same seed: roleplay practice primary-care-hypertension-discovery --seed 42',
      ],
    },
  ])('gives $name', ({ suggested, steps }) => {
    const input = sixTurnInput(scenario, suggested === undefined ? {} : { suggestedScenarioId: suggested });
    expect(buildFeedback(input).nextSteps).toEqual(steps);
  });

  it('suggests an opening drill when nothing could be scored', () => {
    const scorecard = aScorecard([], { overallScore: null, band: null, note: 'nothing to score' });
    const steps = buildFeedback(
      sixTurnInput(scenario, { scorecard, turns: [hcp('Hi.')], hcpState: aState() }),
    ).nextSteps;
    expect(steps[0]).toBe('Opening drill: set an agenda in one sentence, then ask one open question.');
    expect(steps.length).toBeLessThanOrEqual(3);
  });
});

describe('the feedback object', () => {
  it('is the same for the same input', () => {
    expect(JSON.stringify(buildFeedback(sixTurnInput(scenario)))).toBe(
      JSON.stringify(buildFeedback(sixTurnInput(scenario))),
    );
  });

  it('survives a JSON round trip unchanged', () => {
    const fb = buildFeedback(sixTurnInput(scenario, { suggestedScenarioId: 'x' }));
    expect(JSON.parse(JSON.stringify(fb))).toEqual(fb);
  });

  it('never carries escape sequences from a rep turn', () => {
    const turns = [...SIX_TURNS];
    turns[5] = rep('But \u001b]0;pwned\u0007the \u001b[31msingle\u001b[0m pill is better.');
    const json = JSON.stringify(buildFeedback(sixTurnInput(scenario, { turns })));
    expect(json).not.toMatch(/\\u001b|\\u0007|pwned/);
    expect(json).toContain('But the single pill is better.');
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([SIX_CARD, SIX_STATE, SIX_TURNS]);
    buildFeedback(sixTurnInput(scenario));
    expect(JSON.stringify([SIX_CARD, SIX_STATE, SIX_TURNS])).toBe(before);
  });
});
