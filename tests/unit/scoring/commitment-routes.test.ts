// Commitment when the HCP hands the step to a colleague: a route beside a yes, or to a dated step, takes
// part; "Talk to Tanya." alone sends the rep away; a route for a vague follow-up is no commitment. A call
// that ends on a brush-off keeps only a yes that took part.
import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { metricOf } from './support.js';

const LUNCH = 'R: Could I bring lunch for you and the team next Tuesday at noon and walk through the elderly subgroup?';
const PACKET = "R: I'll leave the enrollment packet and circle back sometime.";
const commitment = (...lines: string[]) => metricOf(conversation(...lines), 'commitment_gaining').score!;

describe('commitment after a route to a colleague', () => {
  it.each([
    ['a yes beside the route', [LUNCH, 'C: Tuesday works. Talk to Sandra.'], 4],
    ['a route with its purpose', [LUNCH, 'C: Okay. Talk to Gina to book the room.'], 4],
  ])('takes part: %s', (_name, lines, atLeast) => {
    expect(commitment(...lines)).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    ['"Talk to Tanya." alone, sending the rep away', [LUNCH, 'C: Talk to Tanya.']],
    ['a route for a vague follow-up', [PACKET, 'C: Leave it with Marta. She does linkage.']],
  ])('is low: %s', (_name, lines) => {
    expect(commitment(...lines)).toBeLessThan(2.5);
  });
});

describe('commitment when the call ends on a brush-off', () => {
  it('lets "Sure. Whenever." to the last follow-up undo an earlier yes only to receive something', () => {
    const score = commitment(
      "R: Credit against your invoice, unopened doses, up to six months after expiry. I'll get you the terms in writing, not just my word for it.",
      "C: Okay. That's... actually useful. The Advantage plans, though?",
      "R: That one I can't fix, and price won't fix it either. What the ordering portal does have is a plan lookup that shows each plan's allowable before you book the dose, so you'd know which ones are underwater going in, not when the remittance shows up. Which plans hurt the most?",
      'C: Keystone Advantage and the Humboldt one. Both eight, nine bucks under.',
      "R: Then those two are the first I'd run through the lookup.",
      'C: Fair. When do you need a preorder by? I want stock in before September.',
      "R: July 15th gets you August delivery. This was really helpful, Anjali. I'll swing by sometime next month with the ReturnSure terms and we can figure out the order then.",
      'C: Sure. Whenever.',
    );
    expect(score).toBeLessThan(2.5);
  });
});
