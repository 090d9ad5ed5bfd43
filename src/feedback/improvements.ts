// Section 4, "Improvements": the weakest metrics, each on one of the rep's own turns: what they did, what it
// cost them, and a better line for that moment of this scenario (issue 15).
import type { MetricResult } from '../types.js';
import type { HcpState, HistoryEntry, RepAct } from '../hcp/index.js';
import type { Scenario } from '../scenario/index.js';
import type { Reading } from '../understand/index.js';
import { coach, moveFor } from './coach.js';
import { opennessBefore } from './hcp-view.js';
import { improvementTurn, scored, weakestComponent, weakestFirst } from './metrics.js';
import { momentAt } from './moment.js';
import { level, quote, signed, type RepTurns } from './transcript.js';
import type { Improvement } from './types.js';

/** Exceptional (docs/scoring.md) needs no fixing: suggesting one would be filler. */
const IMPROVE_BELOW = 4.5;
const MAX_IMPROVEMENTS = 2;

/** What a turn did wrong, in words a trainer would use; the first hurting act wins. */
const DID: Partial<Record<RepAct, string>> = {
  rebuttal: 'argued with the concern',
  feature_dump: 'listed features',
  dodges_question: "didn't answer the question",
  closed_question: 'asked a yes/no question',
  parrot: "repeated the HCP's words back",
  misstated_recap: "recapped something the HCP didn't say",
  generic_benefit: 'made a general claim',
  next_step_vague: 'left the next step vague',
  off_topic: 'went off topic',
  no_content: 'said nothing the HCP could use',
};

export interface ImprovementsInput {
  metrics: readonly MetricResult[];
  state: HcpState;
  scenario: Scenario;
  reps: RepTurns;
  transcript: readonly string[];
  reading?: Reading;
}

export function buildImprovements(input: ImprovementsInput): Improvement[] {
  const { metrics, state, scenario, reps } = input;
  const weak = weakestFirst(scored(metrics).filter((m) => m.score < IMPROVE_BELOW));
  const out: Improvement[] = [];
  const usedTurns = new Set<number>();
  const usedLines = new Set<string>();
  for (const m of weak) {
    if (out.length === MAX_IMPROVEMENTS) break;
    const h = improvementTurn(m, state.history, usedTurns);
    if (h === undefined || reps.text(h.repTurn) === '') continue;
    usedTurns.add(h.repTurn);
    const moment = momentAt(h.repTurn, scenario, state, reps, input.transcript, input.reading);
    const coaching = coach(moveFor(weakestComponent(m)?.name, h.acts, moment), moment, usedLines);
    usedLines.add(coaching.line);
    const did = h.acts.map((a) => DID[a]).find((d) => d !== undefined);
    out.push({
      metricId: m.id,
      metric: m.metric,
      turn: h.repTurn,
      quote: quote(reps.text(h.repTurn)),
      ...(did === undefined ? {} : { did }),
      hcpReaction: reactionOf(opennessBefore(state, h), h, reps.replyAfter(h.repTurn)),
      move: coaching.kind,
      betterLine: coaching.line,
      tip: coaching.advice,
    });
  }
  return out;
}

function reactionOf(before: number, h: HistoryEntry, reply: string | undefined): string {
  const moved =
    h.delta === 0
      ? `Openness stayed at ${level(h.openness)}`
      : `Openness ${level(before)} → ${level(h.openness)} (${signed(h.delta)})`;
  const felt = h.voice.trim() === '' ? '' : ` "${quote(h.voice, 160)}"`;
  const said = reply === undefined ? ' The conversation ended there.' : ` Then said: "${quote(reply, 160)}"`;
  return `${moved}.${felt}${said}`;
}
