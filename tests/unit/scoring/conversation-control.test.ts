import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf, repeat } from './support.js';

const score = (lines: string[], name: string) => componentOf(conversation(...lines), 'conversation_control_structure', name).score;
const PURPOSE = "R: My goal today is to understand how you're managing adherence.";
const PLAIN = 'R: We have new data.';
const ANSWER = 'C: Go on.';

describe('purpose_setting', () => {
  it.each([
    { lines: [PURPOSE, ANSWER, PLAIN], score: 5, why: 'in the first rep turn' },
    { lines: [PLAIN, ANSWER, PLAIN, ANSWER, PURPOSE], score: 5, why: 'in the third rep turn' },
    { lines: [PLAIN, ANSWER, PLAIN, ANSWER, PLAIN, ANSWER, PURPOSE], score: 3, why: 'in the fourth rep turn' },
    { lines: [PLAIN, ANSWER, PLAIN], score: 1, why: 'never' },
  ])('scores a purpose $why as $score', ({ lines, score: expected }) => {
    expect(score(lines, 'purpose_setting')).toBe(expected);
  });
});

describe('topic_management', () => {
  const MOVE = 'R: Shifting gears, let me ask about access.';
  it.each([
    { moves: 3, plain: 7, score: 5, why: 'exactly 30%' },
    { moves: 3, plain: 17, score: 4, why: 'exactly 15%' },
    { moves: 1, plain: 9, score: 3, why: '10%' },
    { moves: 0, plain: 3, score: 2, why: 'none' },
  ])('scores $why of rep turns with a transition as $score', ({ moves, plain, score: expected }) => {
    expect(score([...repeat(moves, MOVE, ANSWER), ...repeat(plain, PLAIN, ANSWER)], 'topic_management')).toBe(expected);
  });
});

describe('time_management', () => {
  const CUE = 'C: I only have two minutes, the waiting room is full.';
  const LONG = `R: ${'Let me walk you through every subgroup of the extension study in detail because it matters. '.repeat(3)}`;
  it.each([
    { lines: [CUE, 'R: Understood, one question then.'], score: 5, why: 'shortens' },
    { lines: [CUE, 'R: Can I come back Thursday at noon?'], score: 5, why: 'proposes a follow-up' },
    { lines: [CUE, 'R: Understood, one question then.', CUE, LONG], score: 3, why: 'adapts to one of two' },
    { lines: ['R: Hello.', CUE, LONG], score: 2, why: 'keeps going' },
  ])('scores a rep who $why as $score', ({ lines, score: expected }) => {
    expect(score(lines, 'time_management')).toBe(expected);
  });

  it('is n/a without a time cue', () => {
    expect(score([PURPOSE, ANSWER], 'time_management')).toBeNull();
  });
});

describe('summarizing', () => {
  it.each([
    { last: 'R: To recap, cost and nurse time are the priorities.', score: 5, why: 'a recap' },
    { last: "R: I'll send you the enrollment form today.", score: 5, why: 'a concrete next step' },
    { last: "R: I'll check back next Tuesday.", score: 5, why: 'a follow-up with a day' },
    { last: "R: I'll check back sometime.", score: 1, why: 'a vague follow-up' },
    { last: 'R: Thanks for your time.', score: 1, why: 'nothing' },
  ])('scores $why in the last rep turns as $score', ({ last, score: expected }) => {
    expect(score([PLAIN, ANSWER, PLAIN, ANSWER, PLAIN, ANSWER, PLAIN, ANSWER, last], 'summarizing')).toBe(expected);
  });

  it('looks only at the last three rep turns', () => {
    const lines = ['R: To recap, we covered cost.', ANSWER, PLAIN, ANSWER, PLAIN, ANSWER, PLAIN];
    expect(score(lines, 'summarizing')).toBe(1);
  });
});
