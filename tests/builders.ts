// Test builders: fill defaults so a test states only what matters.
import type { HcpState } from '../src/hcp/index.js';
import type { ComponentResult, MetricResult, Scorecard, Turn } from '../src/types.js';

export const aTurn = (o: Partial<Turn> = {}): Turn => ({ speaker: 'rep', text: 'What matters most?', ...o });
export const rep = (text: string): Turn => ({ speaker: 'rep', text });
export const customer = (text: string): Turn => ({ speaker: 'customer', text });

/**
 * Turns from "R: ..." / "C: ..." lines, for short hand-written conversations:
 * `conversation('R: What slows you down?', 'C: Prior auths.')`.
 */
export function conversation(...lines: string[]): Turn[] {
  return lines.map((line) => {
    const m = /^(R|C):\s?(.*)$/s.exec(line);
    if (!m) throw new Error(`conversation line must start with "R:" or "C:": ${line}`);
    return m[1] === 'R' ? rep(m[2]!) : customer(m[2]!);
  });
}

export const aComponent = (o: Partial<ComponentResult> = {}): ComponentResult => ({
  name: 'depth',
  score: 4,
  applicable: true,
  weight: 1,
  rationale: '4 of 5 questions build on the HCP (80%)',
  evidence: [{ turn: 2, quote: 'What does a typical week look like?' }],
  ...o,
});

export const aMetricResult = (o: Partial<MetricResult> = {}): MetricResult => ({
  id: 'question_quality',
  metric: 'Question Quality',
  optional: false,
  score: 4,
  applicable: true,
  components: [aComponent()],
  ...o,
});

export const aScorecard = (o: Partial<Scorecard> = {}): Scorecard => ({
  overallScore: 4,
  band: 'Strong',
  metricResults: [aMetricResult()],
  rubricVersion: 'rp-2@2.0.0',
  rubricHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  ...o,
});

/** An HCP state mid-conversation: neutral, nothing touched or raised yet. */
export const aState = (o: Partial<HcpState> = {}): HcpState => ({
  openness: 5,
  patience: 8,
  mood: 'neutral',
  repTurns: o.history?.length ?? 0,
  touched: {},
  revealed: [],
  objections: {},
  commitment: 'none',
  recentWords: [],
  usedLines: [],
  usedCues: [],
  closedQuestionRun: 0,
  lowOpennessRun: 0,
  history: [],
  said: [],
  ...o,
});
