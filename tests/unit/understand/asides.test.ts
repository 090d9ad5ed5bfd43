// Spoken asides set off by commas are no words of the sentence (asides.ts); the same words doing work stay.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/understand/text.js';

const words = (raw: string): string =>
  readText(raw)
    .tokens.map((t) => t.w)
    .join(' ');

describe('spoken asides', () => {
  it.each([
    ['The copay, you know, kills it.', 'the copay kills it'],
    ["Look, we tried it. It's, like, forty a month.", "we tried it it's forty a month"],
    ['I mean, the data are fine.', 'the data are fine'],
    ["It's hard on them, you know.", "it's hard on them"],
    ['Listen, Cardexa is different.', 'cardexa is different'],
    // Doing work in the sentence, they stay.
    ['You know the renal data better than I do.', 'you know the renal data better than i do'],
    ['Look at the renal data.', 'look at the renal data'],
    ['Patients like it.', 'patients like it'],
    ['I mean it.', 'i mean it'],
  ])('%s', (raw, expected) => expect(words(raw)).toBe(expected));

  it('keeps sentences, negation and the opening word right after an aside', () => {
    const t = readText("Look, Cardexa won't work here. You know, I'm not convinced.");
    expect(
      t.sentences.map((s) =>
        t.tokens
          .slice(s.t0, s.t1)
          .map((x) => x.w)
          .join(' '),
      ),
    ).toEqual(["cardexa won't work here", "i'm not convinced"]);
    expect(t.tokens[0]!.cap).toBe(false);
    expect(t.tokens.filter((x) => x.neg).map((x) => x.w)).toEqual(['work', 'convinced']);
  });
});

describe('hesitation sounds', () => {
  it.each([
    ["Um, so what I'm hearing is the copay.", "so what i'm hearing is the copay"],
    ['Er, the ER is full, uh, again.', 'the er is full again'],
  ])('%s', (raw, expected) => expect(words(raw)).toBe(expected));

  it('leaves no stem of a dropped aside in the turn', () =>
    expect([...readText('Look, the copay, I mean, kills it.').stems]).toEqual(['cost', 'kill']));
});
