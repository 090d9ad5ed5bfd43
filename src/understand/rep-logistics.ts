// Logistics inside a presenting turn: a sentence that sets the next step on a day ("lunch for your
// nurses next Wednesday at noon", "the numbers in your inbox this afternoon") is no point about the
// product, whatever of her words it names.
import { foundIn, type RepTurn } from './found.js';
import { hasIn, hitsIn } from './said.js';

const MONTHS =
  /^(?:in |by |early |mid-|late |end of |your |the )?(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const STEPS = ['next_step_specific', 'next_step_vague', 'ownership', 'commitment_request'] as const;

/** "The absolute rates in your inbox this afternoon", "lunch for your nurses next Wednesday": a sentence carrying a step or a day, with no benefit in it, is logistics. */
export function stepOnly(r: RepTurn, k: number): boolean {
  // "Pick whichever day suits you best.", "Say if that slot works": the ask for the step, its praise words no claim.
  if (foundIn(r, k, ['commitment_request']) && !hasIn(r.s, 'rep.productFacts', k) && !hasIn(r.s, 'rep.hype', k))
    return true;
  if (hasIn(r.s, 'rep.benefit', k)) return false;
  // "Lunch for your nurses next Wednesday at noon" plans a step; "a delayed box in July" is a point with a season in it.
  if (hitsIn(r.s, 'rep.when', k).some((h) => !MONTHS.test(h.phrase))) return true;
  return foundIn(r, k, STEPS);
}
