// Every detector over one played run: findings by kind, each with the transcript position it is about.
import { casedTerms, findCapitalizationSeams, findLowercasedTerms } from './casing.mjs';
import { findCueContradictions } from './cues.mjs';
import { findRecitedFacts } from './facts.mjs';
import { findRepeatedReplies, findRepeatedSentences } from './repeats.mjs';
import {
  findGoodbyeQuestion,
  findNonNounEchoes,
  findPraiseWithoutQuestion,
  findSilentReply,
  findStackedFrames,
} from './seams.mjs';
import { turnsPastBudget } from './targets.mjs';

/** What the report counts, in print order; every target is zero. */
export const DETECTORS = [
  { id: 'repeatedReplies', label: 'verbatim repeated replies' },
  { id: 'repeatedSentences', label: 'repeated sentences (4+ words)' },
  { id: 'recitedFacts', label: 'replies reciting a product fact the rep has not said' },
  { id: 'lowercasedTerms', label: 'seam: lowercased acronym or proper noun' },
  { id: 'stackedFrames', label: 'seam: stacked lead-in frames' },
  { id: 'praiseWithoutQuestion', label: 'seam: "good question" after no question' },
  { id: 'goodbyeQuestion', label: 'seam: goodbye answered with a question' },
  { id: 'capitalization', label: 'seam: capitalisation ("Well, Our")' },
  { id: 'nonNounEchoes', label: 'seam: quoted rep words not a noun phrase' },
  { id: 'silentReplies', label: 'seam: a reply with no words ("...")' },
  { id: 'pastBudget', label: 'runs going past the time budget' },
  { id: 'cueContradictions', label: 'cue/posture contradictions' },
];

/** Findings of a per-reply detector, one per reply that has any. */
function perReply(transcript, detect) {
  const found = [];
  transcript.forEach((t, i) => {
    if (t.speaker !== 'customer') return;
    const prev = transcript[i - 1];
    const hits = detect(prev?.speaker === 'rep' ? prev.text : undefined, t.text);
    if (hits.length > 0) found.push({ turn: i, text: t.text, hits });
  });
  return found;
}

/** A pair detector needs the rep turn the reply answers; the opening line has none. */
const afterRep = (detect) => (rep, reply) => (rep === undefined ? [] : detect(rep, reply));

/** `run`: a batch RunResult (transcript, repTurns); `cased`: casedTerms(scenario), passed in to reuse. */
export function checkRun(run, scenario, cased = casedTerms(scenario)) {
  const { transcript } = run;
  const late = turnsPastBudget(run.repTurns, scenario.hcp.timeBudget);
  return {
    replies: transcript.filter((t) => t.speaker === 'customer').length - 1,
    repeatedReplies: findRepeatedReplies(transcript),
    repeatedSentences: findRepeatedSentences(transcript),
    recitedFacts: findRecitedFacts(scenario, transcript),
    lowercasedTerms: perReply(transcript, (_rep, reply) => findLowercasedTerms(cased, reply)),
    stackedFrames: perReply(transcript, (_rep, reply) => findStackedFrames(reply)),
    praiseWithoutQuestion: perReply(transcript, afterRep(findPraiseWithoutQuestion)),
    goodbyeQuestion: perReply(transcript, afterRep(findGoodbyeQuestion)),
    capitalization: perReply(transcript, (_rep, reply) => findCapitalizationSeams(reply)),
    nonNounEchoes: perReply(transcript, afterRep(findNonNounEchoes)),
    silentReplies: perReply(transcript, (_rep, reply) => findSilentReply(reply)),
    pastBudget:
      late > 0
        ? [
            {
              turn: transcript.length - 1,
              text: `${run.repTurns} rep turns answered on a budget of ${scenario.hcp.timeBudget}`,
            },
          ]
        : [],
    cueContradictions: findCueContradictions(transcript),
  };
}
