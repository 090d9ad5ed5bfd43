// The HCP-quality detectors: pure functions over a scenario and a played transcript (issue 14).
export { words, stem, contentWords, sentences, normalizeSentence, coverage } from './words.mjs';
export { findRepeatedReplies, findRepeatedSentences, MIN_SENTENCE_WORDS } from './repeats.mjs';
export { findRecitedFacts, productFacts, hcpOwnWords, FACT_SHARE, MIN_FACT_WORDS } from './facts.mjs';
export { casedTerms, findLowercasedTerms, findCapitalizationSeams, scenarioProse } from './casing.mjs';
export {
  findStackedFrames,
  findPraiseWithoutQuestion,
  findGoodbyeQuestion,
  findSilentReply,
  findNonNounEchoes,
  isFrame,
  isNounPhrase,
  asksSomething,
} from './seams.mjs';
export { findCueContradictions, answersRep, postureOf, POSTURES, CONTRADICTIONS, ANSWER_WORDS } from './cues.mjs';
export { meetsOutcomeTargets, turnsPastBudget, STRONG_MIN_OPENNESS, WEAK_MAX_OPENNESS } from './targets.mjs';
export { checkRun, DETECTORS } from './check-run.mjs';
export { buildQualityReport, missedTargets, roleOf, ROLES } from './report.mjs';
export { renderQualityReport } from './render.mjs';
