import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf, repeat } from './support.js';

const OPEN = 'R: What does a typical week of prior authorizations look like for your nurses?';
const CLOSED = 'R: Do you see many heart failure patients?';
const ANSWER = 'C: Quite a few, mostly older patients on several medications.';
const score = (lines: string[], name: string) => componentOf(conversation(...lines), 'question_quality', name).score;

describe('open_closed_ratio', () => {
  it.each([
    { open: 7, closed: 3, score: 5, why: 'exactly .70' },
    { open: 6, closed: 4, score: 4, why: '.60, under .70' },
    { open: 11, closed: 9, score: 4, why: 'exactly .55' },
    { open: 2, closed: 3, score: 3, why: 'exactly .40' },
    { open: 1, closed: 3, score: 2, why: 'exactly .25' },
    { open: 1, closed: 4, score: 1, why: '.20, under .25' },
  ])('scores $open open and $closed closed questions as $score ($why)', ({ open, closed, score: expected }) => {
    const lines = [...repeat(open, ANSWER, OPEN), ...repeat(closed, ANSWER, CLOSED)];
    expect(score(lines, 'open_closed_ratio')).toBe(expected);
  });

  it.each([
    { q: 'R: How are you handling refills today?', open: true },
    { q: 'R: Tell me about the patients who stop.', open: true },
    { q: 'R: Can you walk me through a denial?', open: true },
    { q: "R: So, doctor, what's driving that?", open: true },
    { q: 'R: In your experience, why do they stop?', open: true },
    { q: 'R: However you treat them, is it mostly tablets?', open: false },
    { q: 'R: Is that what you see?', open: false },
  ])('counts "$q" as open: $open', ({ q, open }) => {
    expect(score([ANSWER, q], 'open_closed_ratio')).toBe(open ? 5 : 1);
  });

  it('does not count commitment requests and check-ins as closed questions', () => {
    const lines = [ANSWER, OPEN, ANSWER, 'R: Does Tuesday at 12:30 work for you?', ANSWER, 'R: Would you be open to trying it with two patients?'];
    expect(score(lines, 'open_closed_ratio')).toBe(5);
  });

  it('is n/a, not 1, when the rep asks no questions', () => {
    const c = componentOf(conversation(ANSWER, 'R: Our data show fewer hospitalizations.'), 'question_quality', 'open_closed_ratio');
    expect(c).toMatchObject({ score: null, applicable: false });
  });
});

describe('relevance_to_goals', () => {
  const GOAL = 'C: My biggest challenge is prior authorization paperwork for biologics.';
  it.each([
    { lines: [GOAL, 'R: Which part of the prior authorization paperwork takes longest?'], score: 5 },
    { lines: [GOAL, 'R: Do you use our samples?'], score: 1 },
    { lines: [GOAL, 'R: What slows the paperwork most?', 'C: Faxes.', 'R: Do you use our samples?'], score: 4 },
  ])('scores goal reuse as $score', ({ lines, score: expected }) => {
    expect(score(lines, 'relevance_to_goals')).toBe(expected);
  });

  it('is n/a before the customer names any goal', () => {
    expect(score(['C: Hello.', OPEN], 'relevance_to_goals')).toBeNull();
  });
});

describe('sequencing_logic', () => {
  const SAID = 'C: My nurses spend hours on prior authorization denials every week.';
  it.each([
    { reply: 'R: Which denials take your nurses the most hours?', score: 5, why: 'builds on the answer' },
    { reply: 'R: Got it. Do you prescribe our inhaler for asthma?', score: 5, why: 'bridged' },
    { reply: 'R: Do you prescribe our inhaler for asthma?', score: 1, why: 'a jump' },
  ])('scores "$reply" as $score ($why)', ({ reply, score: expected }) => {
    expect(score([SAID, reply], 'sequencing_logic')).toBe(expected);
  });

  it('does not treat a question after a time cue as a topic jump', () => {
    expect(score(['C: I only have two minutes, the waiting room is full.', OPEN], 'sequencing_logic')).toBeNull();
  });
});

describe('follow_up_depth', () => {
  const SAID = 'C: Potassium creeps up every time I titrate, so I back off the dose.';
  it.each([
    { reply: 'R: How high does potassium usually go before you back off?', score: 5 },
    { reply: 'R: You mentioned backing off. What happens next?', score: 5 },
    { reply: 'R: Do you see many diabetic patients?', score: 1 },
  ])('scores "$reply" as $score', ({ reply, score: expected }) => {
    expect(score([SAID, reply], 'follow_up_depth')).toBe(expected);
  });
});
