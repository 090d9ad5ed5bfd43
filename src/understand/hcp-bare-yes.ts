// A bare yes: agreement with no task taken on, no time named and no content ("Yeah, definitely. Sounds
// great."), which to a request for commitment closes the topic (hcp-response.ts).
import { insideHit, type Said } from './said.js';

/** Words of polite enthusiasm that say nothing about a next step ("Yeah, definitely. Sounds great."). */
const POLITE = new Set([
  'sound',
  'definitely',
  'totally',
  'absolutely',
  'great',
  'good',
  'love',
  'perfect',
  'wonderful',
  'seeing',
  'nice',
  'awesome',
  'cool',
  'fine',
  'thank',
]);

/** Agreement and nothing else: no task taken on, no time named, no content. */
export function isBare(s: Said, committed: boolean): boolean {
  if (committed) return false;
  let content = 0;
  // "Enjoy your evening." says goodbye: its words are no content.
  s.text.tokens.forEach((t, i) => {
    if (t.s !== '' && !t.cap && !POLITE.has(t.s) && !insideHit(s, 'hcp.farewell', { t0: i, t1: i + 1 })) content++;
  });
  return content <= 1 && s.words <= 8;
}

/** Most words in a sentence that only says how it sounds ("Sounds excellent.", "That sounds great."). */
const SOUNDS_WORDS = 3;
/** Most words in each sentence of a reply that is only enthusiasm ("Yes, by all means. Sounds excellent."). */
const HOLLOW_SENTENCE_WORDS = 5;

/** "Yes, by all means. Sounds excellent.": short sentences, one only saying how it sounds, nothing taken on. */
export function isHollow(s: Said, committed: boolean): boolean {
  if (committed) return false;
  const { sentences, tokens } = s.text;
  const sounds = sentences.some(
    (q) => q.t1 - q.t0 <= SOUNDS_WORDS && tokens.slice(q.t0, q.t1).some((t) => t.w === 'sounds'),
  );
  return sounds && sentences.every((q) => q.t1 - q.t0 <= HOLLOW_SENTENCE_WORDS);
}
