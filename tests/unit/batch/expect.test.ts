// Expectations: each bound that does not hold becomes one readable failure line.
import { describe, expect, it } from 'vitest';
import { checkExpectations, formatBound, type Expectations } from '../../../src/batch/index.js';
import { aScorecard } from './builders.js';

interface Case {
  name: string;
  card: Parameters<typeof aScorecard>[0];
  exp: Expectations;
  out: string[];
}

describe('checkExpectations', () => {
  it.each<Case>([
    {
      name: 'an overall under minOverall',
      card: { overall: 2.4 },
      exp: { minOverall: 3.5 },
      out: ['overall 2.4 < minOverall 3.5'],
    },
    {
      name: 'an overall over maxOverall',
      card: { overall: 4.2 },
      exp: { maxOverall: 3 },
      out: ['overall 4.2 > maxOverall 3.0'],
    },
    { name: 'an overall equal to minOverall', card: { overall: 3.5 }, exp: { minOverall: 3.5 }, out: [] },
    {
      name: 'a metric under its min',
      card: { metrics: { question_quality: 1.8 } },
      exp: { metrics: { question_quality: { min: 3 } } },
      out: ['question_quality 1.8 < min 3.0'],
    },
    {
      name: 'a metric over its max',
      card: { metrics: { question_quality: 4 } },
      exp: { metrics: { question_quality: { max: 2.5 } } },
      out: ['question_quality 4.0 > max 2.5'],
    },
    {
      name: 'a bound on an n/a metric',
      card: { metrics: { objection_navigation: null } },
      exp: { metrics: { objection_navigation: { min: 3 } } },
      out: ['objection_navigation n/a, expected min 3.0'],
    },
    {
      name: 'an n/a overall',
      card: { overall: null, band: null },
      exp: { minOverall: 1 },
      out: ['overall n/a, expected minOverall 1.0'],
    },
    {
      name: 'the wrong band',
      card: { band: 'Developing' },
      exp: { band: 'Strong' },
      out: ['band Developing is not Strong'],
    },
    {
      name: 'a band outside a list',
      card: { band: 'Emerging' },
      exp: { band: ['Strong', 'Exceptional'] },
      out: ['band Emerging is not Strong or Exceptional'],
    },
    { name: 'a band inside a list', card: { band: 'Strong' }, exp: { band: ['Strong', 'Exceptional'] }, out: [] },
    { name: 'no expectations', card: { overall: 1 }, exp: {}, out: [] },
  ])('reports $name', ({ card, exp, out }) => {
    expect(checkExpectations(aScorecard(card), exp)).toEqual(out);
  });

  it('adds --min-score as one more bound on the overall score', () => {
    expect(checkExpectations(aScorecard({ overall: 2.9 }), { minOverall: 2 }, 3)).toEqual([
      'overall 2.9 < --min-score 3.0',
    ]);
  });

  it('lists every failed bound, not only the first', () => {
    const card = aScorecard({
      overall: 2,
      band: 'Emerging',
      metrics: { question_quality: 1, listening_responsiveness: 1.5 },
    });
    const exp: Expectations = {
      minOverall: 3,
      band: 'Strong',
      metrics: { question_quality: { min: 3 }, listening_responsiveness: { min: 2 } },
    };
    expect(checkExpectations(card, exp)).toHaveLength(4);
  });
});

describe('formatBound', () => {
  it.each([
    { n: 3, out: '3.0' },
    { n: 3.5, out: '3.5' },
    { n: 3.25, out: '3.25' },
  ])('writes $n as $out', ({ n, out }) => expect(formatBound(n)).toBe(out));
});
