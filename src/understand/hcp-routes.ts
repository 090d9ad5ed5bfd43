// "Have her ask for Grace.", "Talk to Gina to book the room.", "Leave them with Tasha.": the HCP hands
// the rep's step to a named person on the team, which takes part in it. "Leave it at the front" and
// "Check with the front desk" name nobody: they send the rep away.
import type { PhraseHit } from './phrases.js';
import type { Said } from './said.js';
import { isAbbreviation } from './text.js';

const ROUTING = new Set([
  'talk',
  'ask',
  'have',
  'leave',
  'send',
  'give',
  'call',
  'email',
  'see',
  'get',
  'bring',
  'book',
  'tell',
  'set',
]);
const TITLES = new Set(['dr', 'doctor']);

/** The first sentence opening on a routing verb that names somebody, after at most a filler ("Okay."). */
export function routesToName(s: Said): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  for (const sent of sentences) {
    if (sent.q || !ROUTING.has(tokens[sent.t0]?.w ?? '')) continue;
    // The name is in the routing clause: "Leave me a card, I'll think about it." names nobody.
    for (let i = sent.t0 + 1; i < sent.t1 && !tokens[i]!.breakBefore; i++) {
      const tok = tokens[i]!;
      if (tok.w === 'i' || tok.w.startsWith("i'")) continue;
      if (tok.cap && !TITLES.has(tok.w) && !isAbbreviation(s.text, tok))
        return { list: 'hcp.routes', phrase: `${tokens[sent.t0]!.w} … ${tok.w}`, t0: sent.t0, t1: i + 1 };
    }
  }
  return undefined;
}
