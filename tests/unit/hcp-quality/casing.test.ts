// Casing seams: scenario acronyms and names spoken lowercase, and capitals a template left behind.
import { describe, expect, it } from 'vitest';
import { casedTerms, findCapitalizationSeams, findLowercasedTerms } from '../../hcp-quality/detect/index.mjs';
import { aScenario } from './builders.js';

const cased = casedTerms(aScenario());

describe('casedTerms', () => {
  it.each(['ldl', 'post-mi', 'medicare', 'thursday', 'lipranta', 'bell', 'part d'])(
    'knows the scenario writes %s with capitals',
    (w) => {
      expect(cased.has(w)).toBe(true);
    },
  );

  it.each([
    { w: 'patients', why: 'capitalised only at a sentence start' },
    { w: 'lipids', why: 'the first word of a field' },
    { w: 'ldl goal', why: 'a lowercase keyword list, never prose' },
    { w: "i'm", why: 'the pronoun I' },
    { w: 'part', why: 'only ever part of a longer name' },
  ])('does not count $w ($why)', ({ w }) => expect(cased.has(w)).toBe(false));
});

describe('findLowercasedTerms', () => {
  it('finds an acronym and a hyphenated term written lowercase', () => {
    expect(findLowercasedTerms(cased, 'How would that work for ldl goal in post-mi patients?')).toEqual([
      { said: 'ldl', written: 'LDL' },
      { said: 'post-mi', written: 'post-MI' },
    ]);
  });

  it('finds a name of several words written lowercase, but not one of its words alone', () => {
    expect(findLowercasedTerms(cased, 'Is that on part d? That is part of the problem.')).toEqual([
      { said: 'part d', written: 'Part D' },
    ]);
  });

  it('accepts the scenario spelling', () => {
    expect(findLowercasedTerms(cased, 'How would that work for the LDL goal in post-MI patients on Medicare?')).toEqual(
      [],
    );
  });
});

describe('findCapitalizationSeams', () => {
  it.each([
    { reply: 'Well, Our patients are older.', kind: 'capitalised after a comma' },
    { reply: 'Since you ask, The data is thin.', kind: 'capitalised after a comma' },
    { reply: 'We are behind today. and the list is long.', kind: 'lowercase sentence start' },
    { reply: 'ldl goal is what I watch.', kind: 'lowercase sentence start' },
  ])('finds "$reply"', ({ reply, kind }) => expect(findCapitalizationSeams(reply).map((s) => s.kind)).toEqual([kind]));

  it.each([
    'Well, I think so.',
    'Right, Dr. Bell will see you on Thursday.',
    'Use a statin, e.g. atorvastatin, first.',
    '*nods* Fine.',
  ])('accepts "%s"', (reply) => expect(findCapitalizationSeams(reply)).toEqual([]));
});
