// Public API of the batch layer: run files → planned runs → results → reports.
export { RunSchema, ExpectSchema, parseRunFile, type RunDef, type RunEntry, type Expectations } from './run-file.js';
export { loadRuns, isScenarioPath, type LoadedRun, type LoadOptions } from './load.js';
export { planRuns, parseShard, inShard, seedFromName, type PlannedRun, type PlanOptions, type Shard } from './plan.js';
export { checkExpectations, describeFlag, formatBound } from './expect.js';
export {
  runBatch,
  playRun,
  type BatchProgress,
  type BatchOutcome,
  type BatchSessions,
  type RunnerOptions,
} from './runner.js';
export {
  summarize,
  toReport,
  toRunResult,
  displayName,
  type RunResult,
  type BatchReport,
  type BatchSummary,
  type TranscriptLine,
  type EndReason,
} from './result.js';
export {
  runOutcome,
  commitmentOf,
  RunOutcomeSchema,
  COMMITMENTS,
  type RunOutcome,
  type Commitment,
} from './outcome.js';
export { mergeReports, readReport, RunShape } from './merge.js';
