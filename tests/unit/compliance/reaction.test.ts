// The HCP hook (issue #17): a skeptical or hostile HCP loses openness over an absolute claim or a
// safety concern waved away; an open HCP does not react to the same words.
import { describe, expect, it } from 'vitest';
import { reactionKinds } from '../../../src/compliance/index.js';
import { complianceEffects } from '../../../src/hcp/compliance-cost.js';
import { applyEffects } from '../../../src/hcp/deltas.js';
import { open } from '../../../src/hcp/index.js';
import { join } from 'node:path';
import { loadScenarioFile, type Scenario } from '../../../src/scenario/index.js';
import { ROOT } from '../../support/paths.js';

async function scenario(id: string): Promise<Scenario> {
  const r = await loadScenarioFile(join(ROOT, 'scenarios', `${id}.yaml`));
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.value;
}

describe('reactionKinds', () => {
  it.each([
    { text: "It's completely safe for your patients.", raised: false, out: ['absolute_claim'] },
    { text: "I won't tell you it's completely safe.", raised: false, out: [] },
    { text: 'Honestly, the boxed warning is overblown.', raised: false, out: ['minimizing_safety'] },
    { text: "I wouldn't worry about it.", raised: true, out: ['minimizing_safety'] },
    { text: "I wouldn't worry about it.", raised: false, out: [] },
    { text: 'It did better than placebo at week 12.', raised: false, out: [] },
  ])('reads "$text" (safety raised: $raised) as $out', ({ text, raised, out }) => {
    expect(reactionKinds(text, { safetyRaised: raised, headToHead: false })).toEqual(out);
  });
});

describe('complianceEffects', () => {
  it('costs a hostile HCP openness and leaves an open HCP alone', async () => {
    const hostile = await scenario('rheumatology-ra-jak-safety');
    const friendly = await scenario('cardiology-lipid-closing');
    const text = "It's completely safe, and the boxed warning is overblown.";
    const cost = complianceEffects(open(hostile, 1).state, hostile, text);
    expect(cost.map((e) => e.key)).toEqual(['absolute-claim', 'dismissed-safety']);
    expect(applyEffects(cost, hostile.difficulty).delta).toBeLessThan(0);
    expect(complianceEffects(open(friendly, 1).state, friendly, text)).toEqual([]);
  });
});
