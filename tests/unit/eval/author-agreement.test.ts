// Agreement split by author, on hand-built observations.
import { describe, expect, it } from 'vitest';
import { authorAgreement } from '../../../src/eval/index.js';
import { obs } from './builders.js';

describe('authorAgreement', () => {
  it('splits files by the letters that start their id, authors sorted', () => {
    const rows = authorAgreement(
      [
        obs('B01-x', { q: ['high', 4.2] }, ['high', 4.2]),
        obs('A01-x', { q: ['low', 3.0] }, ['low', 3.0]),
        obs('A02-x', { q: ['mid', 3.0] }, ['mid', 3.0]),
        obs('AB01-x', { q: ['low', 1.0] }, ['mid', 1.0]),
      ],
      ['q'],
    );
    expect(rows).toEqual([
      {
        author: 'A',
        files: 2,
        metrics: { agree: 1, total: 2, agreement: 50 },
        overall: { agree: 1, total: 2, agreement: 50 },
      },
      {
        author: 'AB',
        files: 1,
        metrics: { agree: 1, total: 1, agreement: 100 },
        overall: { agree: 0, total: 1, agreement: 0 },
      },
      {
        author: 'B',
        files: 1,
        metrics: { agree: 1, total: 1, agreement: 100 },
        overall: { agree: 1, total: 1, agreement: 100 },
      },
    ]);
  });
});
