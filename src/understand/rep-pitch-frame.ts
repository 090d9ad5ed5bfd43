// A restatement frame around the rep's own pitch ("It sounds like Vantrelle would be a great fit", "So,
// pulling together everything we talked about, Vantrelle seems a perfect match"): the pitch dressed as her view.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import type { Said } from './said.js';
import { breakBetween } from './text-clauses.js';

/** Nouns for her patients after a word that describes them. */
const PEOPLE = new Set(['patients', 'patient', 'folks', 'people', 'cases', 'kids', 'women', 'men', 'adults']);

/** Words that carry a recap frame on to a comma: "pulling together everything we talked about, …". */
const FRAME_TAIL = new Set(
  'everything|all|of|what|that|we|you|i|talked|discussed|covered|said|told|heard|me|about|today|so|far|it'.split('|'),
);

/** Tokens [from, to) only carry the frame on, so the clause after the comma is what the frame introduces. */
function frameGoesOn(s: Said, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!FRAME_TAIL.has(s.text.tokens[i]!.w)) return false;
  return true;
}

/** "It sounds like Vantrelle would be a great fit": a restatement frame around the rep's own pitch. */
export function pitchInFrame(r: RepTurn, frame: PhraseHit, k: number): boolean {
  const { s } = r;
  const end = s.text.sentences[k]!.t1;
  for (let i = frame.t1; i < end; i++) {
    if (i > frame.t1 && breakBetween(s.text, i - 1, i) && !frameGoesOn(s, frame.t1, i)) break;
    const t = s.text.tokens[i]!;
    // "Thursday" is capitalized, and no product.
    if (s.hits.at('rep.when', i) !== undefined) continue;
    // "the next three OAB patients": a capitalized word naming her patients' condition is no product.
    if (PEOPLE.has(s.text.tokens[i + 1]?.w ?? '')) continue;
    if (t.cap && t.s !== '' && r.conv.hcpSaid(t.s) === undefined && r.conv.repIntroduced(t.s)) return true;
  }
  return false;
}
