// Which words of a turn sit inside a quotation: quote marks open and close, apostrophes do not.
import { describe, expect, it } from 'vitest';
import { compileLexicon, DEFAULT_LEXICON } from '../../../src/understand/lexicon.js';
import { inQuotes } from '../../../src/understand/quoted-speech.js';
import { readSaid } from '../../../src/understand/said.js';

const c = compileLexicon(DEFAULT_LEXICON);

/** Whether the first token spelled `word` is quoted in `text`. */
function isQuoted(text: string, word: string): boolean {
  const s = readSaid(0, 'customer', text, c);
  const at = s.text.tokens.findIndex((t) => t.w === word);
  if (at < 0) throw new Error(`no "${word}" in: ${text}`);
  return inQuotes(s, at);
}

describe('inQuotes', () => {
  it.each([
    ["If I could tell them 'stick with it for a month,' that's a pitch.", 'stick', true],
    ["If I could tell them 'stick with it for a month,' that's a pitch.", 'pitch', false],
    ['She said "hang in there" and left.', 'hang', true],
    ['She said "hang in there" and left.', 'left', false],
    ['She said \u201Chang in there\u201D and left.', 'hang', true],
    ["I don't think it's worth it, honestly.", 'worth', false],
    ["My patients' copays are high, and they're stuck with it.", 'stuck', false],
    ['Tell them \u2018give it a month\u2019 and they stay.', 'give', true],
    ['Tell them \u2018give it a month\u2019 and they stay.', 'stay', false],
  ])('%s: "%s" quoted is %s', (text, word, expected) => {
    expect(isQuoted(text, word)).toBe(expected);
  });
});
