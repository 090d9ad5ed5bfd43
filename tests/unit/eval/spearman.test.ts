// Spearman rank correlation with average ranks for ties, and the overall score against the label.
import { describe, expect, it } from 'vitest';
import { averageRanks, overallCorrelation, spearman } from '../../../src/eval/index.js';
import { obs } from './builders.js';

describe('averageRanks', () => {
  it.each([
    { v: [10, 30, 20], out: [1, 3, 2] },
    { v: [5, 7, 7], out: [1, 2.5, 2.5] },
    { v: [2, 2, 2, 1], out: [3, 3, 3, 1] },
    { v: [], out: [] },
  ])('ranks $v as $out', ({ v, out }) => expect(averageRanks(v)).toEqual(out));
});

describe('spearman', () => {
  it.each([
    { name: 'a perfect order', xs: [1, 2, 3, 4], ys: [10, 20, 30, 40], rho: 1 },
    { name: 'an inverse order', xs: [1, 2, 3, 4], ys: [4, 3, 2, 1], rho: -1 },
    { name: 'a monotone but not linear order', xs: [1, 2, 3, 4], ys: [1, 8, 27, 64], rho: 1 },
    // ranks x [1, 2, 3, 4], y [1.5, 1.5, 3.5, 3.5]: r = 4 / sqrt(5 * 4)
    { name: 'ties on one side', xs: [1, 2, 3, 4], ys: [1, 1, 3, 3], rho: 4 / Math.sqrt(20) },
  ])('gives $rho for $name', ({ xs, ys, rho }) => expect(spearman(xs, ys)).toBeCloseTo(rho, 10));

  it.each([
    { name: 'one pair', xs: [1], ys: [2] },
    { name: 'constant scores', xs: [3, 3, 3], ys: [1, 2, 3] },
    { name: 'constant labels', xs: [1, 2, 3], ys: [2, 2, 2] },
  ])('is null for $name', ({ xs, ys }) => expect(spearman(xs, ys)).toBeNull());
});

describe('overallCorrelation', () => {
  it('ranks labels low < mid < high and leaves out files without an overall score', () => {
    const r = overallCorrelation([
      obs('A01', {}, ['low', 1.5]),
      obs('A02', {}, ['mid', 3.0]),
      obs('A03', {}, ['high', 4.4]),
      obs('A04', {}, ['high', null]),
    ]);
    expect(r).toEqual({ rho: 1, n: 3 });
  });

  it('is -1 when the scorer orders the files backwards', () => {
    expect(overallCorrelation([obs('A01', {}, ['low', 4.5]), obs('A02', {}, ['high', 1.2])])).toEqual({
      rho: -1,
      n: 2,
    });
  });
});
