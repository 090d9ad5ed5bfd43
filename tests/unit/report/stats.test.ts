// The report's arithmetic, case by case: means skip n/a, quartiles interpolate, weeks start Monday.
import { describe, expect, it } from 'vitest';
import { halfPointBins, mean, quantile, trendOf, weekOf } from '../../../src/report/index.js';

describe('report statistics', () => {
  it.each([
    { values: [], out: null },
    { values: [null, null], out: null },
    { values: [3, null, 4], out: 3.5 },
    { values: [1, 2, 2], out: 1.67 },
  ])('mean of $values is $out', ({ values, out }) => expect(mean(values)).toBe(out));

  it.each([
    { sorted: [], q: 0.5, out: null },
    { sorted: [2], q: 0.25, out: 2 },
    { sorted: [1, 2, 3, 4], q: 0.5, out: 2.5 },
    { sorted: [1, 2, 3, 4], q: 0.25, out: 1.75 },
    { sorted: [1, 2, 3, 4, 5], q: 0.75, out: 4 },
  ])('quantile $q of $sorted is $out', ({ sorted, q, out }) => expect(quantile(sorted, q)).toBe(out));

  it.each([
    { t: '2026-03-02T00:00:00Z', week: '2026-03-02' },
    { t: '2026-03-08T23:59:59Z', week: '2026-03-02' },
    { t: '2026-03-09T00:00:00Z', week: '2026-03-09' },
    { t: '2026-01-01T12:00:00Z', week: '2025-12-29' },
  ])('$t is in the week of $week', ({ t, week }) => expect(weekOf(Date.parse(t))).toBe(week));

  it.each([
    { values: [3], out: null },
    { values: [2, 3], out: 'up' },
    { values: [4, 2, 3.5], out: 'down' },
    { values: [3, 3.2, null, 3.1, 3], out: 'flat' },
    { values: [1, 1, 5, 2, 2], out: 'up' },
  ])('trend of $values is $out', ({ values, out }) => expect(trendOf(values)).toBe(out));

  it('bins scores by half points, 5.0 in the last bin', () => {
    expect(halfPointBins([1, 1.49, 1.5, 2.99, 4.5, 5])).toEqual([2, 1, 0, 1, 0, 0, 0, 2]);
  });
});
