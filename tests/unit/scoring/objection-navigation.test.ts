import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf, metricOf } from './support.js';

const OBJECTION = "C: Honestly, I think we're fine with what we have.";
const score = (lines: string[], name: string) => componentOf(conversation(...lines), 'objection_navigation', name).score;

describe('objection detection', () => {
  it.each([
    { said: "C: I think we're fine with what we have.", kind: 'status quo' },
    { said: "C: I don't see the need.", kind: 'status quo' },
    { said: 'C: That is too expensive for my patients.', kind: 'cost' },
    { said: 'C: It is not on formulary for most of my plans.', kind: 'access' },
    { said: "C: My staff doesn't have the time for another form.", kind: 'time' },
    { said: "C: I'm not convinced, the trial was industry-funded.", kind: 'evidence' },
    { said: 'C: The liver signal worries me.', kind: 'safety' },
  ])('notices a $kind objection: "$said"', ({ said }) => {
    expect(metricOf(conversation('R: What do you use today?', said, 'R: Tell me more.'), 'objection_navigation').applicable).toBe(true);
  });

  it.each([
    { said: 'C: We see a lot of asthma.' },
    { said: 'C: Sorry, is this the same as what we already use?' },
    { said: 'C: Tuesday works, send me the copay details.' },
  ])('is n/a for "$said"', ({ said }) => {
    expect(metricOf(conversation('R: What do you use today?', said, 'R: Thanks.'), 'objection_navigation')).toMatchObject({ score: null, applicable: false });
  });
});

describe('acknowledge_before_response', () => {
  it.each([
    { reply: 'R: That makes sense. What is working well today?', score: 5, why: 'acknowledges' },
    { reply: 'R: I hear you. The data, however, show fewer readmissions.', score: 5, why: 'acknowledges in its own sentence first' },
    { reply: 'R: I hear you, but the data show fewer readmissions.', score: 1, why: 'a rebuttal undoes it' },
    { reply: 'R: Actually, most doctors switch.', score: 1, why: 'no acknowledgment' },
  ])('scores "$reply" as $score ($why)', ({ reply, score: expected }) => {
    expect(score([OBJECTION, reply], 'acknowledge_before_response')).toBe(expected);
  });
});

describe('explore_underlying_concern', () => {
  it.each([
    { lines: [OBJECTION, 'R: What is working well with your current approach?'], score: 5, why: 'asks about it' },
    { lines: [OBJECTION, 'R: Fair enough.', 'C: Yes.', 'R: Help me understand what would need to change for you to look at it?'], score: 5, why: 'asks within two rep turns' },
    { lines: [OBJECTION, 'R: Do you prescribe our inhaler?'], score: 1, why: 'an unrelated question' },
    { lines: [OBJECTION, 'R: Our data show fewer readmissions.'], score: 1, why: 'no question' },
  ])('scores $why as $score', ({ lines, score: expected }) => {
    expect(score(lines, 'explore_underlying_concern')).toBe(expected);
  });
});

describe('calm_demeanor', () => {
  it.each([
    { reply: 'R: That is a fair question. Let us look at it together.', score: 5 },
    { reply: 'R: What would you need to see?', score: 5 },
    { reply: 'R: But that is not how the data read.', score: 1 },
    { reply: "R: That's not true, the trial was robust.", score: 1 },
  ])('scores "$reply" as $score', ({ reply, score: expected }) => {
    expect(score([OBJECTION, reply], 'calm_demeanor')).toBe(expected);
  });

  it('counts a customer pressing the same objection as one episode', () => {
    const lines = [OBJECTION, 'R: Fair enough. What works well today?', "C: As I said, we're fine with what we have.", 'R: Actually, you are wrong.'];
    expect(componentOf(conversation(...lines), 'objection_navigation', 'calm_demeanor').rationale).toMatch(/^1 of 1 /);
  });
});
