// A bare yes: agreement with no task taken on, no time named and no content ("Yeah, definitely. Sounds
// great."), which to a request for commitment closes the topic (hcp-response.ts).
import type { Said } from './said.js';

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
  for (const t of s.text.tokens) if (t.s !== '' && !t.cap && !POLITE.has(t.s)) content++;
  return content <= 1 && s.words <= 8;
}
