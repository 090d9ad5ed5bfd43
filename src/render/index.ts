// Public API of the render layer: pure string builders for terminals and reports.
export { renderScorecard, formatScore } from './scorecard.js';
export type { ScorecardOptions } from './scorecard.js';
export { sanitize } from '../sanitize.js';
export { bandOf, bar } from './format.js';
export { renderEndReport } from './end-report.js';
export { renderHcpTurn, renderSpeaker, renderStatus, renderTranscript } from './conversation.js';
export { renderBriefing } from './scenarios.js';
export { fitLines, wrapLine } from './wrap.js';
