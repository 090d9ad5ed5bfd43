// The REPL's `/hint`: one concrete next move from the partial score, in the scenario's own words.
import { gatherMaterial } from './material.js';
import { scored, weakestComponent, weakestFirst } from './metrics.js';
import { tipFor } from './tips.js';
import { indexRepTurns, quote } from './transcript.js';
import type { HintInput } from './types.js';

const MAX_HINT = 400;

export function hintFor(input: HintInput): string {
  const { scorecard, turns, hcpState, scenario } = input;
  const reps = indexRepTurns(turns);
  // Past the last rep turn, hcpBefore gives the HCP's latest words: the line the rep answers next.
  const m = gatherMaterial(scenario, hcpState, reps.hcpBefore(reps.indexes.length + 1));
  if (reps.indexes.length === 0) {
    const topic = m.term ?? 'what matters most to your patients';
    return quote(`Set an agenda in one sentence, then ask an open question: "I'd like to understand how you handle ${topic}. ${m.question}"`, MAX_HINT);
  }
  // A voiced objection nobody acknowledged costs openness every turn it is ignored (HCP.md), so it comes first.
  const unanswered = scenario.hcp.objections.some((o) => hcpState.objections[o.id]?.status === 'raised');
  if (unanswered) return quote(tipFor('handling', m), MAX_HINT);
  const weakest = weakestFirst(scored(scorecard.metricResults))[0];
  return quote(tipFor(weakest === undefined ? undefined : weakestComponent(weakest)?.name, m), MAX_HINT);
}
