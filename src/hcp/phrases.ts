// Word sets the HCP uses to pick a word to echo back: conversational phrases and everyday clinic
// words are never a topic ("glad you asked about patient"). Built from the reader's lexicon.
import { contentWords, DEFAULT_LEXICON, normalize, tokenize } from '../understand/index.js';

const R = DEFAULT_LEXICON.rep;

/** HCP-only: everyday clinic words that keep a rep turn on topic in any scenario. */
export const DOMAIN_WORDS = [
  'patient',
  'patients',
  'practice',
  'clinic',
  'doctor',
  'team',
  'staff',
  'nurse',
  'treatment',
  'therapy',
  'data',
  'study',
  'trial',
  'dose',
  'dosing',
  'product',
  'medication',
  'prescribe',
  'coverage',
  'time',
  'today',
  'question',
  'questions',
  'concern',
  'priority',
  'priorities',
  'help',
  'work',
  'need',
  'goal',
  'challenge',
  'challenges',
  'understand',
  'visit',
  'recap',
  'summary',
  'next',
  'step',
  'follow',
];

const wordsOf = (lists: readonly (readonly string[])[]): ReadonlySet<string> =>
  contentWords(tokenize(normalize(lists.flat().join(' '))));

/** Content words of conversational phrases ("that makes sense", "walk me through"): never evidence of a topic. */
export const CONVERSATIONAL = wordsOf([
  R.acknowledgment,
  R.paraphraseFrames,
  R.purpose,
  R.transition,
  R.explore,
  R.commitmentAsks,
  R.openPrompts,
  R.recap,
]);
/** Everyday clinic words ("patients", "therapy"): real words, but no topic to echo back. */
export const GENERIC = wordsOf([DEFAULT_LEXICON.genericWords]);
