// A dodge by an unrelated claim: the HCP asks "How do you dose it with a CrCl under thirty?" and the rep
// says "Patients really love the once-weekly schedule.". Whether the reply is on her question is topical
// overlap in any word of the same concept (concepts.ts), not an exact phrase; a yes or a no before the
// claim is the caller's to rule out.
import type { RepTurn } from './found.js';
import { askedWords, linkedWords } from './rep-links.js';
import { askedIn, hasIn, hitsIn } from './said.js';

const AMOUNT_WORDS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'hour',
  'hours',
  'minute',
  'minutes',
  'year',
  'years',
]);
/** After "how": asking for an amount or a time ("how long", "how fast"). */
const HOW_AMOUNT = new Set(['long', 'soon', 'often', 'fast', 'quickly', 'many', 'much', 'early', 'late', 'far']);

/** Every word of the HCP's question with a stem, everyday words too: "dosing" is the topic of a dosing question. */
function questionStems(r: RepTurn): Set<string> {
  const prev = r.prev!;
  const out = new Set<string>();
  for (const t of prev.text.tokens) if (t.s !== '' && prev.text.sentences[t.sent]!.q) out.add(t.s);
  return out;
}

/** "How long…?", "When…?" asks for an amount or a time; "Why…?" for a reason, which any claim gives. */
function asksFigureOrReason(r: RepTurn): boolean {
  const prev = r.prev!;
  return prev.text.sentences.some((x) => {
    if (!x.q) return false;
    for (let t = x.t0; t < x.t1; t++) {
      const w = prev.text.tokens[t]!.w;
      if (w === 'when' || w === 'why' || (w === 'how' && HOW_AMOUNT.has(prev.text.tokens[t + 1]?.w ?? ''))) return true;
    }
    return false;
  });
}

const PROCESS_WORDS = new Set(['work', 'works', 'process', 'steps', 'step']);
const WHO_DOES = new Set(['you', 'we']);

/** "How does enrollment work?" → "You sign one form and we handle the rest.": who does what answers a how-it-works question. */
function tellsHowItWorks(r: RepTurn): boolean {
  const prev = r.prev!;
  const asks = prev.text.sentences.some((x) => {
    if (!x.q) return false;
    const words = prev.text.tokens.slice(x.t0, x.t1).map((t) => t.w);
    return words.includes('how') && words.some((w) => PROCESS_WORDS.has(w));
  });
  return asks && r.s.text.tokens.some((t) => WHO_DOES.has(t.w));
}

/** A number or a span of time in sentence k ("within a week", "twenty-eight days"). */
function carriesAmount(r: RepTurn, k: number): boolean {
  const sent = r.s.text.sentences[k]!;
  for (let t = sent.t0; t < sent.t1; t++) {
    const tok = r.s.text.tokens[t]!;
    if (tok.num || AMOUNT_WORDS.has(tok.w)) return true;
  }
  return false;
}

/** A benefit beyond describing the product: "patients love it", "simple"; "once daily" only says what it is. */
function claimsOutcome(r: RepTurn, k: number): boolean {
  if (hasIn(r.s, 'rep.hype', k)) return true;
  const facts = hitsIn(r.s, 'rep.productFacts', k);
  return hitsIn(r.s, 'rep.benefit', k).some((b) => !facts.some((f) => f.t0 <= b.t0 && b.t1 <= f.t1));
}

/**
 * "How do you dose it with a CrCl under thirty?" → "Patients really love the once-weekly schedule.": a
 * question met by a product claim that uses no word of it anywhere in the turn, in any word of its
 * concept ("renal" is on "CrCl"), nor ties to a need the HCP stated, turns to another topic. A figure
 * given to "how long" or "when", or a claim given to "why", answers, whatever its words.
 */
export function claimsPast(r: RepTurn, k: number): boolean {
  // "What did you want to talk about?" is answered by the pitch itself, "How is it different…?" by a claim.
  const prev = r.prev!;
  if (!claimsOutcome(r, k) || prev.hits.has('hcp.visitQuestion')) return false;
  if (askedIn(prev, 'rep.meritAsks')) return false;
  const asked = questionStems(r);
  if (asked.size === 0 || r.s.text.tokens.some((t) => t.s !== '' && asked.has(t.s))) return false;
  if (tellsHowItWorks(r)) return false;
  if (asksFigureOrReason(r) && (carriesAmount(r, k) || r.prev!.text.tokens.some((t) => t.w === 'why'))) return false;
  return linkedWords(r, k, askedWords(r)).length === 0;
}
