import { describe, expect, it } from 'vitest';
import { ladderScore, round1, stepScore } from '../../../src/scoring/component.js';
import { DEFAULT_RUBRIC } from '../../../src/scoring/index.js';

const th = DEFAULT_RUBRIC.thresholds;
const higher = [
  'openClosedRatio', 'relevanceToGoals', 'followUpDepth', 'paraphrasing', 'acknowledgmentOfConcerns', 'adjustmentToNewInfo',
  'outcomeLanguage', 'linkToPriorities', 'acknowledgeBeforeResponse', 'exploreUnderlyingConcern', 'calmDemeanor', 'adaptation',
] as const;
const lower = ['topicJumpRate', 'featureDumpRate'] as const;

describe('ratio ladders (value >= a -> 5 ... else 1)', () => {
  const cases = higher.flatMap((name) =>
    th[name].flatMap((cut, i) => [
      { name, value: cut, score: 5 - i },
      { name, value: Math.max(0, cut - 0.001), score: 4 - i },
    ]),
  );
  it.each(cases)('$name scores $value as $score', ({ name, value, score }) => {
    expect(ladderScore(value, th[name])).toBe(score);
  });
});

describe('rate ladders (value <= a -> 5 ... else 1)', () => {
  const cases = lower.flatMap((name) =>
    th[name].flatMap((cut, i) => [
      { name, value: cut, score: 5 - i },
      { name, value: cut + 0.001, score: 4 - i },
    ]),
  );
  it.each(cases)('$name scores $value as $score', ({ name, value, score }) => {
    expect(ladderScore(value, th[name], true)).toBe(score);
  });
});

describe('count steps', () => {
  it.each([
    { steps: 'customerQuestions', value: 3, score: 5 },
    { steps: 'customerQuestions', value: 2, score: 4 },
    { steps: 'customerQuestions', value: 1, score: 3 },
    { steps: 'customerQuestions', value: 0, score: 2 },
    { steps: 'forwardLookingCues', value: 2, score: 5 },
    { steps: 'forwardLookingCues', value: 1, score: 4 },
    { steps: 'forwardLookingCues', value: 0, score: 3 },
    { steps: 'energySignals', value: 2, score: 2 },
    { steps: 'energySignals', value: 1, score: 3 },
    { steps: 'energySignals', value: 0, score: 5 },
    { steps: 'ownershipClarity', value: 2, score: 5 },
    { steps: 'ownershipClarity', value: 1, score: 3 },
    { steps: 'ownershipClarity', value: 0, score: 1 },
  ] as const)('$steps scores $value as $score', ({ steps, value, score }) => {
    expect(stepScore(value, th[steps])).toBe(score);
  });
});

describe('rounding to one decimal', () => {
  it.each([
    { x: 3.25, out: 3.3 },
    { x: 3.249, out: 3.2 },
    { x: 13 / 3, out: 4.3 },
    { x: 5, out: 5 },
  ])('rounds $x to $out', ({ x, out }) => expect(round1(x)).toBe(out));
});
