// The REPL's `/hint`: one concrete next move from the partial score, in the scenario's own words.
import { coach, moveFor, type MoveKind } from './coach.js';
import { scored, weakestComponent, weakestFirst } from './metrics.js';
import { momentAt } from './moment.js';
import { indexRepTurns, quote } from './transcript.js';
import type { HintInput } from './types.js';

const MAX_HINT = 400;

export function hintFor(input: HintInput): string {
  const { scorecard, turns, hcpState, scenario } = input;
  const reps = indexRepTurns(turns);
  // Past the last rep turn, the moment is the next one: the HCP's latest words are what the rep answers.
  const moment = momentAt(
    reps.indexes.length + 1,
    scenario,
    hcpState,
    reps,
    turns.map((t) => t.text),
  );
  // A voiced objection nobody acknowledged costs openness every turn it is ignored (docs/hcp.md), so it comes first.
  const unanswered = scenario.hcp.objections.some((o) => hcpState.objections[o.id]?.status === 'raised');
  const weakest = weakestFirst(scored(scorecard.metricResults))[0];
  const kind: MoveKind =
    reps.indexes.length === 0
      ? 'agenda'
      : unanswered && moment.objection !== undefined
        ? 'acknowledge'
        : moveFor(weakest === undefined ? undefined : weakestComponent(weakest)?.name, [], moment);
  const c = coach(kind, moment);
  return quote(`${c.advice.replace(/\.$/, '')}: "${c.line}"`, MAX_HINT);
}
