// scoreConversation and scoreTranscript: pure, deterministic, one analysis pass per transcript.
import type { Band, MetricResult, Scorecard, Turn } from '../types.js';
import { scoreAdaptability } from './adaptability.js';
import { analyzeConversation } from './analyze.js';
import type { Conversation } from './analyze.js';
import { scoreCommitmentGaining } from './commitment-gaining.js';
import { compile } from './compile.js';
import { round1 } from './component.js';
import { scoreConversationControl } from './conversation-control.js';
import { scoreCustomerEngagement } from './customer-engagement.js';
import { scoreListeningResponsiveness } from './listening-responsiveness.js';
import { scoreMakingItMatter } from './making-it-matter.js';
import { scoreObjectionNavigation } from './objection-navigation.js';
import { scoreQuestionQuality } from './question-quality.js';
import { METRIC_IDS } from './rubric-schema.js';
import type { MetricId, Rubric } from './rubric-schema.js';

export const NOTHING_TO_SCORE = 'nothing to score: the transcript has no rep turn';

const SCORERS: Record<MetricId, (conv: Conversation) => MetricResult> = {
  question_quality: scoreQuestionQuality,
  listening_responsiveness: scoreListeningResponsiveness,
  making_it_matter: scoreMakingItMatter,
  customer_engagement_signals: scoreCustomerEngagement,
  objection_navigation: scoreObjectionNavigation,
  conversation_control_structure: scoreConversationControl,
  commitment_gaining: scoreCommitmentGaining,
  adaptability: scoreAdaptability,
};

/** Every metric n/a: with no rep turn there is no skill to see (SCORING.md defect 2). */
function unscored(rubric: Rubric): MetricResult[] {
  return METRIC_IDS.map((id) => {
    const def = rubric.metrics[id];
    const components = Object.entries(def.weights).map(([name, weight]) => ({
      name, score: null, applicable: false, weight: weight as number, rationale: NOTHING_TO_SCORE, evidence: [],
    }));
    return { id, metric: def.name, optional: def.optional, score: null, applicable: false, components };
  });
}

/** The eight metric results for a transcript, in rubric order. */
export function scoreConversation(turns: readonly Turn[], rubric: Rubric): MetricResult[] {
  if (!turns.some((t) => t.speaker === 'rep')) return unscored(rubric);
  const conv = analyzeConversation(turns, rubric);
  return METRIC_IDS.map((id) => SCORERS[id](conv));
}

/** The band a score falls in (bands are checked from the highest minimum down). */
export function bandFor(score: number | null, rubric: Rubric): Band | null {
  if (score === null) return null;
  const sorted = [...rubric.bands].sort((a, b) => b.min - a.min);
  return sorted.find((b) => score >= b.min - 1e-9)?.band ?? sorted[sorted.length - 1]!.band;
}

/** Mean of applicable metrics, rounded to 0.1; null when none applies. */
export function overallScore(results: readonly MetricResult[]): number | null {
  const scores = results.map((m) => m.score).filter((s): s is number => s !== null);
  return scores.length === 0 ? null : round1(scores.reduce((a, b) => a + b, 0) / scores.length);
}

export interface ScorecardExtra {
  scenarioId?: string;
  sessionId?: string;
}

export function scoreTranscript(turns: readonly Turn[], rubric: Rubric, extra: ScorecardExtra = {}): Scorecard {
  const metricResults = scoreConversation(turns, rubric);
  const overall = overallScore(metricResults);
  const card: Scorecard = {
    overallScore: overall,
    band: bandFor(overall, rubric),
    metricResults,
    rubricVersion: `${rubric.id}@${rubric.version}`,
    rubricHash: compile(rubric).hash,
  };
  if (!turns.some((t) => t.speaker === 'rep')) card.note = NOTHING_TO_SCORE;
  if (extra.scenarioId !== undefined) card.scenarioId = extra.scenarioId;
  if (extra.sessionId !== undefined) card.sessionId = extra.sessionId;
  return card;
}
