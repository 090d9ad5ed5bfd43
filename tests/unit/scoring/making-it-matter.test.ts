import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf, repeat } from './support.js';

const score = (lines: string[], name: string) => componentOf(conversation(...lines), 'making_it_matter', name).score;
const ANSWER = 'C: We mostly see older patients with COPD.';
const OUTCOME = 'R: Once-daily dosing reduces missed doses, which means fewer exacerbations.';
const FEATURE = 'R: The device has a dose counter and a cap.';

describe('outcome_based_language', () => {
  it.each([
    { outcome: 3, plain: 2, score: 5, why: 'exactly .60' },
    { outcome: 1, plain: 1, score: 4, why: '.50' },
    { outcome: 3, plain: 7, score: 3, why: 'exactly .30' },
    { outcome: 1, plain: 5, score: 2, why: '.17' },
    { outcome: 0, plain: 2, score: 1, why: 'none' },
  ])('scores $outcome outcome statements of $plain plain ones as $score ($why)', ({ outcome, plain, score: expected }) => {
    expect(score([...repeat(outcome, ANSWER, OUTCOME), ...repeat(plain, ANSWER, FEATURE)], 'outcome_based_language')).toBe(expected);
  });

  it.each([
    { line: 'R: Which of your patients stop? ', counts: false, why: 'a question frames nothing' },
    { line: 'R: However, the rates were similar, so that really is not a concern.', counts: false, why: '"so that" as in "so, that"' },
    { line: 'R: We cap the copay so that patients stay on therapy.', counts: true, why: 'a purpose clause' },
  ])('counts "$line" as outcome language: $counts ($why)', ({ line, counts }) => {
    const c = componentOf(conversation(ANSWER, line, ANSWER, FEATURE), 'making_it_matter', 'outcome_based_language');
    expect(c.score).toBe(counts ? 4 : 1);
  });
});

describe('link_to_customer_priorities', () => {
  const GOAL = 'C: My main concern is nurse time spent on callbacks.';
  it.each([
    { reply: 'R: The support line takes the callbacks off your nurses.', score: 5 },
    { reply: 'R: Our inhaler has a dose counter.', score: 1 },
    { reply: 'R: Actually, callbacks are not the real problem.', score: 1 },
  ])('scores "$reply" as $score', ({ reply, score: expected }) => {
    expect(score([GOAL, reply], 'link_to_customer_priorities')).toBe(expected);
  });
});

describe('no_feature_dumping', () => {
  const DUMP =
    'R: It is once daily, it has three active ingredients, it comes in a dry powder device, it has a dose counter, it is breath actuated, it needs no priming, and it comes with a patient app, dose reminders, refill alerts and a copay card for commercial plans.';
  const LINKED = `${DUMP.slice(0, -1)}, which you mentioned your nurses need.`;
  it.each([
    { lines: [ANSWER, DUMP], score: 1, why: 'a list with no link' },
    { lines: [ANSWER, LINKED], score: 5, why: 'a list tied to the customer' },
    { lines: [ANSWER, DUMP, ANSWER, LINKED, ANSWER, LINKED, ANSWER, LINKED], score: 3, why: '1 of 4 lists unlinked: exactly .25' },
  ])('scores $why as $score', ({ lines, score: expected }) => {
    expect(score(lines, 'no_feature_dumping')).toBe(expected);
  });

  it('is n/a when the rep makes no long list-like turn', () => {
    expect(score([ANSWER, FEATURE], 'no_feature_dumping')).toBeNull();
  });
});
