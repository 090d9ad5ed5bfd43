import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf } from './support.js';

const score = (lines: string[], name: string) => componentOf(conversation(...lines), 'commitment_gaining', name).score;

describe('next_step_specificity', () => {
  it.each([
    { lines: ['R: Can I come back Thursday at 12:15?', 'C: Thursday works.'], score: 5, why: 'an agreed day and time' },
    { lines: ["R: I'll send you the enrollment form.", 'C: Okay.'], score: 5, why: 'a concrete action' },
    { lines: ["R: I'll follow up soon.", 'C: Okay.'], score: 3, why: 'a vague follow-up' },
    { lines: ['R: Would you try it with two patients?', 'C: I will think about it.', "R: I'll follow up next month."], score: 3, why: 'a concrete ask that stalls into a vague follow-up' },
    { lines: ['R: Thanks for your time.', 'C: Bye.'], score: 1, why: 'no next step' },
  ])('scores $why as $score', ({ lines, score: expected }) => {
    expect(score(lines, 'next_step_specificity')).toBe(expected);
  });
});

describe('mutual_agreement', () => {
  it.each([
    { lines: ['R: Would you be open to a trial with two patients?', 'C: Yes, let’s do that.'], score: 5, why: 'agrees' },
    { lines: ['R: Can we set up a call Wednesday at 9?', 'C: What is it about?', 'R: Access.', 'C: That works.'], score: 5, why: 'agrees within two turns' },
    { lines: ['R: Would you try it with two patients?', 'C: Sounds good.', "R: I'll send you the form.", 'C: Maybe later.'], score: 3, why: 'agrees to one of two' },
    { lines: ['R: Can I count on you to try it?', "C: I don't think so."], score: 1, why: 'declines' },
  ])('scores a customer who $why as $score', ({ lines, score: expected }) => {
    expect(score(lines, 'mutual_agreement')).toBe(expected);
  });

  it('is n/a when the rep proposes nothing the customer could answer', () => {
    expect(score(['C: Hi.', 'R: Thanks, I will let you go.'], 'mutual_agreement')).toBeNull();
  });
});

describe('ownership_clarity', () => {
  it.each([
    { line: "R: I'll send the data today and you'll review it before Monday.", score: 5 },
    { line: "R: I'll send the data today.", score: 3 },
    { line: 'R: Someone could send the data.', score: 1 },
  ])('scores "$line" as $score', ({ line, score: expected }) => {
    expect(score(['C: Okay.', line], 'ownership_clarity')).toBe(expected);
  });
});
