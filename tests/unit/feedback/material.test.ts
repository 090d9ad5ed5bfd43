// Scenario material for better lines: playing the HCP's words back and ordering untouched priorities.
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, toSecondPerson, untouchedPriorities } from '../../../src/feedback/material.js';
import type { Scenario } from '../../../src/scenario/index.js';
import { aState, loadScenario } from './fixtures.js';

describe('toSecondPerson', () => {
  it.each([
    { input: 'My patients forget their pills', out: 'your patients forget their pills' },
    { input: "I'm worried about our staff", out: "you're worried about your staff" },
    { input: 'I am not sure we need it', out: 'you are not sure you need it' },
    { input: 'Dr. Patel told me', out: 'Dr. Patel told you' },
    { input: 'FDA labels scare us', out: 'FDA labels scare you' },
  ])('turns "$input" into "$out"', ({ input, out }) => expect(toSecondPerson(input)).toBe(out));
});

describe('reflect', () => {
  it.each([
    {
      name: 'plays back the last statement',
      words: 'Hello there. My nurses spend hours on prior auths.',
      out: 'It sounds like your nurses spend hours on prior auths.',
    },
    {
      name: 'skips questions',
      words: 'I have ten minutes today. What did you want?',
      out: 'It sounds like you have ten minutes today.',
    },
    {
      name: 'skips non-verbal cues',
      words: '*sighs* My staff is stretched thin.',
      out: 'It sounds like your staff is stretched thin.',
    },
    {
      name: 'gives nothing for a fragment (issue 15: "If I heard you right: well, Like all…")',
      words: 'Well, Like all drugs in the class, it has a warning.',
      out: '',
    },
    {
      name: 'gives nothing for an instruction',
      words: 'Come back in two weeks with the data my nurses need.',
      out: '',
    },
    {
      name: 'drops talk about talking (issue 15)',
      words: "I should say up front, I'm quite comfortable with my basal insulins here.",
      out: "It sounds like you're quite comfortable with your basal insulins here.",
    },
    {
      name: 'never splits a decimal (issue 15: "4 points" for 2.4)',
      words: 'I saw it was 2.4 points more than placebo in my reading.',
      out: 'It sounds like you saw it was 2.4 points more than placebo in your reading.',
    },
    {
      name: 'keeps an acronym that looks like a pronoun',
      words: 'We sell mostly in the US and our reps cover it.',
      out: 'It sounds like you sell mostly in the US and your reps cover it.',
    },
    { name: 'gives nothing for a lone question', words: 'Hi, what brings you in today?', out: '' },
    { name: 'gives nothing for a clipped reply', words: 'Okay. Fine.', out: '' },
    { name: 'gives nothing for a line about the rep', words: 'You reps always say that.', out: '' },
    { name: 'gives nothing without HCP words', words: undefined, out: '' },
  ])('$name', ({ words, out }) => expect(reflect(words)).toBe(out));
});

describe('untouchedPriorities', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await loadScenario();
  });

  it.each<{ name: string; touched: Record<string, number>; revealed: string[]; ids: string[] }>([
    {
      name: 'keeps scenario order when nothing is touched',
      touched: {},
      revealed: [],
      ids: ['reach-goal', 'pill-burden', 'lab-monitoring'],
    },
    {
      name: 'drops touched priorities',
      touched: { 'reach-goal': 2 },
      revealed: [],
      ids: ['pill-burden', 'lab-monitoring'],
    },
    {
      name: 'puts revealed hidden priorities before unrevealed ones',
      touched: { 'reach-goal': 2 },
      revealed: ['lab-monitoring'],
      ids: ['lab-monitoring', 'pill-burden'],
    },
  ])('$name', ({ touched, revealed, ids }) => {
    expect(untouchedPriorities(scenario, aState({ touched, revealed })).map((p) => p.id)).toEqual(ids);
  });
});
