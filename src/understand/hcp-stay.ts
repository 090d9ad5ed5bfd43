// A "no" to the rep's offer to stop ("Would it be better if I came back another day?" → "No, stay, go on."):
// turning down the rep's leaving is consent to go on, not a no to a proposal.
import type { HcpTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { hasHcp, hcpHits } from './said.js';

export interface Stay {
  /** The words that ask the rep to go on ("go on", "stay", "you're fine"), if any: a yes to the call. */
  goOn?: PhraseHit;
}

/** The turn opens on a "no" to the rep's offer to leave, and says no other no ("No, don't bother" still declines). */
export function noToLeaving(h: HcpTurn): Stay | undefined {
  const { s, prev } = h;
  if (prev === undefined || s.text.tokens[0]?.w !== 'no' || hcpHits(s, 'decline').length > 0 || hasHcp(s, 'refusal'))
    return undefined;
  const goOn = hcpHits(s, 'stayOn')[0];
  // "…or come back later. Which works?" → "No, go ahead.": to a rep minding her time, a go-on is no no.
  const offered = hasHcp(prev, 'offerToGo') || (goOn !== undefined && h.conv.has(prev.i, 'time_adapt'));
  if (!offered) return undefined;
  return goOn === undefined ? {} : { goOn };
}
