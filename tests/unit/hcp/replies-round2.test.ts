// Practice calls played as a rep would (round 2): each row is an HCP reply no doctor would give to that turn, with its near miss.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { converse } from './builders.js';

let lib: Awaited<ReturnType<typeof loadLibrary>>;
beforeAll(async () => {
  lib = await loadLibrary();
});

const scenario = (id: string): Scenario => lib.require(id);
const replies = (id: string, lines: readonly string[], seed: number) => converse(scenario(id), lines, seed).exchanges;
const last = (id: string, lines: readonly string[], seed: number) => replies(id, lines, seed).at(-1)!;
/** Frames are picked by seed: a seam must be absent on every seed, not just one. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const HF = 'cardiology-heart-failure-evidence';

describe('a recap that gets the HCP wrong', () => {
  const lines = [
    "Fair challenge. Before I answer, can I ask what you're seeing with your heart failure patients right now?",
    "That's a tough number to be judged on. What drives most of those readmissions?",
    'Cardivex is once-daily with no titration, and physicians really like how simple it is.',
    'I understand. Let me tell you about our patient support program instead.',
  ];

  it('is corrected before the HCP raises a concern that happens to be due', () => {
    const wrong = "So what I'm hearing is that mortality is your main worry and readmissions don't matter much to you.";
    for (const seed of SEEDS) {
      const e = last(HF, [...lines, wrong], seed);
      expect(e.reply.text, `seed ${seed}`).toMatch(/^(?:That's not what I said|No, that's not quite it|Not exactly)/);
    }
  });

  it('near miss: a right recap at the same point is not corrected', () => {
    const right = "So what I'm hearing is that readmissions are what your department is judged on.";
    for (const seed of SEEDS) {
      const e = last(HF, [...lines, right], seed);
      expect(e.reply.text, `seed ${seed}`).not.toMatch(/not what I said|not quite it|Not exactly/);
    }
  });
});

describe('a rep who goes past the question the HCP just asked', () => {
  const lines = [
    "Fair challenge. Before I answer, can I ask what you're seeing with your heart failure patients right now?",
    "That's a tough number to be judged on. What drives most of those readmissions?",
    'Cardivex is once-daily with no titration, and physicians really like how simple it is.',
    'I understand. Let me tell you about our patient support program instead.',
  ];

  it('is asked again about that question, not about a concern from earlier', () => {
    let asked = 0;
    for (const seed of SEEDS) {
      const ex = replies(HF, lines, seed);
      if (!/coming back within 30 days\?/.test(ex[2]!.reply.text)) continue;
      asked++;
      const dodge = ex[3]!.reply.text;
      expect(dodge, `seed ${seed}`).not.toMatch(
        /answer on the evidence|question on the evidence|What about the evidence/,
      );
      expect(dodge, `seed ${seed}`).toMatch(/readmission|my question|not what I asked/i);
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('near miss: a dodge of a concern the HCP voiced as a question presses on that concern', () => {
    const raised = [
      'Hi, thanks for making time.',
      'Cardivex goes on top of what they already take.',
      'Let me tell you about our patient support program instead.',
    ];
    let asked = 0;
    for (const seed of SEEDS) {
      const ex = replies(HF, raised, seed);
      if (!/blood pressure in patients already at 95 systolic\?/.test(ex[1]!.reply.text)) continue;
      asked++;
      expect(ex[2]!.reply.text, `seed ${seed}`).toMatch(/not what I asked|skipped my question|on safety/i);
      expect(ex[2]!.reply.text, `seed ${seed}`).not.toMatch(/mortality|readmission/i);
    }
    expect(asked).toBeGreaterThan(0);
  });
});
