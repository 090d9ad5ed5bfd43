// Reading a turn's text: words with offsets, sentences, clause breaks, stems and what a negation denies.
import { describe, expect, it } from 'vitest';
import { readText, shortQuote, stem } from '../../../src/understand/index.js';

describe('readText', () => {
  it('splits words on boundaries, keeping contractions, hyphenated words, times and percents whole', () => {
    const t = readText("I don't think the once-daily pill at 12:30 helps 82% of them.");
    expect(t.tokens.map((x) => x.w)).toEqual([
      'i',
      "don't",
      'think',
      'the',
      'once-daily',
      'pill',
      'at',
      '12:30',
      'helps',
      '82%',
      'of',
      'them',
    ]);
  });

  it('points every word back into the raw text', () => {
    const raw = '  Curly’s  quote, “here”. ';
    for (const tok of readText(raw).tokens)
      expect(raw.slice(tok.start, tok.end).toLowerCase().replace('’', "'")).toBe(tok.w);
  });

  it('ends sentences at . ! ? and line breaks, but not after "Dr."', () => {
    const t = readText('Thanks, Dr. Tan. What matters most?\nWe can talk');
    expect(t.sentences.map((s) => [t.raw.slice(s.start, s.end).trim(), s.q])).toEqual([
      ['Thanks, Dr. Tan.', false],
      ['What matters most?', true],
      ['We can talk', false],
    ]);
  });

  it('reads a run of terminators after a question mark ("?!", "?.") as one, and keeps going', () => {
    // A run like "?." once stopped the scanner from advancing: the fuzz test hung on "a?.b".
    for (const raw of ['a?.b', 'Really?! Yes.', 'v?.R', '???...']) expect(() => readText(raw)).not.toThrow();
    const t = readText('Really?! Yes.');
    expect(t.sentences.map((s) => s.q)).toEqual([true, false]);
    expect(readText('a?.b').tokens.map((x) => x.w)).toEqual(['a', 'b']);
  });

  it('reads an ellipsis the sentence carries on from ("is... manageable") as a pause, not an end', () => {
    const sentences = (raw: string) => readText(raw).sentences.map((s) => raw.slice(s.start, s.end).trim());
    expect(sentences('It is... manageable for some. Not all.')).toEqual(['It is... manageable for some.', 'Not all.']);
    expect(sentences('It is\u2026 fine, I guess.')).toEqual(['It is\u2026 fine, I guess.']);
    expect(sentences('Well... I guess. Hmm... Okay.')).toEqual(['Well...', 'I guess.', 'Hmm...', 'Okay.']);
    expect(readText('It is... manageable').tokens[2]!.breakBefore).toBe(true);
  });

  it('marks a clause break before the word after a comma or a dash', () => {
    const t = readText('So, the combination works — mostly');
    expect(t.tokens.filter((x) => x.breakBefore).map((x) => x.w)).toEqual(['the', 'mostly']);
  });

  it.each([
    { text: "I'm not unhappy with it.", denied: ['unhappy'] },
    { text: "It's not a safety thing.", denied: ['safety'] },
    { text: "I'm not going to switch people.", denied: ['switch'] },
    { text: 'I never had much headache training.', denied: [] },
    { text: 'Not just the drive, the chair time too.', denied: [] },
  ])('denies $denied in "$text"', ({ text, denied }) => {
    expect(
      readText(text)
        .tokens.filter((x) => x.neg)
        .map((x) => x.w),
    ).toEqual(denied);
  });

  it('marks capitalized words that do not open a sentence', () => {
    expect(
      readText('So Demyra is new. Thursday works.')
        .tokens.filter((x) => x.cap)
        .map((x) => x.w),
    ).toEqual(['demyra']);
  });

  it('never throws and reads nothing from an empty or symbol-only turn', () => {
    expect(readText('').tokens).toEqual([]);
    expect(readText('👍🙂 ...').tokens).toEqual([]);
  });
});

describe('stem', () => {
  it.each([
    ['priorities', 'priority'],
    ['staffing', 'staff'],
    ['doses', 'dose'],
    ['switching', 'switch'],
    ['readmissions', 'readmission'],
    ['found', 'find'],
    ['told', 'telling'],
    ['brought', 'bringing'],
    ['spent', 'spends'],
  ])('stems %s and %s alike', (a, b) => expect(stem(a)).toBe(stem(b)));

  it('keeps words ending in -ss and -us whole', () => {
    expect([stem('less'), stem('focus')]).toEqual(['less', 'focus']);
  });
});

describe('shortQuote', () => {
  it.each([
    { text: 'short', out: 'short' },
    { text: 'two\n lines   here', out: 'two lines here' },
    // Every kind of whitespace folds to one space: tabs, two spaces, a no-break space, a space then one.
    { text: ' a\tb  c\u00a0d \u2003e ', out: 'a b c d e' },
    { text: 'one space each', out: 'one space each' },
    { text: 'a'.repeat(50) + ' ' + 'b'.repeat(50), out: `${'a'.repeat(50)}…` },
  ])('quotes "$text" as "$out"', ({ text, out }) => expect(shortQuote(text)).toBe(out));
});
