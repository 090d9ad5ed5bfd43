// The deltas table: difficulty scales gains and losses separately, never rounds a change away, clamps to ±3.
import { describe, expect, it } from 'vitest';
import { applyEffects, scaleDelta } from '../../../src/hcp/deltas.js';
import type { Difficulty } from '../../../src/scenario/schema.js';

describe('scaleDelta', () => {
  it.each([
    { up: 1, down: 0, d: 'hard', out: 1 },
    { up: 0, down: 1, d: 'easy', out: -1 },
    { up: 2, down: 0, d: 'easy', out: 2 },
    { up: 0, down: 2, d: 'hard', out: -3 },
    { up: 5, down: 0, d: 'medium', out: 2 },
    { up: 2, down: 2, d: 'medium', out: 0 },
    { up: 2, down: 2, d: 'hard', out: -1 },
  ] as { up: number; down: number; d: Difficulty; out: number }[])(
    'turns +$up/-$down on $d into $out',
    ({ up, down, d, out }) => {
      expect(scaleDelta(up, down, d)).toBe(out);
    },
  );
});

describe('applyEffects', () => {
  it('sums openness and patience and speaks in the first person about the biggest move', () => {
    const r = applyEffects([{ key: 'open-question' }, { key: 'feature-dump' }, { key: 'off-topic' }], 'medium');
    expect(r).toEqual({
      delta: -2,
      patience: -2,
      reasons: ['asked an open question', 'listed features without linking them to me', 'went off topic'],
      voice: 'A list of features; I tuned out',
    });
  });

  it('names the priority the rep used', () => {
    expect(applyEffects([{ key: 'priority-first', about: 'staffing' }], 'medium').voice).toBe(
      'You used my words about staffing',
    );
  });
});
