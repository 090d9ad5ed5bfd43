// Where a batch run left the HCP: final openness, the commitment, objections and priorities, why it ended.
import { wasRaised, type HcpState } from '../hcp/index.js';
import type { Scenario } from '../scenario/index.js';
import type { Turn } from '../types.js';
import { readConversation } from '../understand/index.js';
import type { Commitment, RunOutcome } from './outcome-schema.js';

export { COMMITMENTS, RunOutcomeSchema, type Commitment, type RunOutcome } from './outcome-schema.js';

/** Rep acts that ask the HCP for something: a commitment, or a dated next step. */
const ASK_ACTS: readonly string[] = ['commitment_request', 'next_step_specific'];

/**
 * Agreed and declined are the HCP's word: the engine's own commitment state first; a decline it does
 * not track is read from its reply to the rep's last ask, as the scorer reads it.
 */
export function commitmentOf(state: HcpState, turns: readonly Pick<Turn, 'speaker' | 'text'>[]): Commitment {
  // Widened to string so an engine that records more states ('declined') needs no change here.
  const held: string = state.commitment;
  if (held === 'agreed' || state.ending?.reason === 'commitment') return 'agreed';
  if (held === 'declined') return 'declined';
  const reading = readConversation(turns);
  const asks = reading.timeline.asks.filter((a) => reading.turns[a.turn]?.acts.some((x) => ASK_ACTS.includes(x.act)));
  if (asks.at(-1)?.answer?.act === 'declines') return 'declined';
  const asked =
    held === 'asked' || asks.length > 0 || state.history.some((h) => h.acts.some((a) => ASK_ACTS.includes(a)));
  return asked ? 'asked' : 'none';
}

/**
 * From the HCP's final state: objections as it tracks them; a priority is uncovered once the rep
 * touched it or the HCP revealed it (a hidden one told to a good question counts).
 */
export function runOutcome(
  state: HcpState,
  scenario: Scenario,
  turns: readonly Pick<Turn, 'speaker' | 'text'>[],
  hcpEnded?: string,
): RunOutcome {
  const statuses = scenario.hcp.objections.map((o) => state.objections[o.id]?.status ?? 'latent');
  const uncovered = scenario.hcp.priorities.filter(
    (p) => state.touched[p.id] !== undefined || state.revealed.includes(p.id),
  );
  const ending = state.ending?.final && state.ending.reason !== 'rep-ended' ? state.ending.reason : undefined;
  return {
    openness: state.openness,
    commitment: commitmentOf(state, turns),
    objections: {
      raised: statuses.filter(wasRaised).length,
      resolved: statuses.filter((s) => s === 'resolved').length,
    },
    prioritiesUncovered: { uncovered: uncovered.length, total: scenario.hcp.priorities.length },
    // Null when the HCP was still talking as the script ran out: the rep ended it.
    endReason: hcpEnded ?? ending ?? null,
  };
}
