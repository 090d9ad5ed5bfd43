// customer_engagement_signals reads how engaged the HCP became (docs/scoring.md), not only how much.
import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf, metricOf } from './support.js';

const ASK = 'R: How do you handle that today?';
const SHARES = 'C: Half my patients stop the statin after a month, and my nurse has no time to chase refills.';
const CLIPPED = 'C: Mm.';

describe('engagement trajectory', () => {
  it('weighs where the HCP ended up over the opening disposition', () => {
    const warming = conversation(ASK, CLIPPED, ASK, CLIPPED, ASK, SHARES, ASK, SHARES);
    const cooling = conversation(ASK, SHARES, ASK, SHARES, ASK, CLIPPED, ASK, CLIPPED);
    const warm = componentOf(warming, 'customer_engagement_signals', 'engaged_turns');
    const cool = componentOf(cooling, 'customer_engagement_signals', 'engaged_turns');
    // The same two sharing turns out of four: the call that warms up engaged the HCP more.
    expect(warm.rationale).toContain('2 of 4');
    expect(cool.rationale).toContain('2 of 4');
    expect(warm.score!).toBeGreaterThan(cool.score!);
  });
});

describe('talk share (LABELS.md: one input)', () => {
  const PITCH =
    'R: Our product lowers LDL by about half in twelve weeks, it is one injection every six months, the copay card brings it to ten dollars, and the safety profile matched placebo in the trial across every subgroup we looked at, including older patients.';
  it('caps engagement when the HCP says under a fifth of the words', () => {
    const monologue = conversation(
      PITCH,
      'C: Send me the table.',
      PITCH,
      'C: What about the older ones?',
      PITCH,
      'C: Sure, I will look.',
    );
    const m = metricOf(monologue, 'customer_engagement_signals');
    expect(m.score).toBe(3.5);
    expect(m.components.find((c) => c.name === 'engaged_turns')!.rationale).toMatch(
      /the HCP said only \d+% of the words, so engagement is at most 3\.5/,
    );
  });
  it('leaves a call the HCP talked in alone', () => {
    const m = metricOf(conversation(ASK, SHARES, ASK, SHARES, ASK, SHARES), 'customer_engagement_signals');
    expect(m.components.find((c) => c.name === 'engaged_turns')!.rationale).not.toContain('at most');
  });
});

describe('engagement the rep earned (LABELS.md: "because of the rep")', () => {
  // The same open HCP twice: once met by a rep who argues and dodges, once by one who hears her.
  const HCP = [
    'C: My real problem is older patients who stop their statin because of muscle aches, and I lose them for a year.',
    'C: What do you see for muscle symptoms in patients over seventy-five?',
    'C: All right. If it keeps them on therapy, I could try it in two or three of them next month.',
  ];
  const deaf = conversation(
    'R: Hi, I wanted to tell you about Lipora.',
    HCP[0]!,
    "R: I hear you, but that really isn't an issue with Lipora. It lowers LDL by half, once a day, with a copay card.",
    HCP[1]!,
    'R: Good question. Let me tell you about our copay card instead, it brings it to ten dollars a month.',
    HCP[2]!,
  );
  const heard = conversation(
    'R: Hi, I wanted to hear how your statin patients are doing.',
    HCP[0]!,
    'R: So the aches cost you the patient, not just the dose. How do you handle it when someone stops?',
    HCP[1]!,
    'R: In patients over seventy-five, muscle symptoms were no higher than placebo, 4 percent in both arms.',
    HCP[2]!,
  );
  it('caps the engagement of an HCP who opened up to a rep who did not listen', () => {
    expect(metricOf(deaf, 'listening_responsiveness').score!).toBeLessThan(2.5);
    const m = metricOf(deaf, 'customer_engagement_signals');
    expect(m.score).toBe(3.5);
    expect(m.components.find((c) => c.name === 'engaged_turns')!.rationale).toContain("the rep's listening was weak");
  });
  it('leaves the same HCP uncapped when the rep listened', () => {
    const m = metricOf(heard, 'customer_engagement_signals');
    expect(m.score!).toBeGreaterThan(3.5);
    expect(m.components.find((c) => c.name === 'engaged_turns')!.rationale).not.toContain('at most');
  });
});
