// The HCP speaks its priorities in the scenario's own first-person sentences (issue 14): it steers with
// the scenario's `asks`, answers with its `says`, and never builds a sentence around a label
// ("What are other practices seeing with needle?").
import { beforeAll, describe, expect, it } from 'vitest';
import { priorityPhrase } from '../../../src/hcp/material.js';
import { FRAME_NAMES, framesFor } from '../../../src/hcp/frames.js';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { chattyRep, converse, keepTalking, SCENARIO_IDS } from './builders.js';

let scenarios: Scenario[];
beforeAll(async () => {
  const lib = await loadLibrary();
  scenarios = SCENARIO_IDS.map((id) => lib.require(id));
});

const repliesOf = (s: Scenario): string[] =>
  [keepTalking, chattyRep].flatMap((rep) =>
    [1, 2].flatMap((seed) => converse(s, rep, seed, 12).exchanges.map((e) => e.reply.text)),
  );

describe('the HCP in its own words', () => {
  it('steers with the questions the scenario wrote for it', () => {
    for (const s of scenarios) {
      const asks = [...s.hcp.priorities, ...s.hcp.concerns].flatMap((x) => (x.asks === undefined ? [] : [x.asks]));
      expect(
        repliesOf(s).some((r) => asks.some((a) => r.includes(a))),
        s.id,
      ).toBe(true);
    }
  });

  it('never frames a priority label as a sentence of its own', () => {
    for (const s of scenarios) {
      const labels = s.hcp.priorities.map((p) => priorityPhrase(p).toLowerCase());
      const seams = repliesOf(s).filter((r) =>
        labels.some((l) =>
          new RegExp(
            `\\b(?:do for|seeing with|handle|connect to|fit with|helps with|something on|enough about|to do with) ${l}[?,.]`,
            'iu',
          ).test(r),
        ),
      );
      expect(seams, s.id).toEqual([]);
    }
  });
});

describe('frames a voiced scenario can say', () => {
  // A voiced scenario skips frames built around {term}, and {echo} is empty when the rep used no topic
  // word: a move left with no line replied "...".
  it.each(FRAME_NAMES)('%s has a line without {term} or {echo} at every depth', (name) => {
    for (const depth of ['closed', 'guarded', 'neutral', 'open'] as const)
      expect(
        framesFor(name, depth).some((f) => !f.includes('{term}') && !f.includes('{echo}')),
        `${name} at ${depth}`,
      ).toBe(true);
  });
});
