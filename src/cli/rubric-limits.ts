// Limits on a `--rubric` file's phrase lists, so no rubric can stall the reader (issue 13). Phrases
// are never regular expressions, but matching has its own costs: every contraction doubles the
// spellings a phrase is indexed under, and every wildcard widens the walk at each word of a turn.
import { formatPath } from '../data-file.js';
import type { Rubric } from '../scoring/index.js';
import { phraseWords } from '../understand/index.js';

/** The built-in rubric's longest phrase has 9 words. */
export const MAX_PHRASE_WORDS = 12;
/** `*` or `#`; the built-in rubric uses at most one a phrase. Two made a crafted rubric read 45 times slower. */
export const MAX_PHRASE_WILDCARDS = 1;
/** Spellings one phrase may expand to (the built-in rubric's most: 32). */
export const MAX_PHRASE_SPELLINGS = 256;
/**
 * Words indexed over the whole lexicon, spellings counted (an upper bound): the built-in rubric has
 * about 16,000; a crafted lexicon just under this cap took 0.4–0.7 s to index on one busy core.
 */
export const MAX_LEXICON_WORDS = 150_000;

interface PhraseCost {
  words: number;
  wildcards: number;
  /** An upper bound: a word with an apostrophe may be a contraction, two other words an expandable pair. */
  spellings: number;
}

function costOf(phrase: string): PhraseCost {
  const words = phraseWords(phrase);
  const wildcards = words.filter((w) => w === '*' || w === '#').length;
  const apostrophes = words.filter((w) => w.includes("'")).length;
  return {
    words: words.length,
    wildcards,
    spellings: 2 ** Math.min(30, apostrophes + Math.floor((words.length - apostrophes) / 2)),
  };
}

/** Every phrase over a limit, as `file: lexicon.rep.list[3]: ...`, plus one line if the lexicon is too big overall. */
export function rubricLimitProblems(rubric: Rubric, file: string): string[] {
  const problems: string[] = [];
  let indexed = 0;
  const check = (phrases: readonly string[], path: (string | number)[]) => {
    phrases.forEach((phrase, i) => {
      const at = `${file}: ${formatPath([...path, i])}`;
      const c = costOf(phrase);
      indexed += c.spellings * c.words;
      if (c.words > MAX_PHRASE_WORDS) problems.push(`${at}: phrase has ${c.words} words; at most ${MAX_PHRASE_WORDS}`);
      else if (c.wildcards > MAX_PHRASE_WILDCARDS)
        problems.push(`${at}: phrase has ${c.wildcards} wildcards (* or #); at most ${MAX_PHRASE_WILDCARDS}`);
      else if (c.spellings > MAX_PHRASE_SPELLINGS)
        problems.push(`${at}: phrase has too many contractions to index every spelling; split it up`);
    });
  };
  const { lexicon } = rubric;
  for (const [list, phrases] of Object.entries(lexicon.rep)) check(phrases, ['lexicon', 'rep', list]);
  for (const [list, phrases] of Object.entries(lexicon.hcp)) check(phrases, ['lexicon', 'hcp', list]);
  check(lexicon.genericWords, ['lexicon', 'genericWords']);
  for (const [list, phrases] of Object.entries(rubric.compliance))
    if (Array.isArray(phrases)) check(phrases as string[], ['compliance', list]);
  if (problems.length === 0 && indexed > MAX_LEXICON_WORDS) {
    problems.push(
      `${file}: lexicon: phrase lists too large to index (${indexed.toLocaleString('en-US')} words with every spelling; at most ${MAX_LEXICON_WORDS.toLocaleString('en-US')})`,
    );
  }
  return problems;
}
