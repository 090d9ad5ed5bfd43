// Which scenario material a rep turn touches: the words the HCP echoes back ({echo}), terms on word boundaries.
import { describe, expect, it } from 'vitest';
import { findHits } from '../../../src/hcp/hits.js';
import { termHits } from '../../../src/hcp/term-match.js';
import { analyzeWords as analyze, contentWords, tokenize, normalize } from '../../../src/understand/index.js';
import { fixtureScenario } from './builders.js';

const recent = (text: string) => [...contentWords(tokenize(normalize(text)))];

describe('findHits echo', () => {
  it('echoes the scenario term the rep used', async () => {
    const hits = findHits(analyze('Do your patients forget their doses?'), await fixtureScenario(), []);
    expect(hits.echo).toBe('forget');
  });

  // Found in the REPL: "So it's the idea of a daily shot, more than the insulin itself?" got "Exactly, insulin is the heart of it.".
  it.each(['It is the timing, more than the forgetting itself?', 'So the worry is not forgetting doses?'])(
    'does not echo a term the rep set aside: %s',
    async (text) => {
      const hits = findHits(analyze(text), await fixtureScenario(), [], text);
      expect(hits.echo).not.toBe('forgetting');
      expect(hits.echo).not.toBe('forgetting doses');
    },
  );

  it('does not echo an everyday word like "patients" picked up from the HCP', async () => {
    const s = await fixtureScenario();
    const hits = findHits(analyze('How many patients do you see?'), s, recent('Most of my patients are older.'));
    expect(hits.echo).toBeUndefined();
  });
});

describe('termHits', () => {
  it.each([
    { text: 'Blood pressure is up', terms: ['sure'], hits: [] },
    { text: 'I know', terms: ['no'], hits: [] },
    { text: 'Do you use combination pills?', terms: ['combination pill'], hits: ['combination pills'] },
    { text: 'Readmissions are rising', terms: ['readmission'], hits: ['readmissions'] },
    // A two-word term said loosely: one small word apart, or the other way round.
    { text: "Patients who've failed a TNF inhibitor", terms: ['failed tnf'], hits: ['failed a tnf'] },
    { text: "Patients who've failed a TNF inhibitor", terms: ['tnf failure'], hits: ['failed a tnf'] },
    { text: 'They failed the lab test, not the TNF', terms: ['failed tnf'], hits: [] },
    { text: 'Is the pressure on blood draws high?', terms: ['blood pressure'], hits: [] },
    // Hyphens and spaces join the same words: "buy-and-bill" is the term "buy and bill".
    { text: 'Does it run through buy-and-bill?', terms: ['buy and bill'], hits: ['buy-and-bill'] },
    { text: 'A once weekly shot', terms: ['once-weekly'], hits: ['once weekly'] },
    { text: 'A sheet you can hand out', terms: ['handout'], hits: ['hand out'] },
    { text: 'Hand me the outline', terms: ['handout'], hits: [] },
  ])('matches terms $terms in "$text" on word boundaries only', ({ text, terms, hits }) => {
    expect(termHits(analyze(text), terms)).toEqual(hits);
  });
});
