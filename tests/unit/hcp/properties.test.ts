// Properties: any text in, a reply out; openness stays in [0, 10]; state survives a JSON round trip.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { open, step } from '../../../src/hcp/index.js';
import type { HcpState } from '../../../src/hcp/index.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { fixtureScenario } from './builders.js';

let s: Scenario;
beforeAll(async () => {
  s = await fixtureScenario();
});

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', '?', '\n\n- a\n- b\n- c', 'but actually no', 'Would you be open to a next step?'),
);

describe('step', () => {
  it('never throws, keeps openness in [0, 10] and patience ≥ 0, and its state is plain JSON', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 12 }), fc.integer(), (turns, seed) => {
        let state: HcpState = open(s, seed).state;
        for (const text of turns) {
          const { reply } = step(state, text, s, seed);
          expect(Number.isInteger(reply.state.openness)).toBe(true);
          expect(reply.state.openness).toBeGreaterThanOrEqual(0);
          expect(reply.state.openness).toBeLessThanOrEqual(10);
          expect(reply.state.patience).toBeGreaterThanOrEqual(0);
          expect(reply.text.trim()).not.toBe('');
          expect(JSON.parse(JSON.stringify(reply.state))).toEqual(reply.state);
          state = reply.state;
        }
      }),
      // The seed is fixed for every file (tests/support/fast-check-seed.ts); the texts below are counterexamples
      // other seeds found.
      { numRuns: 200 },
    );
  });

  // fast-check seed 54 found it: "A! !" ends a sentence on a mark with no word ("!"), and the reader of
  // acknowledgments read the word that sentence did not have (a TypeError out of `step`, so out of the REPL).
  it.each(['A! !', 'Okay. ... Fine.', '? ?', 'Um. !', '!!! Sure.'])('answers %j without throwing', (text) => {
    let state: HcpState = open(s, 0).state;
    for (const t of ['', text]) state = step(state, t, s, 0).reply.state;
    expect(state.history.length).toBeGreaterThan(0);
  });

  // Its speed is tests/bench/hcp.mjs's.
  it('answers a huge pasted turn', () => {
    const huge = 'Our product, which is great, helps, '.repeat(30_000);
    const { reply } = step(open(s, 1).state, huge, s, 1);
    expect(reply.state.history).toHaveLength(1);
  });

  it('does not change the state it was given', () => {
    const state = open(s, 1).state;
    const before = JSON.stringify(state);
    step(state, 'How do your patients manage?', s, 1);
    expect(JSON.stringify(state)).toBe(before);
  });
});
