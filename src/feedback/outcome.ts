// Section 1, "Outcome": how the conversation ended and where the HCP was left.
import type { EndReason, HcpState } from '../hcp/index.js';
import type { Scenario } from '../scenario/index.js';
import { hasAct, OBJECTION_ACTS, type Reading } from '../understand/index.js';
import type { Outcome } from './types.js';

const HEARD_OUT = ['acknowledge', 'paraphrase', 'explore'] as const;

/**
 * Objections as the scorer counts them (objection_navigation "handling"): each HCP turn that objected
 * and got a rep reply, and how many of those replies heard it out without arguing. One reading for
 * both, so the outcome and the scorecard can never disagree about an objection.
 */
function objectionsRead(reading: Reading): { raised: number; resolved: number } {
  const replies = reading.turns.flatMap((t) => {
    const next = reading.turns[t.i + 1];
    const objected = t.speaker === 'customer' && OBJECTION_ACTS.some((a) => hasAct(t, a));
    return objected && next?.speaker === 'rep' ? [next] : [];
  });
  const heard = replies.filter((t) => HEARD_OUT.some((a) => hasAct(t, a)) && !hasAct(t, 'rebuttal'));
  return { raised: replies.length, resolved: heard.length };
}

/** Without a reading, the HCP's own objection states (kept for callers that have no transcript). */
function objectionsOfState(state: HcpState, scenario: Scenario): { raised: number; resolved: number } {
  const statuses = scenario.hcp.objections.map((o) => state.objections[o.id]?.status ?? 'latent');
  return { raised: statuses.filter((s) => s !== 'latent').length, resolved: statuses.filter((s) => s === 'resolved').length };
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
