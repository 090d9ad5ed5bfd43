// Section 1, "Outcome": how the conversation ended and where the HCP was left.
import type { EndReason, HcpState } from '../hcp/index.js';
import type { Scenario } from '../scenario/index.js';
import type { Outcome } from './types.js';

export function buildOutcome(state: HcpState, scenario: Scenario, endReason?: EndReason): Outcome {
  const statuses = scenario.hcp.objections.map((o) => state.objections[o.id]?.status ?? 'latent');
  return {
    // No recorded reason means the HCP never ended it, so the rep did (`/end`).
    endReason: endReason ?? state.ending?.reason ?? 'rep-ended',
    openness: state.openness,
    mood: state.mood,
    prioritiesTouched: {
      touched: scenario.hcp.priorities.filter((p) => state.touched[p.id] !== undefined).length,
      total: scenario.hcp.priorities.length,
    },
    objections: {
      raised: statuses.filter((s) => s !== 'latent').length,
      resolved: statuses.filter((s) => s === 'resolved').length,
      total: scenario.hcp.objections.length,
    },
  };
}
