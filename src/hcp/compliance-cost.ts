// Issue #17: a skeptical or hostile HCP hears an absolute claim ("completely safe", "the best") or a
// safety concern waved away, and closes up. Only those moods: an open HCP lets a rep's overstatement pass.
import { reactionKinds } from '../compliance/index.js';
import type { Scenario } from '../scenario/index.js';
import type { Effect } from './deltas.js';
import { isOpenObjection } from './state.js';
import type { HcpState } from './types.js';

const WARY = new Set<Scenario['hcp']['startingMood']>(['skeptical', 'hostile']);

export function complianceEffects(state: HcpState, s: Scenario, text: string): Effect[] {
  if (!WARY.has(s.hcp.startingMood)) return [];
  const safetyRaised = s.hcp.objections.some(
    (o) => o.kind === 'safety' && isOpenObjection(state.objections[o.id]?.status ?? 'latent'),
  );
  const kinds = reactionKinds(text, { safetyRaised, headToHead: (s.compliance?.headToHead.length ?? 0) > 0 });
  return kinds.map((k) => ({ key: k === 'absolute_claim' ? 'absolute-claim' : 'dismissed-safety' }));
}
