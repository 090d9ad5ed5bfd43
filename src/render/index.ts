// Public API of the render layer: pure string builders for terminals and reports.
export { renderScorecard, formatScore } from './scorecard.js';
export type { ScorecardOptions } from './scorecard.js';
export { sanitize } from '../sanitize.js';
export { bandOf, bar } from './format.js';
