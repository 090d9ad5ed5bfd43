// making_it_matter's generic claims: the answer to an HCP's question, and a purpose that asks whether the product fits.
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../src/understand/index.js';
import { conversation } from '../../builders.js';

const acts = (...lines: string[]) =>
  readConversation(conversation(...lines))
    .turns.at(-1)!
    .acts.map((a) => a.act);

describe('a claim that answers the HCP', () => {
  it('is no generic benefit when it describes what was asked', () => {
    expect(
      acts(
        'C: Is it covered?',
        "R: It's on most commercial plans at tier two, and there's a savings card for the rest.",
      ),
    ).not.toContain('generic_benefit');
  });
  it('while an outcome claimed beside the answer still is', () => {
    expect(
      acts(
        'C: Is it covered?',
        "R: It's on most commercial plans at tier two. Honestly, patients just love it, it works great.",
      ),
    ).toContain('generic_benefit');
  });
  it('and a purpose that asks whether the product fits claims nothing', () => {
    expect(
      acts(
        "R: I'd like to understand how you handle anticoagulation at discharge and see if our program could make it easier.",
      ),
    ).not.toContain('generic_benefit');
  });
});
