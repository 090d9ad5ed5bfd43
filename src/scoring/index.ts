// Public API of the scoring engine "rp-1": score transcripts, parse them, load and hash rubrics.
export { scoreConversation, scoreTranscript, bandFor, overallScore, NOTHING_TO_SCORE } from './score.js';
export type { ScorecardExtra } from './score.js';
export { DEFAULT_RUBRIC, RubricSchema, BandSchema, rubricHash, canonicalJson, METRIC_IDS, PHRASE_LIST_NAMES, OBJECTION_KINDS } from './rubric.js';
export type { Rubric, MetricId, PhraseListName, ObjectionKind } from './rubric.js';
export { parseTranscript, MAX_TRANSCRIPT_BYTES, MAX_TURN_CHARS } from './transcript.js';
export type { ParsedTranscript } from './transcript.js';
export { loadRubricFile } from './files.js';
export { analyzeConversation } from './analyze.js';
export type { Conversation } from './analyze.js';
export { Vocabulary } from './vocabulary.js';
export type { PhraseHit } from './phrase-index.js';
export { normalize, tokenize, stem, contentWords, isQuestionText, analyze, phraseKey, phraseMatcher, overlap, sharedWords, shortQuote } from './text.js';
export type { TurnText } from './text.js';
