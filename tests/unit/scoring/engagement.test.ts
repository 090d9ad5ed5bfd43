// customer_engagement_signals reads how engaged the HCP became (docs/scoring.md), not only how much.
import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf } from './support.js';

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
