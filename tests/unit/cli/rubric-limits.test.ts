// Limits on `--rubric` phrase lists (issue 13): the built-in rubric is far inside them; a phrase
// too long, too wild or too contracted to match cheaply is refused, naming where it is.
import { describe, expect, it } from 'vitest';
import { MAX_LEXICON_WORDS, rubricLimitProblems } from '../../../src/cli/rubric-limits.js';
import { DEFAULT_RUBRIC, type Rubric } from '../../../src/scoring/index.js';

const withPhrases = (phrases: string[]): Rubric => {
  const r = structuredClone(DEFAULT_RUBRIC) as Rubric;
  (r.lexicon.rep as Record<string, string[]>).transition = phrases;
  return r;
};

describe('rubricLimitProblems', () => {
  it('finds nothing in the built-in rubric', () => {
    expect(rubricLimitProblems(DEFAULT_RUBRIC, 'rp-2.yaml')).toEqual([]);
  });

  it.each([
    {
      what: '13 words',
      phrase: 'one two three four five six seven eight nine ten eleven twelve thirteen',
      problem: 'phrase has 13 words; at most 12',
    },
    { what: 'two wildcards', phrase: '# to # minutes', problem: 'phrase has 2 wildcards (* or #); at most 1' },
    {
      what: 'the pattern \\d*\\d*\\d*\\d*\\d*\\d*x read as words',
      phrase: '\\d*\\d*\\d*\\d*\\d*\\d*x',
      problem: 'phrase has 13 words; at most 12',
    },
    {
      what: 'nine contractions',
      phrase: "don't can't won't isn't i'm it's we're they're you're",
      problem: 'phrase has too many contractions to index every spelling; split it up',
    },
  ])('refuses a phrase with $what, naming its list and index', ({ phrase, problem }) => {
    expect(rubricLimitProblems(withPhrases(['next', phrase]), 'r.yaml')).toEqual([
      `r.yaml: lexicon.rep.transition[1]: ${problem}`,
    ]);
  });

  it.each([
    { what: 'the pattern (\\d+){1,99}x read as words', phrase: '(\\d+){1,99}x' },
    { what: 'the pattern (\\d|\\d\\d){1,99}x read as words', phrase: '(\\d|\\d\\d){1,99}x' },
    { what: 'one wildcard', phrase: 'in room #' },
    { what: 'eight contractions', phrase: "don't can't won't isn't i'm it's we're they're" },
  ])('accepts a phrase with $what', ({ phrase }) => {
    expect(rubricLimitProblems(withPhrases([phrase]), 'r.yaml')).toEqual([]);
  });

  it('refuses a lexicon too large to index as a whole', () => {
    const phrase = "don't can't won't isn't i'm do not i am it is x";
    const problems = rubricLimitProblems(
      withPhrases(Array(Math.ceil(MAX_LEXICON_WORDS / (256 * 12)) + 1).fill(phrase)),
      'r.yaml',
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^r\.yaml: lexicon: phrase lists too large to index \([\d,]+ words with every spelling; at most 150,000\)$/,
      ),
    ]);
  });
});
