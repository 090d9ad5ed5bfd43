// scoreConversation and scoreTranscript: read the conversation once, then score eight metrics from
// its acts. Pure and deterministic: the same turns and rubric give the same bytes.
import { checkCompliance, type ComplianceScenario } from '../compliance/index.js';
import type { Band, MetricResult, Scorecard, Turn } from '../types.js';
import { readConversation, type Reading } from '../understand/index.js';
import { round1 } from './component.js';
import { factsOf, type Facts } from './facts.js';
import { scoreAdaptability } from './metrics/adaptability.js';
import { scoreCommitment } from './metrics/commitment.js';
import { scoreConversationControl } from './metrics/conversation-control.js';
import { scoreEngagement } from './metrics/engagement.js';
import { scoreListening } from './metrics/listening.js';
import { scoreMakingItMatter } from './metrics/making-it-matter.js';
import { scoreObjectionNavigation } from './metrics/objection-navigation.js';
import { scoreQuestionQuality } from './metrics/question-quality.js';
import { rubricHash } from './rubric-hash.js';
import { COMPONENTS, METRIC_IDS, type MetricId, type Rubric } from './rubric-schema.js';

export const NOTHING_TO_SCORE = 'nothing to score: the transcript has no rep turn';

const SCORERS: Record<MetricId, (f: Facts) => MetricResult> = {
  question_quality: scoreQuestionQuality,
  listening_responsiveness: scoreListening,
  making_it_matter: scoreMakingItMatter,
  customer_engagement_signals: scoreEngagement,
  objection_navigation: scoreObjectionNavigation,
  conversation_control_structure: scoreConversationControl,
  commitment_gaining: scoreCommitment,
  adaptability: scoreAdaptability,
};

/** Every metric n/a: with no rep turn there is no skill to see (docs/scoring.md defect 2). */
function unscored(rubric: Rubric): MetricResult[] {
  return METRIC_IDS.map((id) => {
    const def = rubric.metrics[id];
    const weights = def.weights as Record<string, number>;
    const components = COMPONENTS[id].map((name) => ({
      name,
      score: null,
      applicable: false,
      weight: weights[name] ?? 1,
      rationale: NOTHING_TO_SCORE,
      evidence: [],
    }));
    return { id, metric: def.name, optional: def.optional, score: null, applicable: false, components };
  });
}

/** What the reader made of each turn: the acts the scorer counted. */
export function readTranscript(turns: readonly Turn[], rubric: Rubric): Reading {
  return readConversation(turns, rubric.lexicon);
}

/** The eight metric results for a transcript, in rubric order. */
export function scoreConversation(turns: readonly Turn[], rubric: Rubric, reading?: Reading): MetricResult[] {
  if (!turns.some((t) => t.speaker === 'rep')) return unscored(rubric);
  const facts = factsOf(turns, reading ?? readTranscript(turns, rubric), rubric);
  return METRIC_IDS.map((id) => SCORERS[id](facts));
}

/** The band a score falls in (bands are checked from the highest minimum down). */
export function bandFor(score: number | null, rubric: Rubric): Band | null {
  if (score === null) return null;
  const sorted = [...rubric.bands].sort((a, b) => b.min - a.min);
  return sorted.find((b) => score >= b.min - 1e-9)?.band ?? sorted[sorted.length - 1]!.band;
}

/**
 * Mean of applicable metrics, each counted as the value of its band, rounded to 0.1; null when none
 * applies. Trainers judge a call by how many metrics were strong or weak, not by decimals.
 */
export function overallScore(results: readonly MetricResult[], rubric: Pick<Rubric, 'overall'>): number | null {
  const o = rubric.overall;
  const values = results
    .filter((m) => m.score !== null)
    .map((m) => (m.score! >= o.highMin - 1e-9 ? o.high : m.score! >= o.midMin - 1e-9 ? o.mid : o.low));
  return values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length);
}

export interface ScorecardExtra {
  scenarioId?: string;
  sessionId?: string;
  /** The scenario played: its compliance data (label, facts, fair balance, competitors) is checked too. */
  scenario?: ComplianceScenario;
}

const hashes = new WeakMap<Rubric, string>();

function hashOf(rubric: Rubric): string {
  let h = hashes.get(rubric);
  if (h === undefined) hashes.set(rubric, (h = rubricHash(rubric)));
  return h;
}

export function scoreTranscript(
  turns: readonly Turn[],
  rubric: Rubric,
  extra: ScorecardExtra = {},
  given?: Reading,
): Scorecard {
  const hasRep = turns.some((t) => t.speaker === 'rep');
  const reading = hasRep ? (given ?? readTranscript(turns, rubric)) : undefined;
  const metricResults = scoreConversation(turns, rubric, reading);
  const overall = overallScore(metricResults, rubric);
  const card: Scorecard = {
    overallScore: overall,
    band: bandFor(overall, rubric),
    metricResults,
    rubricVersion: `${rubric.id}@${rubric.version}`,
    rubricHash: hashOf(rubric),
  };
  if (!hasRep) card.note = NOTHING_TO_SCORE;
  if (extra.scenarioId !== undefined) card.scenarioId = extra.scenarioId;
  if (extra.sessionId !== undefined) card.sessionId = extra.sessionId;
  card.compliance = reading
    ? checkCompliance(turns, reading, rubric.compliance, extra.scenario)
    : { flags: [], scenarioChecked: extra.scenario?.compliance !== undefined };
  return card;
}
