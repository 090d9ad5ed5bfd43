// A bare go-ahead to the rep's plan ("Do that.", "Sure, book it.", "Then set it up."): an imperative that
// hands the step back to the rep is a yes in few words, unlike a bare "Sure." that only closes the topic.
import type { PhraseHit } from './phrases.js';
import { hcpHits, type Said } from './said.js';

/** Words that may open the sentence before the imperative and keep it one ("Okay, then do that."). */
const LEADS = new Set([
  'yes',
  'yeah',
  'yep',
  'sure',
  'okay',
  'ok',
  'fine',
  'alright',
  'then',
  'please',
  'great',
  'good',
]);

/** The first go-ahead that opens its sentence after at most a few agreeing words; "Don't do that" is none. */
export function goAhead(s: Said): PhraseHit | undefined {
  return hcpHits(s, 'goAhead').find((x) => {
    const sent = s.text.sentences[s.text.tokens[x.t0]!.sent]!;
    if (sent.q) return false;
    for (let i = sent.t0; i < x.t0; i++) if (!LEADS.has(s.text.tokens[i]!.w)) return false;
    return true;
  });
}
