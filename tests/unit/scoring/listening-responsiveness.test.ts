import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf, repeat } from './support.js';

const score = (lines: string[], name: string) => componentOf(conversation(...lines), 'listening_responsiveness', name).score;
const SAID = 'C: My nurses spend two hours a day on prior authorization forms for biologics.';

describe('paraphrasing', () => {
  it.each([
    { reply: 'R: It sounds like the paperwork is eating your team’s day.', score: 5, why: 'a paraphrase phrase' },
    { reply: 'R: So prior authorization forms cost your nurses two hours daily. Which biologics?', score: 5, why: 'restates the content' },
    { reply: 'R: My nurses spend two hours a day on prior authorization forms for biologics.', score: 1, why: 'a verbatim copy' },
    { reply: 'R: Our inhaler is once daily.', score: 1, why: 'ignores it' },
  ])('scores "$reply" as $score ($why)', ({ reply, score: expected }) => {
    expect(score([SAID, reply], 'paraphrasing')).toBe(expected);
  });

  it.each([
    { restated: 1, ignored: 1, score: 5, why: '.50' },
    { restated: 1, ignored: 2, score: 3, why: '.33' },
    { restated: 1, ignored: 4, score: 3, why: 'exactly .20' },
    { restated: 1, ignored: 9, score: 2, why: 'exactly .10' },
    { restated: 0, ignored: 3, score: 1, why: 'none' },
  ])('scores $restated restated of $ignored ignored as $score ($why)', ({ restated, ignored, score: expected }) => {
    const lines = [...repeat(restated, SAID, 'R: It sounds like the forms take most of their day.'), ...repeat(ignored, SAID, 'R: Our inhaler is once daily.')];
    expect(score(lines, 'paraphrasing')).toBe(expected);
  });
});

describe('acknowledgment_of_concerns', () => {
  const CONCERN = "C: I'm worried about the cost for my patients on high-deductible plans.";
  it.each([
    { reply: 'R: That makes sense. Which plans are they on?', score: 5 },
    { reply: 'R: I hear you. Cost matters. What do they pay now?', score: 5 },
    { reply: 'R: I hear you, but cost is really not an issue.', score: 1 },
    { reply: 'R: The savings card covers most of it.', score: 1 },
  ])('scores "$reply" as $score', ({ reply, score: expected }) => {
    expect(score([CONCERN, reply], 'acknowledgment_of_concerns')).toBe(expected);
  });

  it('is n/a when the customer raises no concern', () => {
    expect(score(['C: We see a lot of asthma here.', 'R: How many a week?'], 'acknowledgment_of_concerns')).toBeNull();
  });

  it('hears a concern in "unsure" but not "sure" inside "pressure"', () => {
    expect(score(['C: I am unsure about switching anyone.', 'R: Good to hear.'], 'acknowledgment_of_concerns')).toBe(1);
    expect(score(['C: The pressure is mostly staffing.', 'R: Good to hear.'], 'acknowledgment_of_concerns')).toBeNull();
  });
});

describe('adjustment_to_new_info', () => {
  it.each([
    { lines: ['C: Our biggest issue is teenagers forgetting evening doses.', 'R: How do the teenagers usually remember?'], score: 5 },
    { lines: ['C: Our biggest issue is teenagers forgetting evening doses.', 'R: Let me tell you about our device.', 'C: Okay.', 'R: Evening doses are easier with a reminder.'], score: 5 },
    { lines: ['C: Our biggest issue is teenagers forgetting evening doses.', 'R: Let me tell you about our device.', 'C: Okay.', 'R: It is small.', 'C: Fine.', 'R: The evening dose is easy.'], score: 1 },
  ])('scores a pickup within two rep turns: case $#', ({ lines, score: expected }) => {
    expect(score(lines, 'adjustment_to_new_info')).toBe(expected);
  });
});
