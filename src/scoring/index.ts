// Public API of the scoring engine "rp-2": read turns into acts, score them, parse transcripts, load rubrics.
export {
  scoreConversation,
  scoreTranscript,
  readTranscript,
  bandFor,
  overallScore,
  NOTHING_TO_SCORE,
} from './score.js';
export type { ScorecardExtra } from './score.js';
export {
  DEFAULT_RUBRIC,
  RubricSchema,
  BandSchema,
  rubricHash,
  canonicalJson,
  METRIC_IDS,
  COMPONENTS,
} from './rubric.js';
export type { Rubric, MetricId } from './rubric.js';
export { parseTranscript, MAX_TRANSCRIPT_BYTES } from './transcript.js';
export { MAX_TURN_CHARS } from '../types.js';
export type { ParsedTranscript } from './transcript.js';
export { loadRubricFile } from './files.js';
export { objectionReplies } from './objection-replies.js';
export type { ObjectionReply } from './objection-replies.js';
