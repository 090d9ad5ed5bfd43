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

const THANKS = new Set(['thanks', 'thank', 'cheers']);

/** Agreement and nothing else: no task taken on, no time named, no content. */
export function isBare(s: Said, committed: boolean): boolean {
  if (committed) return false;
  let content = 0;
  // "Enjoy your evening." says goodbye: its words are no content.
  s.text.tokens.forEach((t, i) => {
    // "ok thx jess": the one thanked, typed in lower case, is a name, as "Jess" is.
    const thanked = THANKS.has(s.text.tokens[i - 1]?.w ?? '') && !t.breakBefore;
    if (t.s !== '' && !t.cap && !thanked && !POLITE.has(t.s) && !insideHit(s, 'hcp.farewell', { t0: i, t1: i + 1 }))
      content++;
  });
  return content <= 1 && s.words <= 8;
}

/** Most words in a sentence that only says how it sounds ("Sounds excellent.", "That sounds great."). */
const SOUNDS_WORDS = 3;
/** Most words in each sentence of a reply that is only enthusiasm ("Yes, by all means. Sounds excellent."). */
const HOLLOW_SENTENCE_WORDS = 5;

/** Words of a sentence that is only praise: "Very good.", "All good.", "Really great." */
const PRAISE_ONLY = new Set([
  'very',
  'really',
  'all',
  'so',
  'good',
  'great',
  'wonderful',
  'excellent',
  'perfect',
  'lovely',
  'super',
  'nice',
]);

/** "Yes, by all means. Sounds excellent.": short sentences, one only saying how it sounds, nothing taken on. */
export function isHollow(s: Said, committed: boolean): boolean {
  if (committed) return false;
  const { sentences, tokens } = s.text;
  // "Sounds great.", and "Very good." or "All good." as a second-language speaker says it.
  const sounds = sentences.some((q) => {
    const words = tokens.slice(q.t0, q.t1);
    return (
      q.t1 - q.t0 <= SOUNDS_WORDS &&
      (words.some((t) => t.w === 'sounds') || (words.length >= 2 && words.every((t) => PRAISE_ONLY.has(t.w))))
    );
  });
  return sounds && sentences.every((q) => q.t1 - q.t0 <= HOLLOW_SENTENCE_WORDS);
}
