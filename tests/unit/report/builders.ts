// Practice records for report tests: defaults fill what a test does not state.
import type { PracticeRecord } from '../../../src/report/index.js';

const DAY = 86_400_000;
export const MONDAY = Date.parse('2026-03-02T09:00:00Z');
export const day = (n: number): number => MONDAY + n * DAY;

export const aRecord = (o: Partial<PracticeRecord> = {}): PracticeRecord => ({
  id: `s${Math.random().toString(16).slice(2)}`,
  rep: 'Ana',
  scenarioId: 'primary-care-hypertension-discovery',
  title: 'Hypertension discovery',
  at: MONDAY,
  overallScore: 3,
  band: 'Developing',
  metrics: { question_quality: 3, making_it_matter: 3, objection_navigation: null },
  endReason: 'rep-ended',
  committed: false,
  walkedOut: false,
  compliance: [],
  repTurns: 4,
  tags: [],
  source: 'history.jsonl',
  weakComponents: {},
  ...o,
});
