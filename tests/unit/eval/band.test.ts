// bandOfScore and authorOf: the trainers' score bands (docs/scoring.md) and the author letters of an id.
import { describe, expect, it } from 'vitest';
import { authorOf, bandOfScore } from '../../../src/eval/index.js';

describe('bandOfScore', () => {
  it.each([
    { s: null, out: 'n/a' },
    { s: 5, out: 'high' },
    { s: 4, out: 'high' },
    { s: 3.9, out: 'mid' },
    { s: 2.5, out: 'mid' },
    { s: 2.4, out: 'low' },
    { s: 1, out: 'low' },
  ])('puts $s in $out', ({ s, out }) => expect(bandOfScore(s)).toBe(out));
});

describe('authorOf', () => {
  it.each([
    { id: 'A07-neurology-ms-discovery-no-close', out: 'A' },
    { id: 'BX12-payer', out: 'BX' },
    { id: 'c3-lowercase', out: 'c' },
    { id: '42-no-letters', out: '-' },
  ])('reads the author of $id as $out', ({ id, out }) => expect(authorOf(id)).toBe(out));
});
