// hintFor: one concrete coaching line for `/hint`, from the partial score and the scenario's own words.
import { beforeAll, describe, expect, it } from 'vitest';
import { hintFor } from '../../../src/feedback/index.js';
import type { Scenario } from '../../../src/scenario/index.js';
import {
  SIX_CARD,
  SIX_STATE,
  SIX_TURNS,
  aComponent,
  aMetric,
  aScorecard,
  aState,
  hcp,
  loadScenario,
  rep,
} from './fixtures.js';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadScenario();
});

const empty = aScorecard([], { overallScore: null, band: null, note: 'nothing to score' });
const opening = [hcp('I have about ten minutes before I pick up my son. What did you want to talk about?')];

describe('hintFor', () => {
  it('suggests an agenda and an open question on the top priority before the rep has said anything', () => {
    expect(hintFor({ scorecard: empty, turns: opening, hcpState: aState(), scenario })).toBe(
      'Open with your purpose in one sentence, then hand the turn to the HCP with a question: "Thanks for making the time. ' +
        'I\'d like to understand how you approach extra visits, and then see whether Normavyn fits. How is that going for you today?"',
    );
  });

  it.each([
    {
      name: 'the weakest component of the weakest metric decides the tip',
      card: aScorecard([
        aMetric('question_quality', 2, [
          aComponent({ name: 'quality', score: 1 }),
          aComponent({ name: 'depth', score: 3 }),
        ]),
        aMetric('making_it_matter', 3, [aComponent({ name: 'feature_dumps', score: 1 })]),
      ]),
      state: aState(),
      starts:
        'Ask one open question about what the HCP cares about, then stop talking: "How is it going with extra visits right now?"',
    },
    {
      name: "the tip plays back the HCP's latest words",
      card: aScorecard([aMetric('listening_responsiveness', 1.5, [aComponent({ name: 'restating', score: 1 })])]),
      state: aState(),
      starts:
        'Play back what the HCP just told you before adding anything, then ask about it: "It sounds like about a third of your hypertension panel',
    },
    {
      name: 'an objection the rep has not acknowledged comes first',
      card: aScorecard([aMetric('question_quality', 1, [aComponent({ name: 'quality', score: 1 })])]),
      state: aState({
        objections: { 'cheap-generics': { status: 'raised', raisedAt: 1, ignoredTurns: 1, raisedCount: 1 } },
      }),
      starts:
        'Acknowledge the concern before answering it, answer with data rather than reassurance, and drop the "but": "That\'s a fair concern',
    },
  ])('$name', ({ card, state, starts }) => {
    const turns = [
      ...opening,
      rep('Do you use combination pills?'),
      hcp('About a third of my hypertension panel is still above goal on one drug.'),
    ];
    expect(hintFor({ scorecard: card, turns, hcpState: state, scenario })).toMatch(
      new RegExp(`^${starts.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });

  it.each([
    { name: 'an empty scorecard mid-conversation', card: empty, turns: SIX_TURNS, state: SIX_STATE },
    {
      name: 'a scorecard with only n/a metrics',
      card: aScorecard([aMetric('adaptability', null)]),
      turns: SIX_TURNS,
      state: SIX_STATE,
    },
    { name: 'the full six-turn session', card: SIX_CARD, turns: SIX_TURNS, state: SIX_STATE },
    { name: 'a transcript with no HCP words at all', card: empty, turns: [], state: aState() },
  ])('is never empty, even for $name', ({ card, turns, state }) => {
    expect(hintFor({ scorecard: card, turns, hcpState: state, scenario }).length).toBeGreaterThan(20);
  });

  it("falls back to a question on the HCP's words when every priority was touched", () => {
    const state = aState({ touched: { 'reach-goal': 1, 'pill-burden': 1, 'lab-monitoring': 2 } });
    const card = aScorecard([
      aMetric('customer_engagement_signals', 2, [aComponent({ name: 'engaged_turns', score: 2 })]),
    ]);
    expect(hintFor({ scorecard: card, turns: SIX_TURNS, hcpState: state, scenario })).toBe(
      'Ask one open question about what the HCP cares about, then stop talking: "What would need to be true for this to work for you?"',
    );
  });

  it('strips escape sequences that came from the scenario', () => {
    const hostile = {
      ...scenario,
      hcp: {
        ...scenario.hcp,
        priorities: [
          { ...scenario.hcp.priorities[0]!, text: 'Getting \u001b]0;pwned\u0007dosing \u001b[31mtimes right.' },
        ],
      },
    };
    const hint = hintFor({ scorecard: empty, turns: opening, hcpState: aState(), scenario: hostile });
    expect(hint).not.toMatch(/\u001b|\u0007|pwned/);
    expect(hint).toContain('dosing times');
  });
});
