// A closed HCP says one sentence (extras.ts); a lead-in that says nothing alone takes the next sentence with it.
// Found in the REPL: a hostile oncologist asked "What happened?" answered only "I'll be straight."
import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../../src/hcp/material.js';

describe('firstSentence', () => {
  it.each([
    [
      "I'll be straight. The last rep overstated the data. If you can show me, I might listen.",
      "I'll be straight. The last rep overstated the data.",
    ],
    ['Look. I have rounds in two minutes. Be quick.', 'Look. I have rounds in two minutes.'],
    ["I don't trust your data. We're done.", "I don't trust your data."],
    ['No. We are done here.', 'No.'],
    ["I'll be straight.", "I'll be straight."],
    ['Fine', 'Fine'],
  ])('%j says %j', (text, said) => expect(firstSentence(text)).toBe(said));
});
