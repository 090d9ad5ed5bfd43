// Telling the HCP a concern is no concern, in words no stock phrase lists: written for this test from
// calls played outside the labeled set. Before the fix the first two rows read as nothing at all.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const CLOTS = 'C: My concern with this class is the clotting risk. I have a lot of older patients.';

const ROWS: Row[] = [
  { lines: [CLOTS, "R: Honestly, that's really not something you need to worry about."], has: 'rebuttal' },
  { lines: [CLOTS, "R: There's no reason to be concerned about that."], has: 'rebuttal' },
  { lines: [CLOTS, "R: I don't think you need to worry about clots with this one."], has: 'rebuttal' },
  // Near misses: understanding the worry, or asking about it, dismisses nothing.
  { lines: [CLOTS, "R: I don't blame you for worrying about that. What have you seen?"], not: 'rebuttal' },
  { lines: [CLOTS, "R: That's a fair worry. What have you seen in your older patients?"], not: 'rebuttal' },
  { lines: [CLOTS, "R: Don't you worry about the same thing with the drug they're on now?"], not: 'rebuttal' },
];

describe('dismissing a concern', () => {
  it.each(ROWS.map((r) => [r.lines.at(-1)!, r] as const))('%s', (_, row) => expectRow(row));
});
