// The outcome's objection counts: from the scorer's reading when there is one, else the HCP's own states.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFeedback } from '../../../src/feedback/index.js';
import type { Scenario } from '../../../src/scenario/index.js';
import { DEFAULT_RUBRIC, readTranscript, scoreTranscript } from '../../../src/scoring/index.js';
import { hcp, loadScenario, rep, sixTurnInput } from './fixtures.js';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadScenario();
});

/**
 * Three objections: the opening time limit (not adapted to), the cost one heard out ("a fair concern"),
 * the safety one waved away ("not an issue").
 */
const TURNS = [
  hcp('I have about ten minutes. What did you want to talk about?'),
  rep('I would like to understand how you manage patients above goal. How do you decide when to add a second agent?'),
  hcp('Both of those components are cheap generics. Why would I not just prescribe two pills?'),
  rep('That is a fair concern. What does cost look like for your patients today?'),
  hcp('Honestly, my patients worry about side effects more than cost.'),
  rep('That is not an issue, the safety profile is very clean.'),
  hcp('Hm.'),
];

/** "1 of 2 objections heard out …": the numbers the scorecard's objection_navigation "handling" reports. */
function handlingCounts(turns: typeof TURNS) {
  const card = scoreTranscript(turns, DEFAULT_RUBRIC, {}, readTranscript(turns, DEFAULT_RUBRIC));
  const handling = card.metricResults
    .find((m) => m.id === 'objection_navigation')!
    .components.find((c) => c.name === 'handling')!;
  const [, resolved, raised] = /^(\d+) of (\d+) objections heard out/.exec(handling.rationale)!;
  return { raised: Number(raised), resolved: Number(resolved) };
}

describe('outcome objections', () => {
  it('count what the scorecard counts when the reading is given', () => {
    const reading = readTranscript(TURNS, DEFAULT_RUBRIC);
    const { objections } = buildFeedback(sixTurnInput(scenario, { turns: TURNS, reading })).outcome;
    expect(objections).toEqual({ raised: 3, resolved: 1, total: scenario.hcp.objections.length });
    expect({ raised: objections.raised, resolved: objections.resolved }).toEqual(handlingCounts(TURNS));
  });

  it('leave out an objection in the last turn, which the rep never got to answer', () => {
    const turns = [...TURNS.slice(0, 3)];
    const { objections } = buildFeedback(
      sixTurnInput(scenario, { turns, reading: readTranscript(turns, DEFAULT_RUBRIC) }),
    ).outcome;
    // Only the time limit got a reply; the cost objection came last.
    expect(objections).toMatchObject({ raised: 1, resolved: 0 });
    expect({ raised: objections.raised, resolved: objections.resolved }).toEqual(handlingCounts(turns));
  });

  it("fall back to the HCP's objection states without a reading", () => {
    expect(buildFeedback(sixTurnInput(scenario, { turns: TURNS })).outcome.objections).toEqual({
      raised: 1,
      resolved: 0,
      total: 1,
    });
  });
});
