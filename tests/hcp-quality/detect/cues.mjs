// Cue/posture contradictions: a cue that undoes the posture an earlier cue set, without a reason.
import { asksSomething } from './seams.mjs';
import { contentWords, words } from './words.mjs';

/** Postures a cue can put the HCP in, by the words a cue uses for them. */
export const POSTURES = {
  leaving:
    /\b(?:car keys|keys|heads? (?:for|to|toward|out)|grabs? (?:her|his|the) (?:bag|coat|stethoscope)|puts on (?:her|his) (?:coat|white coat|fleece)|pulls on (?:her|his)|opens the door|holds the door|steps into the (?:elevator|exam room)|walks (?:away|off|out|toward)|pushes (?:his|her) chair in|starts shutting down)\b/i,
  standing: /\b(?:stands?|standing|gets up|on (?:his|her) feet)\b/i,
  seated:
    /\b(?:sits?|sitting|takes a seat|(?:pulls|pulls out|pulls over) a chair|in the chair|rolls (?:his|her) chair|turns (?:his|her) chair)\b/i,
  silent: /\bwithout (?:answering|speaking|a word|replying)\b|\bsays nothing\b|\bdoes(?:n't| not) answer\b/i,
};

/** Which earlier postures a later one contradicts, and what that looks like to a rep. */
export const CONTRADICTIONS = [
  { before: 'leaving', after: 'seated', why: 'sits down after making to leave' },
  { before: 'standing', after: 'seated', why: 'sits down again after standing up' },
];

/** A cue that says it is going back ("sits back down"), or a reply that asks to sit, is a reason. */
const REASON_IN_CUE = /\b(?:back down|again)\b/i;
const REASON_IN_REPLY = /\b(?:sit|seat|chair)\b/i;

export const postureOf = (cue) => Object.keys(POSTURES).find((p) => POSTURES[p].test(cue));

/** A reply this long, on the words of the rep's question, has answered it, whatever the cue says. */
export const ANSWER_WORDS = 3;

export function answersRep(rep, reply) {
  if (rep === undefined || !asksSomething(rep) || words(reply).length < ANSWER_WORDS) return false;
  const asked = contentWords(rep);
  return [...contentWords(reply)].some((w) => asked.has(w));
}

/**
 * Contradictions in one run: sitting down after a leaving or standing cue (unless a reason is
 * given), and a "stares without answering" cue on a reply that answers the rep's question.
 */
export function findCueContradictions(transcript) {
  const found = [];
  let last;
  transcript.forEach((t, i) => {
    if (t.speaker !== 'customer') return;
    for (const cue of t.cues ?? []) {
      const posture = postureOf(cue);
      if (posture === 'silent') {
        const rep = transcript[i - 1]?.speaker === 'rep' ? transcript[i - 1].text : undefined;
        if (answersRep(rep, t.text))
          found.push({ turn: i, why: 'answers while the cue says it does not', cues: [cue], text: t.text });
        continue;
      }
      if (posture === undefined) continue;
      const clash = CONTRADICTIONS.find((c) => c.before === last?.posture && c.after === posture);
      if (clash && !REASON_IN_CUE.test(cue) && !REASON_IN_REPLY.test(t.text))
        found.push({ turn: i, why: clash.why, cues: [last.cue, cue], text: t.text });
      last = { posture, cue };
    }
  });
  return found;
}
