import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from '../../src/suggest.js';

describe('editDistance', () => {
  it.each([
    { a: '', b: '', d: 0 },
    { a: 'abc', b: 'abc', d: 0 },
    { a: 'kitten', b: 'sitting', d: 3 },
    { a: 'list', b: 'lsit', d: 1 },
    { a: 'stauts', b: 'status', d: 1 },
    { a: 'ab', b: 'ba', d: 1 },
    { a: '', b: 'abc', d: 3 },
  ])('is $d between "$a" and "$b"', ({ a, b, d }) => expect(editDistance(a, b)).toBe(d));
});

describe('closestNames', () => {
  const ids = ['gatekeeper-front-desk', 'statin-hesitant-pcp', 'oncology-tumor-board'];
  it('finds a one-letter typo', () => expect(closestNames('statin-hesitant-pc', ids)).toEqual(['statin-hesitant-pcp']));
  it('finds a fragment', () => expect(closestNames('gatekeeper', ids)).toEqual(['gatekeeper-front-desk']));
  it('offers nothing for an unrelated word', () => expect(closestNames('zzzzzz', ids)).toEqual([]));
});
