// The labeled calls said a sixth way (see calls-reworded.test.ts): British and Commonwealth spelling,
// and more voices. Rows marked "misread" failed before.
import { describe } from 'vitest';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

/** British spelling reads as the American the lists are written in; the quote keeps what was written. */
const SPELLING: Row[] = [
  {
    lines: [
      'R: Are a lot of your diabetics above target?',
      "C: I know half of them are off target. My problem is right now I can't get a single thing authorised.",
    ],
    has: 'objection_access',
  }, // misread
  {
    lines: ['R: How are your patients doing on it?', 'C: The diarrhoea on the last one was awful, I stopped it.'],
    has: 'objection_safety',
  }, // misread
];

describe('the labeled calls in a sixth wording', () => {
  const groups = { SPELLING };
  itRows(groups);
});
