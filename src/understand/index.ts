// Public API of the conversation understanding layer: read turns into acts with evidence.
export { Reader, readConversation } from './read.js';
export { readTurns } from './reading-cache.js';
export { DEFAULT_LEXICON, LexiconSchema, compileLexicon } from './lexicon.js';
export type { Lexicon } from './lexicon.js';
export { ACTS, REP_ACTS, HCP_ACTS, OBJECTION_ACTS, CUE_ACTS, hasAct, actNames } from './types.js';
export type {
  Act,
  RepAct,
  HcpAct,
  ObjectionAct,
  CueAct,
  ActEvidence,
  ActReading,
  TurnReading,
  Reading,
  Timeline,
  ObjectionThread,
  CueThread,
  AskThread,
  QuestionThread,
} from './types.js';
export { cutQuote, shortQuote } from './quote.js';
export { readText } from './text.js';
export { MAX_READ_CHARS } from './said.js';
export { stem } from './stem.js';
export type { TurnText } from './text.js';
export { analyzeWords, contentWords, normalize, phraseKey, tokenize } from './words.js';
export type { TurnWords } from './words.js';
export { phraseWords } from './phrases.js';
