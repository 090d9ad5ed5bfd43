// Public API of the trainer's report (issue 18): load practice records, select, build, as data.
export { loadRecords, type Loaded } from './load.js';
export { fromHistoryEntry, fromRun, fromSession, runId } from './records.js';
export { applyFilter, dedupe, repLabel, UNNAMED_REP, type ReportFilter } from './select.js';
export { buildTeamReport, metricsOf } from './build.js';
export { FLAGS, flagsOf, type FlagId } from './flags.js';
export { coachingLine } from './coaching.js';
export { METRICS } from './metric-names.js';
export { mean, quantile, trendOf, weekOf, isoDay, halfPointBins } from './stats.js';
export type * from './types.js';
