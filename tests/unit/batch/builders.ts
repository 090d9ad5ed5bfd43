// Builders for batch tests: each fills defaults so a test states only what matters.
import type { BatchReport, LoadedRun, PlannedRun, RunResult } from '../../../src/batch/index.js';
import { toReport } from '../../../src/batch/index.js';
import type { Scenario } from '../../../src/scenario/index.js';
import type { MetricResult, Scorecard } from '../../../src/types.js';

export const aScenario = (o: Partial<Scenario> = {}): Scenario =>
  ({
    id: 'test-scenario',
    title: 'Test',
    hcp: { name: 'Dr. Test', priorities: [], objections: [] },
    ...o,
  }) as unknown as Scenario;

export const aLoadedRun = (o: Partial<LoadedRun> = {}): LoadedRun => ({
  name: 'a run',
  scenario: 'test-scenario',
  hcp: 'scripted',
  tags: [],
  turns: ['What matters most to you?'],
  expect: {},
  file: 'runs/a.yaml',
  scenarioData: aScenario(),
  ...o,
});

export const aPlannedRun = (o: Partial<PlannedRun> = {}): PlannedRun => ({
  index: 0,
  repetition: 1,
  seed: 1,
  run: aLoadedRun(),
  ...o,
});

const aMetric = (id: string, score: number | null): MetricResult => ({
  id,
  metric: id,
  optional: false,
  score,
  applicable: score !== null,
  components: [],
});

export const aScorecard = (
  o: { overall?: number | null; band?: Scorecard['band']; metrics?: Record<string, number | null> } = {},
): Scorecard => ({
  overallScore: o.overall === undefined ? 3 : o.overall,
  band: o.band === undefined ? 'Developing' : o.band,
  metricResults: Object.entries(o.metrics ?? { question_quality: 3 }).map(([id, s]) => aMetric(id, s)),
  rubricVersion: 'rp-2@2.0.0',
  rubricHash: 'abc',
});

export const aRunResult = (o: Partial<RunResult> = {}): RunResult => ({
  index: 0,
  name: 'a run',
  file: 'runs/a.yaml',
  scenario: 'test-scenario',
  seed: 1,
  hcp: 'scripted',
  tags: [],
  repetition: 1,
  overallScore: 3,
  band: 'Developing',
  metrics: { question_quality: 3, objection_navigation: null },
  passed: true,
  failures: [],
  endReason: 'rep-ended',
  endedEarly: null,
  repTurns: 1,
  outcome: {
    openness: 6,
    commitment: 'asked',
    objections: { raised: 2, resolved: 1 },
    prioritiesUncovered: { uncovered: 1, total: 3 },
    endReason: null,
  },
  transcript: [
    { speaker: 'customer', text: 'Hello.' },
    { speaker: 'rep', text: 'What matters most to you?' },
  ],
  rubricVersion: 'rp-2@2.0.0',
  rubricHash: 'abc',
  ...o,
});

export const aReport = (runs: RunResult[]): BatchReport => toReport(runs);
