// Section 4, "Improvements": the weakest metrics, each on one of the rep's own turns, with a better line.
import type { MetricResult } from '../types.js';
import type { HcpState, HistoryEntry } from '../hcp/index.js';
import type { Scenario } from '../scenario/index.js';
import { opennessBefore } from './hcp-view.js';
import { betterLine, gatherMaterial } from './material.js';
import { improvementTurn, scored, weakestComponent, weakestFirst } from './metrics.js';
import { tipFor } from './tips.js';
import { level, quote, signed, type RepTurns } from './transcript.js';
import type { Improvement } from './types.js';

/** Exceptional (SCORING.md) needs no fixing: suggesting one would be filler. */
const IMPROVE_BELOW = 4.5;
const MAX_IMPROVEMENTS = 2;

export function buildImprovements(metrics: readonly MetricResult[], state: HcpState, scenario: Scenario, reps: RepTurns): Improvement[] {
  const weak = weakestFirst(scored(metrics).filter((m) => m.score < IMPROVE_BELOW));
  const out: Improvement[] = [];
  const used = new Set<number>();
  for (const m of weak) {
    if (out.length === MAX_IMPROVEMENTS) break;
    const h = improvementTurn(m, state.history, used);
    if (h === undefined || reps.text(h.repTurn) === '') continue;
    used.add(h.repTurn);
    const material = gatherMaterial(scenario, state, reps.hcpBefore(h.repTurn));
    out.push({
      metricId: m.id,
      metric: m.metric,
      turn: h.repTurn,
      quote: quote(reps.text(h.repTurn)),
      hcpReaction: reactionOf(opennessBefore(state, h), h, reps.replyAfter(h.repTurn)),
      betterLine: quote(betterLine(material), 400),
      tip: quote(tipFor(weakestComponent(m)?.name, material, false), 400),
    });
  }
  return out;
}

function reactionOf(before: number, h: HistoryEntry, reply: string | undefined): string {
  const moved = h.delta === 0 ? `Openness stayed at ${level(h.openness)}` : `Openness ${level(before)} → ${level(h.openness)} (${signed(h.delta)})`;
  const felt = h.voice.trim() === '' ? '' : ` "${quote(h.voice, 160)}"`;
  const said = reply === undefined ? ' The conversation ended there.' : ` Then said: "${quote(reply)}"`;
  return `${moved}.${felt}${said}`;
}
