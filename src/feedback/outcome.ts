// Section 1, "Outcome": how the conversation ended and where the HCP was left.
import { wasRaised, type EndReason, type HcpState } from '../hcp/index.js';
import type { Scenario } from '../scenario/index.js';
import { DEFAULT_RUBRIC, objectionReplies } from '../scoring/index.js';
import type { Reading } from '../understand/index.js';
import type { Outcome } from './types.js';

/**
 * Objections as the scorer counts them (objection_navigation "handling"): the same replies, scored
 * by the same function, so the outcome and the scorecard can never disagree about an objection.
 */
function objectionsRead(reading: Reading): { raised: number; resolved: number } {
  const replies = objectionReplies(reading, DEFAULT_RUBRIC.cuts.objection_navigation);
  return { raised: replies.length, resolved: replies.filter((x) => x.heard).length };
}

/** Without a reading, the HCP's own objection states (kept for callers that have no transcript). */
function objectionsOfState(state: HcpState, scenario: Scenario): { raised: number; resolved: number } {
  const statuses = scenario.hcp.objections.map((o) => state.objections[o.id]?.status ?? 'latent');
  return { raised: statuses.filter(wasRaised).length, resolved: statuses.filter((s) => s === 'resolved').length };
}

export function buildOutcome(state: HcpState, scenario: Scenario, endReason?: EndReason, reading?: Reading): Outcome {
  const counts = reading === undefined ? objectionsOfState(state, scenario) : objectionsRead(reading);
  return {
    // No recorded reason means the HCP never ended it, so the rep did (`/end`).
    endReason: endReason ?? state.ending?.reason ?? 'rep-ended',
    openness: state.openness,
    mood: state.mood,
    prioritiesTouched: {
      touched: scenario.hcp.priorities.filter((p) => state.touched[p.id] !== undefined).length,
      total: scenario.hcp.priorities.length,
    },
    objections: { ...counts, total: scenario.hcp.objections.length },
  };
}
