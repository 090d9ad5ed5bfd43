// Hand-built scorecards, HCP states and a six-turn session for the feedback and end-report tests.
import { resolve } from 'node:path';
import type { ComponentResult, Evidence, MetricResult, Scorecard, Turn } from '../../../src/types.js';
import { aState } from '../../builders.js';
import type { HcpState, HistoryEntry, RepAct } from '../../../src/hcp/types.js';
import { loadScenarioFile, type Scenario } from '../../../src/scenario/index.js';
import type { FeedbackInput } from '../../../src/feedback/index.js';
import { ROOT } from '../../support/paths.js';

export async function loadScenario(file = 'scenarios/primary-care-hypertension-discovery.yaml'): Promise<Scenario> {
  const parsed = await loadScenarioFile(resolve(ROOT, file));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

export const ev = (turn: number, quote = `turn ${turn}`): Evidence => ({ turn, quote });

export const aComponent = (o: Partial<ComponentResult> = {}): ComponentResult => ({
  name: 'quality',
  score: 3,
  applicable: true,
  weight: 1,
  rationale: 'made up for a test',
  evidence: [],
  ...o,
});

const NAMES: Record<string, string> = {
  question_quality: 'Question Quality',
  listening_responsiveness: 'Listening & Responsiveness',
  making_it_matter: 'Making It Matter',
  customer_engagement_signals: 'Customer Engagement Signals',
  objection_navigation: 'Objection Navigation',
  conversation_control_structure: 'Conversation Control & Structure',
  commitment_gaining: 'Commitment Gaining',
  adaptability: 'Adaptability',
};
export const METRIC_IDS = Object.keys(NAMES);

export const aMetric = (id: string, score: number | null, components: ComponentResult[] = []): MetricResult => ({
  id,
  metric: NAMES[id] ?? id,
  optional: id === 'objection_navigation' || id === 'adaptability',
  score,
  applicable: score !== null,
  components: components.length > 0 ? components : [aComponent({ score, applicable: score !== null })],
});

export const aScorecard = (metricResults: MetricResult[], o: Partial<Scorecard> = {}): Scorecard => ({
  overallScore: 3,
  band: 'Developing',
  metricResults,
  rubricVersion: 'rp-2@2.0.0',
  rubricHash: 'test',
  ...o,
});

export const anEntry = (
  repTurn: number,
  delta: number,
  openness: number,
  acts: RepAct[] = [],
  voice = `voice ${repTurn}`,
): HistoryEntry => ({
  repTurn,
  acts,
  delta,
  openness,
  patience: 10 - repTurn,
  reasons: [],
  voice,
});

export { aState };

export const rep = (text: string): Turn => ({ speaker: 'rep', text });
export const hcp = (text: string): Turn => ({ speaker: 'customer', text });

/** A made-up six-turn session on primary-care-hypertension-discovery: a good start, a dump, a rebuttal, a recovery. */
export const SIX_TURNS: Turn[] = [
  hcp('I have about ten minutes before I pick up my son. What did you want to talk about?'),
  rep(
    "Thanks for the time. I'd like to understand how you manage patients above goal. How do you decide when to add a second agent?",
  ),
  hcp('About a third of my hypertension panel is still above goal on one drug.'),
  rep(
    'Normavyn combines an ARB with a low-dose thiazide-like diuretic, it is once daily, it is covered on most plans at tier 2, it has a savings card, and 61 percent reached goal at 12 weeks.',
  ),
  hcp("Both of those components are cheap generics. Why wouldn't I just prescribe two pills?"),
  rep('But the single pill is better for adherence.'),
  hcp("That's what every rep says."),
  rep(
    "That's a fair concern. It sounds like cost matters for your patients. What happens today when patients above goal need a second pill?",
  ),
  hcp('Honestly, every titration means another visit that half of them skip.'),
  rep(
    'So one pill instead of two could mean fewer titration visits to reach goal. Would you be open to trying it with two patients?',
  ),
  hcp("Let's talk again in two weeks with the adherence data."),
  rep("Great, I'll bring the adherence data on Thursday the 14th. Does that work?"),
  hcp('That works.'),
];

export const SIX_HISTORY: HistoryEntry[] = [
  anEntry(1, 1, 6, ['open_question'], 'You asked me an open question and let me talk'),
  anEntry(2, -2, 4, ['feature_dump'], 'A list of features; I tuned out'),
  anEntry(3, -1, 3, ['rebuttal'], 'You argued with me instead of hearing me out'),
  anEntry(4, 3, 6, ['acknowledge', 'paraphrase', 'open_question'], 'You took my concern about cost seriously'),
  anEntry(5, 2, 8, ['priority_link', 'commitment_request'], 'You used my words about goal'),
  anEntry(6, 0, 8, ['commitment_request'], 'Nothing in that turn changed my mind either way'),
];

export const SIX_STATE: HcpState = aState({
  openness: 8,
  mood: 'open',
  touched: { 'reach-goal': 1 },
  objections: { 'cheap-generics': { status: 'acknowledged', raisedAt: 2, ignoredTurns: 0, raisedCount: 1 } },
  commitment: 'agreed',
  history: SIX_HISTORY,
  ending: { reason: 'commitment', atRepTurn: 6, final: true },
});

/** Evidence turns are transcript indexes: rep turn k sits at index 2k-1 in this alternating transcript. */
export const SIX_CARD: Scorecard = aScorecard(
  [
    aMetric('question_quality', 3.8, [
      aComponent({ name: 'depth', score: 4, evidence: [ev(1), ev(7)] }),
      aComponent({ name: 'quality', score: 4 }),
      aComponent({ name: 'focus', score: 3 }),
    ]),
    aMetric('listening_responsiveness', 3, [aComponent({ name: 'restating', score: 3, evidence: [ev(7)] })]),
    aMetric('making_it_matter', 2.3, [
      aComponent({ name: 'priority_links', score: 3, evidence: [ev(9)] }),
      aComponent({ name: 'generic_claims', score: 3 }),
      aComponent({ name: 'feature_dumps', score: 1, evidence: [ev(3)] }),
    ]),
    aMetric('customer_engagement_signals', 3.5, [aComponent({ name: 'engaged_turns', score: 3.5, evidence: [ev(2)] })]),
    aMetric('objection_navigation', 2, [
      aComponent({ name: 'handling', score: 1, evidence: [ev(5)] }),
      aComponent({ name: 'no_rebuttal', score: 2 }),
    ]),
    aMetric('conversation_control_structure', 2.7, [
      aComponent({ name: 'purpose', score: 5, evidence: [ev(1)] }),
      aComponent({ name: 'time_management', score: null, applicable: false, rationale: 'no time cue' }),
      aComponent({ name: 'recap', score: 1 }),
    ]),
    aMetric('commitment_gaining', 4.3, [aComponent({ name: 'outcome', score: 5, evidence: [ev(11), ev(12)] })]),
    aMetric('adaptability', null, [
      aComponent({ name: 'pushback', score: null, applicable: false, rationale: 'no customer cue' }),
    ]),
  ],
  { overallScore: 3.1, band: 'Developing' },
);

export const sixTurnInput = (scenario: Scenario, o: Partial<FeedbackInput> = {}): FeedbackInput => ({
  scorecard: SIX_CARD,
  turns: SIX_TURNS,
  hcpState: SIX_STATE,
  scenario,
  seed: 42,
  ...o,
});
