// Public API of the render layer: pure string builders for terminals and reports.
export { renderScorecard, formatScore } from './scorecard.js';
export type { ScorecardOptions } from './scorecard.js';
export { sanitize } from '../sanitize.js';
export { bandOf, bar } from './format.js';
export { renderEndReport } from './end-report.js';
export { renderHcpTurn, renderSpeaker, renderStatus, renderTranscript } from './conversation.js';
export { renderBriefing } from './scenarios.js';
export { fitLines, wrapLine } from './wrap.js';
export { actsJson, renderActs } from './acts.js';
export { renderEval } from './eval.js';
export { renderHistory } from './history.js';
export { renderScenarioTable } from './scenarios.js';
export { renderSessionList } from './sessions.js';
export { formatForFile, formatProgress, isReportFormat, renderReport, REPORT_FORMATS } from './batch/index.js';
export { isTeamReportFormat, renderTeamReport, TEAM_REPORT_FORMATS, teamFormatForFile } from './report/index.js';
