// adaptability's pushback: after the HCP turns the call ("We've got our own sheet"), the rep adapts by
// hearing it out or winding down, not by arguing or pitching on (LABELS.md: a change of direction is a cue).
import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf } from './support.js';

const OPEN = [
  'R: I wanted to check how the prep instructions are working for your patients.',
  'C: The phones are the problem. Half our calls the night before are patients confused about the prep.',
  'R: I can leave some of our patient instruction pads when I come by Friday.',
  "C: We've got our own sheet, though. Dr. Hsu wrote it, and we're happy with it.",
];

describe('adaptability: pushback', () => {
  it.each([
    [
      'winding down with a recap of what was agreed',
      'R: Got it. So: I take the expired kits today with a receipt, and every first Friday at eight I check the dates.',
    ],
    ['hearing it out with a question', 'R: What does Dr. Hsu’s sheet cover for the second dose?'],
  ])('counts %s as adapting', (_why, reply) => {
    const c = componentOf(conversation(...OPEN, reply), 'adaptability', 'pushback');
    expect(c.rationale).toContain('1 of 1 pushbacks');
  });
  it('does not count pitching on past it', () => {
    const pitch =
      'R: Our pads are clearer than most sheets, and in our survey patients made fewer prep mistakes with them.';
    const c = componentOf(conversation(...OPEN, pitch), 'adaptability', 'pushback');
    expect(c.rationale).toContain('0 of 1 pushbacks');
  });
});
