// The labeled calls said a fifth way (see calls-reworded.test.ts): words our lists hold said with an
// "'s" on the last one, and time said in more voices. Rows marked "misread" failed before.
import { describe } from 'vitest';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

/** A phrase's last word with "'s" on it ("my next patient's waiting"); "it's", "that's" are words of their own. */
const CLITIC: Row[] = [
  {
    lines: [
      'R: Do you have many patients with depression on your list?',
      "C: A few. Listen, my next patient's waiting.",
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: ['R: And the renal data, briefly?', "C: Sorry, my pager's going. Another time."],
    has: 'time_cue',
  }, // misread
];

describe('the labeled calls in a fifth wording', () => {
  const groups = {
    CLITIC,
  };
  itRows(groups);
});
