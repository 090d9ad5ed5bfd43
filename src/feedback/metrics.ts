// Ties scorecard metrics to rep turns: through scorer evidence (transcript indexes) and the HCP's reading of each turn.
import type { ComponentResult, MetricResult } from '../types.js';
import type { HistoryEntry, RepAct } from '../hcp/index.js';
import type { RepTurns } from './transcript.js';

/** Acts (read once, shared with the scorer) that show (helps) or undercut (hurts) each metric. */
const ACTS: Record<string, { helps: RepAct[]; hurts: RepAct[] }> = {
  question_quality: { helps: ['open_question', 'explore'], hurts: ['closed_question', 'off_topic', 'dodges_question'] },
  listening_responsiveness: {
    helps: ['paraphrase', 'acknowledge', 'answers_question'],
    hurts: ['rebuttal', 'parrot', 'misstated_recap', 'dodges_question'],
  },
  making_it_matter: { helps: ['priority_link'], hurts: ['feature_dump', 'generic_benefit'] },
  customer_engagement_signals: { helps: ['open_question', 'priority_link'], hurts: ['feature_dump', 'rebuttal'] },
  objection_navigation: { helps: ['acknowledge', 'paraphrase', 'explore'], hurts: ['rebuttal'] },
  conversation_control_structure: {
    helps: ['purpose', 'transition', 'recap', 'time_adapt'],
    hurts: ['off_topic', 'misstated_recap'],
  },
  commitment_gaining: { helps: ['next_step_specific', 'commitment_request', 'ownership'], hurts: ['next_step_vague'] },
  adaptability: { helps: ['time_adapt', 'acknowledge', 'simplify'], hurts: ['feature_dump', 'rebuttal'] },
};

const actsOf = (id: string) => ACTS[id] ?? { helps: [], hurts: [] };

/** Applicable metrics with a score, in scorecard order. */
export function scored(metrics: readonly MetricResult[]): (MetricResult & { score: number })[] {
  return metrics.filter((m): m is MetricResult & { score: number } => m.applicable && m.score !== null);
}

/** Lowest score first; ties keep scorecard order (Array.prototype.sort is stable). */
export function weakestFirst<T extends { score: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.score - b.score);
}

export function weakestComponent(m: MetricResult): ComponentResult | undefined {
  return weakestFirst(
    m.components.filter((c) => c.applicable && c.score !== null) as (ComponentResult & { score: number })[],
  )[0];
}

/** Rep turn numbers the scorer quoted as evidence for this metric. */
function evidenceTurns(m: MetricResult, reps: RepTurns): Set<number> {
  const out = new Set<number>();
  for (const c of m.components) {
    for (const e of c.evidence) {
      const k = reps.numberAt(e.turn);
      if (k !== undefined) out.add(k);
    }
  }
  return out;
}

/**
 * The turn that best shows the metric and raised openness. A turn the HCP read as that kind of act ranks
 * above one the scorer merely quoted (evidence can be incidental: "savings card" reads as a next step).
 */
export function strengthTurn(
  m: MetricResult,
  history: readonly HistoryEntry[],
  reps: RepTurns,
  avoid: ReadonlySet<number>,
): HistoryEntry | undefined {
  const evidence = evidenceTurns(m, reps);
  const { helps } = actsOf(m.id);
  const rank = (h: HistoryEntry) => (h.acts.some((a) => helps.includes(a)) ? 2 : 0) + (evidence.has(h.repTurn) ? 1 : 0);
  // Only a turn that did the good thing itself (issue 15: "Strengths quote something that was actually good").
  const linked = history.filter((h) => h.delta > 0 && rank(h) >= 2);
  const fresh = linked.filter((h) => !avoid.has(h.repTurn));
  return pickBy(fresh.length > 0 ? fresh : linked, (a, b) => rank(b) - rank(a) || b.delta - a.delta);
}

/** Components about a moment of the conversation, not a kind of turn: the first or the last rep turn. */
const MOMENT: Record<string, 'first' | 'last'> = {
  purpose: 'first',
  recap: 'last',
  closing: 'last',
  outcome: 'last',
  ownership: 'last',
};

/**
 * The turn that most undercut the metric: the opening or closing turn for components about that moment,
 * else a hurting act with the biggest drop, else the biggest drop overall.
 */
export function improvementTurn(
  m: MetricResult,
  history: readonly HistoryEntry[],
  avoid: ReadonlySet<number>,
): HistoryEntry | undefined {
  const fresh = history.filter((h) => !avoid.has(h.repTurn));
  const moment = MOMENT[weakestComponent(m)?.name ?? ''];
  const at = moment === 'first' ? history[0] : moment === 'last' ? history[history.length - 1] : undefined;
  if (at !== undefined && !avoid.has(at.repTurn)) return at;
  const { hurts } = actsOf(m.id);
  const hurting = fresh.filter((h) => h.delta <= 0 && h.acts.some((a) => hurts.includes(a)));
  const pool = hurting.length > 0 ? hurting : fresh.length > 0 ? fresh : history;
  return pickBy(pool, (a, b) => a.delta - b.delta);
}

function pickBy(
  entries: readonly HistoryEntry[],
  order: (a: HistoryEntry, b: HistoryEntry) => number,
): HistoryEntry | undefined {
  return [...entries].sort((a, b) => order(a, b) || a.repTurn - b.repTurn)[0];
}
