// "That would actually be useful, yes.": a yes that closes the sentence, after the HCP's own words for
// the offer, answers the ask as plainly as one that opens it.
import type { PhraseHit } from './phrases.js';
import type { Said } from './said.js';

export function trailingYes(s: Said): PhraseHit | undefined {
  for (const sent of s.text.sentences) {
    const last = s.text.tokens[sent.t1 - 1];
    if (sent.q || sent.t1 - sent.t0 < 3 || last?.w !== 'yes' || !last.breakBefore) continue;
    return { t0: sent.t1 - 1, t1: sent.t1, phrase: 'yes', list: '' };
  }
  return undefined;
}
