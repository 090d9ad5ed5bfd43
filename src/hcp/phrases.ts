// Phrase matchers the HCP shares with the scorer (rp-1 lists), plus the few lists only the HCP needs.
import { DEFAULT_RUBRIC } from '../scoring/rubric.js';
import { contentWords, normalize, phraseMatcher, tokenize } from '../scoring/text.js';

const P = DEFAULT_RUBRIC.phrases;

export const match = {
  acknowledgment: phraseMatcher([...P.acknowledgment, ...P.emotionAcknowledgment]),
  paraphrase: phraseMatcher(P.paraphrase),
  followUp: phraseMatcher(P.followUp),
  customerLink: phraseMatcher(P.customerLinks),
  commitmentRequest: phraseMatcher(P.commitmentRequest),
  nextStep: phraseMatcher([...P.forwardLooking, ...P.concreteNextStep]),
  rebuttal: phraseMatcher(P.rebuttal),
  timeCue: phraseMatcher(P.timeCue),
  purpose: phraseMatcher(P.purpose),
  /** HCP-only: a rep turn that answers a time cue by promising brevity or offering to come back. */
  timeRespect: phraseMatcher([
    'brief', 'briefly', 'quick', 'quickly', 'short version', 'in short', 'bottom line', 'one thing',
    'your time', 'respect your time', 'let you go', "won't keep you", 'keep it short', 'another time',
    'better time', 'come back', 'follow up', 'one minute', 'in a minute', 'later this week',
  ]),
};

export const lists = {
  openStarters: P.openQuestionStarters,
  openPhrases: P.openQuestionPhrases,
  clauseStarts: P.questionClauseStarts,
  leadIns: P.questionLeadIns,
};

export const params = DEFAULT_RUBRIC.params;

/** HCP-only: everyday clinic words that keep a rep turn on topic in any scenario. */
export const DOMAIN_WORDS = [
  'patient', 'patients', 'practice', 'clinic', 'doctor', 'team', 'staff', 'nurse', 'treatment', 'therapy',
  'data', 'study', 'trial', 'dose', 'dosing', 'product', 'medication', 'prescribe', 'coverage', 'time',
  'today', 'question', 'questions', 'concern', 'priority', 'priorities', 'help', 'work', 'need', 'goal',
  'challenge', 'challenges', 'understand', 'visit', 'recap', 'summary', 'next', 'step', 'follow',
];

/** Content words of conversational phrases ("that makes sense", "walk me through"): never evidence of a topic. */
const CONVERSATIONAL_LISTS = [P.acknowledgment, P.paraphrase, P.purpose, P.bridges, P.transition, P.followUp, P.commitmentRequest, P.openQuestionPhrases];
export const CONVERSATIONAL: ReadonlySet<string> = contentWords(tokenize(normalize(CONVERSATIONAL_LISTS.flat().join(' '))));
/** Everyday clinic words ("patients", "therapy"): real words, but no topic to echo back ("glad you asked about patient"). */
export const GENERIC: ReadonlySet<string> = contentWords(tokenize(normalize(P.genericWords.join(' '))));
