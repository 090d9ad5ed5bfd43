import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/scoring/compile.js';
import { DEFAULT_RUBRIC } from '../../../src/scoring/index.js';
import { analyze, normalize, overlap, phraseMatcher, shortQuote, tokenize } from '../../../src/scoring/text.js';
import { newScan, scanText } from '../../../src/scoring/tokens.js';

describe('normalize and tokenize', () => {
  it.each([
    { text: 'I DON’T  see\tthe “need”', norm: 'i don\'t see the "need"' },
    { text: 'follow‑up', norm: 'follow-up' },
  ])('normalizes "$text"', ({ text, norm }) => expect(normalize(text)).toBe(norm));

  it('keeps inner apostrophes and hyphens in words', () => {
    expect(tokenize(normalize("We're re-checking the prior-auth, aren't we?"))).toEqual(["we're", 're-checking', 'the', 'prior-auth', "aren't", 'we']);
  });
});

describe('the scanner', () => {
  const wordsOf = (text: string) => {
    const c = compile(DEFAULT_RUBRIC);
    const s = newScan();
    if (!scanText(text, c.vocabulary(), s)) scanText(normalize(text), c.vocabulary(), s, true);
    return s.entries.slice(0, s.count).map((e) => e.word);
  };

  it('finds the same words as tokenize(normalize(text)) on any text', () => {
    const same = (text: string) => {
      expect(wordsOf(text)).toEqual(tokenize(normalize(text)));
    };
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), same));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), same));
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z' `.,?!-]{0,40}$/), same));
  });

  it('splits sentences at marks followed by a space, not inside numbers', () => {
    const c = compile(DEFAULT_RUBRIC);
    const s = newScan();
    scanText('It dropped 3.5 points. Really? Yes', c.vocabulary(), s);
    expect({ starts: s.sentenceStarts, asked: s.asked }).toEqual({ starts: [0, 5, 6], asked: [false, true, false] });
  });
});

describe('phraseMatcher', () => {
  it('matches whole words only', () => {
    const match = phraseMatcher(['no', 'how', 'sure']);
    expect(match(analyze('I know, however I am unsure, the pressure is real.'))).toBeUndefined();
    expect(match(analyze('No, not yet.'))).toBe('no');
  });
});

describe('overlap and quotes', () => {
  it('measures the share of the first set found in the second', () => {
    expect(overlap(new Set(['a', 'b']), new Set(['b', 'c']))).toBe(0.5);
    expect(overlap(new Set(), new Set(['b']))).toBe(0);
  });

  it('cuts long quotes on a word boundary', () => {
    expect(shortQuote('word '.repeat(40), 20)).toBe('word word word word…');
  });
});
