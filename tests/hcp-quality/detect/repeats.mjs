// Verbatim repeats: an HCP reply identical to an earlier one in the same run, and repeated sentences.
import { normalizeSentence, sentences, words } from './words.mjs';

/** Sentences shorter than this ("Go on.", "Is that it?") are too generic to call a repeat. */
export const MIN_SENTENCE_WORDS = 4;

/** HCP turns of a transcript with their position, the opening line included. */
export const hcpTurns = (transcript) => transcript.map((t, i) => ({ ...t, i })).filter((t) => t.speaker === 'customer');

/** Each HCP reply whose text (case and spacing aside) the HCP already said in this run. */
export function findRepeatedReplies(transcript) {
  const seen = new Map();
  const found = [];
  for (const t of hcpTurns(transcript)) {
    const key = normalizeSentence(t.text);
    if (key === '') continue;
    if (seen.has(key)) found.push({ turn: t.i, firstTurn: seen.get(key), text: t.text });
    else seen.set(key, t.i);
  }
  return found;
}

/** Each sentence of MIN_SENTENCE_WORDS words or more that the HCP already said earlier in the run. */
export function findRepeatedSentences(transcript) {
  const seen = new Map();
  const found = [];
  for (const t of hcpTurns(transcript)) {
    for (const s of sentences(t.text)) {
      const key = normalizeSentence(s);
      if (words(s).length < MIN_SENTENCE_WORDS) continue;
      if (seen.has(key)) found.push({ turn: t.i, firstTurn: seen.get(key), text: s });
      else seen.set(key, t.i);
    }
  }
  return found;
}
