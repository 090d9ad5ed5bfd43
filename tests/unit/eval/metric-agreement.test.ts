// Metric and overall band agreement, confusion matrices and misses, on hand-built observations.
import { describe, expect, it } from 'vitest';
import { emptyConfusion, isBelow, metricAgreement, shareOf } from '../../../src/eval/index.js';
import { obs } from './builders.js';

const IDS = ['q', 'l'];
const files = [
  obs('A01', { q: ['high', 4.5], l: ['low', 2.0] }, ['high', 4.1]),
  obs('A02', { q: ['high', 3.0], l: ['n/a', null] }, ['mid', 3.2]),
  obs('B01', { q: ['mid', 2.5], l: ['low', 4.0] }, ['low', 2.6]),
];

describe('metricAgreement', () => {
  const r = metricAgreement(files, IDS);

  it('counts every (file, metric) pair whose band is the label', () => {
    expect(r.metrics).toEqual({ agree: 4, total: 6, agreement: 66.7 });
  });

  it('compares the overall band with expected_overall', () => {
    expect(r.overall).toEqual({ agree: 2, total: 3, agreement: 66.7 });
  });

  it('fills the confusion matrix with labels as rows and the scorer as columns', () => {
    const q = emptyConfusion();
    q.high.high = 1;
    q.high.mid = 1;
    q.mid.mid = 1;
    const l = emptyConfusion();
    l.low.low = 1;
    l['n/a']['n/a'] = 1;
    l.low.high = 1;
    expect(r.perMetric).toEqual([
      { metric: 'q', agree: 2, total: 3, agreement: 66.7, confusion: q },
      { metric: 'l', agree: 2, total: 3, agreement: 66.7, confusion: l },
    ]);
  });

  it('lists each miss with the label, the band and the score', () => {
    expect(r.misses).toEqual([
      { file: 'A02', metric: 'q', label: 'high', got: 'mid', score: 3 },
      { file: 'B01', metric: 'l', label: 'low', got: 'high', score: 4 },
    ]);
    expect(r.overallMisses).toEqual([{ file: 'B01', metric: 'overall', label: 'low', got: 'mid', score: 2.6 }]);
  });

  it('counts a scorer n/a against a label as a miss, not a skip', () => {
    const out = metricAgreement([obs('C01', { q: ['low', null] })], ['q']);
    expect(out.metrics).toEqual({ agree: 0, total: 1, agreement: 0 });
    expect(out.perMetric[0]!.confusion.low['n/a']).toBe(1);
  });

  it('reports no agreement percentage when there is nothing to compare', () => {
    expect(metricAgreement([], IDS).metrics).toEqual({ agree: 0, total: 0, agreement: null });
  });
});

describe('isBelow', () => {
  it.each([
    { agree: 85, total: 100, min: 85, out: false },
    { agree: 271, total: 319, min: 85, out: true }, // 84.95%, shown as 85.0%
    { agree: 0, total: 0, min: 50, out: false },
    { agree: 3, total: 3, min: 100, out: false },
    { agree: 2, total: 3, min: 100, out: true },
  ])('$agree/$total against $min: $out', ({ agree, total, min, out }) =>
    expect(isBelow(shareOf(agree, total), min)).toBe(out),
  );
});
