import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf, metricOf } from './support.js';

const score = (lines: string[], name: string) => componentOf(conversation(...lines), 'adaptability', name).score;
const LONG = `R: ${'Our receptor antagonist has a distinct binding profile, a long half-life, a prefilled pen, and steady state after two doses, '.repeat(2)}`;

// SCORING.md defect 4: the reference only ever gave 3 or 4. Each component spans 1 to 5 from
// what the rep's next turn does.
describe.each([
  {
    name: 'approach_shift',
    cue: "C: Honestly, I'm not interested.",
    adapts: 'R: Fair enough. What would be most useful to you today?',
    ignores: LONG,
  },
  {
    name: 'tone_adjustment',
    cue: "C: I'm exhausted, we lost a patient last week.",
    adapts: "R: I'm so sorry to hear that. That sounds really hard.",
    ignores: 'R: Our program covers reversal agents.',
  },
  {
    name: 'depth_adjustment',
    cue: "C: Sorry, I don't follow.",
    adapts: 'R: Simply put: one shot a month.',
    ignores: LONG,
  },
  {
    name: 'pacing_adjustment',
    cue: 'C: I only have a minute, my next patient is waiting.',
    adapts: 'R: Then one thing: can I come back Friday at noon?',
    ignores: LONG,
  },
])('$name', ({ name, cue, adapts, ignores }) => {
  it('scores 5 when the next rep turn adapts', () => expect(score(['R: Hello, doctor.', cue, adapts], name)).toBe(5));
  it('scores 1 when it does not', () => expect(score(['R: Hello, doctor.', cue, ignores], name)).toBe(1));
  it('scores 3 when it adapts to one of two cues', () => {
    expect(score(['R: Hello, doctor.', cue, adapts, cue, ignores], name)).toBe(3);
  });
});

describe('adaptability as a whole', () => {
  it('is n/a without customer cues', () => {
    expect(metricOf(conversation('R: How are refills going?', 'C: Fine, mostly.'), 'adaptability')).toMatchObject({ score: null, applicable: false });
  });

  it('does not count a short reply that keeps probing as pacing', () => {
    expect(score(['R: Hi.', 'C: I have to go, I have another meeting.', 'R: Sure. Do you prescribe triple therapy?'], 'pacing_adjustment')).toBe(1);
  });
});
