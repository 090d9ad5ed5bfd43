// Commitment when the HCP hands the step to a colleague: a route beside a yes, or to a dated step, takes
// part; "Talk to Tanya." alone sends the rep away; a route for a vague follow-up is no commitment.
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
