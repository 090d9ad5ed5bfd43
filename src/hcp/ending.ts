// How a conversation ends (docs/hcp.md "Ending"): time-out, walk-out, or an agreed next step plus one recap turn.
import type { Scenario, Stage } from '../scenario/index.js';
import { openObjectionIds } from './objections.js';
import { READY_OPENNESS } from './state.js';
import type { EndReason, HcpState } from './types.js';

/** Openness at or below this, two turns running, and the HCP walks out. */
const WALK_OUT_OPENNESS = 1;
const WALK_OUT_RUN = 2;

/** Later stages of the sales cycle (the peer's six) ask for a trial; earlier ones for a follow-up. */
const LATE_STAGES: ReadonlySet<Stage> = new Set(['access', 'closing', 'objection-handling']);

export const nextStepKey = (s: Scenario): 'early' | 'late' => (LATE_STAGES.has(s.stage) ? 'late' : 'early');
export const nextStepFor = (s: Scenario): string => s.nextSteps[nextStepKey(s)];

/**
 * Ready for a commitment: open enough, no concern left unheard, and the rep has done discovery:
 * uncovered a hidden priority where the HCP has one, else worked with two of its priorities. One good
 * question is not yet a reason to commit (issue 14: a mixed rep must not end where a strong one does),
 * and neither is warm talk that never tied the product to this HCP's patients.
 * A concern the rep took seriously but has not settled does not block a next step: the HCP agrees
 * and names it as the condition (see `conditionOf`), as a real customer would.
 */
export function isReady(state: HcpState, s: Scenario): boolean {
  const touched = Object.keys(state.touched).length;
  const hidden = s.hcp.priorities.some((p) => p.hidden);
  // A hidden priority is discovered when the HCP tells it, or when the rep names it and works with it
  // ("so it's buy-and-bill or the specialty pharmacy?").
  const found = s.hcp.priorities.some((p) => p.hidden && state.touched[p.id] !== undefined);
  const discovered = hidden ? state.revealed.length > 0 || found : touched >= Math.min(2, s.hcp.priorities.length);
  const unheard = Object.values(state.objections).some((o) => o.status === 'raised');
  // Nobody agrees to try what was never tied to their patients, however warm the talk.
  const mattered = state.linkedAt !== undefined;
  return state.openness >= READY_OPENNESS && !unheard && touched > 0 && discovered && mattered;
}

/** The acknowledged but unsettled concern an agreement is conditional on, if any. */
export const conditionOf = (state: HcpState): string | undefined => openObjectionIds(state)[0];

export function trackLowOpenness(state: HcpState): void {
  state.lowOpennessRun = state.openness <= WALK_OUT_OPENNESS ? state.lowOpennessRun + 1 : 0;
}

/**
 * Decide whether this turn ends the conversation; sets `state.ending`.
 * Returns the reason when the reply that follows is the last one.
 */
export function decideEnding(
  state: HcpState,
  o: { recap: boolean; agreed: boolean },
  turn: number,
): EndReason | undefined {
  if (o.recap) return end(state, 'commitment', turn, true);
  if (o.agreed) {
    const final = state.patience <= 0;
    state.ending = { reason: 'commitment', atRepTurn: turn, final };
    return final ? 'commitment' : undefined;
  }
  // One bad opening earns a cold reply, not a closed door: a rep practising always gets a second turn.
  if (turn > 1 && (state.openness <= 0 || state.lowOpennessRun >= WALK_OUT_RUN))
    return end(state, 'walk-out', turn, true);
  if (state.patience <= 0) return end(state, 'time-out', turn, true);
  return undefined;
}

function end(state: HcpState, reason: EndReason, turn: number, final: boolean): EndReason {
  state.ending = { reason, atRepTurn: turn, final };
  return reason;
}
