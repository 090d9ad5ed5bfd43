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
