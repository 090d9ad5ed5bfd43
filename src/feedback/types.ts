// The end-feedback data shape: plain JSON, rendered by src/render/end-report.ts and returned by `end --json`.
import type { Scorecard, Turn } from '../types.js';
import type { EndReason, HcpState, MoodBand, RepAct } from '../hcp/index.js';
import type { Scenario } from '../scenario/index.js';
import type { Reading } from '../understand/index.js';

export interface FeedbackInput {
  scorecard: Scorecard;
  turns: Turn[];
  hcpState: HcpState;
  scenario: Scenario;
  seed: number;
  endReason?: EndReason;
  /** Another scenario to suggest in the next steps (the caller picks it; feedback stays pure). */
  suggestedScenarioId?: string;
  /** The scorer's reading of `turns` (readTranscript): counts come from it, so feedback and card agree. */
  reading?: Reading;
}

export type HintInput = Pick<FeedbackInput, 'scorecard' | 'turns' | 'hcpState' | 'scenario'>;

export interface Outcome {
  endReason: EndReason;
  openness: number;
  mood: MoodBand;
  prioritiesTouched: { touched: number; total: number };
  objections: { raised: number; resolved: number; total: number };
}

export interface HcpViewTurn {
  /** 1-based rep turn number. */
  repTurn: number;
  quote: string;
  acts: RepAct[];
  delta: number;
  openness: number;
  voice: string;
  marker?: 'biggest-rise' | 'biggest-drop';
}

export interface HcpView {
  /** Openness before the first rep turn, then after each rep turn. */
  sparkline: number[];
  turns: HcpViewTurn[];
}

export interface Strength {
  metricId: string;
  metric: string;
  score: number;
  quote: string;
  /** 1-based rep turn number (the rep's own count, not the transcript index). */
  turn: number;
  why: string;
}

export interface Improvement {
  metricId: string;
  metric: string;
  /** 1-based rep turn number. */
  turn: number;
  /** The rep's own words at that turn. */
  quote: string;
  /** What the turn did that cost the rep ("listed features"), when the reading names it. */
  did?: string;
  /** What the HCP did next: openness change and reply. */
  hcpReaction: string;
  /** The coaching move the tip and the line share (ask, reflect, link, acknowledge, close, …). */
  move: string;
  /** What to say instead at that moment, from the scenario's words and the HCP's: never a number they lack. */
  betterLine: string;
  /** The advice behind the better line. */
  tip: string;
}

export interface Feedback {
  outcome: Outcome;
  hcpView: HcpView;
  strengths: Strength[];
  /** Set, instead of filler praise, when no metric earned a strength. */
  noStrengthsNote?: string;
  improvements: Improvement[];
  waitingFor: { priorities: string[]; objections: string[] };
  nextSteps: string[];
}
