// Section 3, "Strengths": a metric at Strong or better AND a turn of that kind that opened the HCP up.
import type { MetricResult } from '../types.js';
import type { HcpState, HistoryEntry } from '../hcp/index.js';
import { opennessBefore } from './hcp-view.js';
import { scored, strengthTurn } from './metrics.js';
import { level, quote, signed, type RepTurns } from './transcript.js';
import type { Strength } from './types.js';

/** The "Strong" band floor in docs/scoring.md. */
export const STRENGTH_MIN = 3.5;
const MAX_STRENGTHS = 2;

export interface StrengthsResult {
  strengths: Strength[];
  noStrengthsNote?: string;
}

export function buildStrengths(metrics: readonly MetricResult[], state: HcpState, reps: RepTurns): StrengthsResult {
  // Strongest first; the stable sort keeps scorecard order on ties.
  const strong = scored(metrics)
    .filter((m) => m.score >= STRENGTH_MIN)
    .sort((a, b) => b.score - a.score);
  const strengths: Strength[] = [];
  const used = new Set<number>();
  for (const m of strong) {
    if (strengths.length === MAX_STRENGTHS) break;
    const h = strengthTurn(m, state.history, reps, used);
    if (h === undefined) continue;
    used.add(h.repTurn);
    strengths.push({
      metricId: m.id,
      metric: m.metric,
      score: m.score,
      quote: quote(reps.text(h.repTurn)),
      turn: h.repTurn,
      why: whyOf(h, opennessBefore(state, h)),
    });
  }
  if (strengths.length > 0) return { strengths };
  return { strengths, noStrengthsNote: noteFor(strong.map((m) => m.metric)) };
}

function whyOf(h: HistoryEntry, before: number): string {
  const voice = quote(h.voice || h.reasons[0] || 'That landed with me.', 160);
  return `My openness went ${level(before)} → ${level(h.openness)} (${signed(h.delta)}): "${voice}"`;
}

// Peer rule: no filler praise. Say plainly why there is nothing to point to yet.
function noteFor(strongNames: readonly string[]): string {
  if (strongNames.length === 0) return `No strengths yet: no metric reached ${STRENGTH_MIN} (Strong).`;
  return `No strengths yet: ${strongNames.join(', ')} reached ${STRENGTH_MIN}, but no turn of that kind raised the HCP's openness.`;
}
