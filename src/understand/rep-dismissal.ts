// Dismissing a concern without a stock phrase: "That's really not something you need to worry about",
// "There's no reason to be concerned". The negation reaches the worry across a few filler words only,
// so "I don't blame you for worrying" and "I don't want you to worry" are not dismissals.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';

const WORRY = new Set(['worry', 'worrying', 'concerned', 'fret', 'sweat', 'panic']);
const NOT_TO = new Set([
  'not',
  'no',
  'nothing',
  "don't",
  "doesn't",
  'never',
  "shouldn't",
  "needn't",
  "won't",
  "wouldn't",
  "oughtn't",
  "mustn't",
]);
/** Words between the negation and the worry in "not something you need to worry about", "no reason to be concerned". */
const BETWEEN = new Set([
  'something',
  'anything',
  'you',
  'really',
  'need',
  'needs',
  'to',
  'have',
  'any',
  'reason',
  'be',
  'much',
  'the',
  'a',
  'one',
  'thing',
  'at',
  'all',
  'for',
  'i',
  'think',
  'would',
]);

/** "That's really not something you need to worry about.": telling the HCP a concern is no concern. */
export function toldNotToWorry(r: RepTurn): PhraseHit | undefined {
  const { tokens } = r.s.text;
  for (let i = 0; i < tokens.length; i++) {
    // "Don't you worry about the copay?" asks; it tells the HCP nothing.
    if (!WORRY.has(tokens[i]!.w) || r.s.text.sentences[tokens[i]!.sent]?.q === true) continue;
    // "a daily pill, not a panic pill": the worry word names a kind of thing, it tells her nothing.
    if (modifies(r, i)) continue;
    for (let j = i - 1; j >= 0 && j >= i - 6 && tokens[j]!.sent === tokens[i]!.sent; j--) {
      // "nothing worrying yet" reports the data; "nothing to worry about" tells her not to.
      if (NOT_TO.has(tokens[j]!.w) && !(tokens[j]!.w === 'nothing' && j === i - 1))
        return { list: 'rep.dismissal', phrase: `${tokens[j]!.w} … ${tokens[i]!.w}`, t0: j, t1: i + 1 };
      if (!BETWEEN.has(tokens[j]!.w)) break;
    }
  }
  return undefined;
}

/** Words a worry verb takes after it ("worry about", "panic over"): no noun it modifies. */
const WORRY_AFTER = new Set([
  'about',
  'over',
  'yourself',
  'now',
  'yet',
  'just',
  'here',
  'there',
  'anymore',
  'much',
  'unduly',
]);

/** The worry word at i stands before a noun of its sentence ("panic pill", "panic attacks"). */
function modifies(r: RepTurn, i: number): boolean {
  const next = r.s.text.tokens[i + 1];
  return (
    next !== undefined &&
    next.sent === r.s.text.tokens[i]!.sent &&
    !next.breakBefore &&
    next.s !== '' &&
    !WORRY_AFTER.has(next.w)
  );
}

/** What a concern is called when the rep says it won't be one ("shouldn't be a problem", "honestly isn't a big issue"). */
const PROBLEM = new Set(['problem', 'issue', 'concern', 'deal', 'factor', 'worry']);
/** Negations of what a concern will be. */
const NOT_BE = new Set([...NOT_TO, "isn't", "aren't", "ain't", 'hardly']);
/** Words between the negation and the noun: "oughtn't to be a problem", "isn't really a big issue". */
const BE_WORDS = new Set([
  'to',
  'be',
  'a',
  'an',
  'really',
  'honestly',
  'genuinely',
  'big',
  'real',
  'much',
  'of',
  'going',
  'any',
  'such',
  'major',
  'serious',
]);
/** Words that open "That's not a problem", "so there's no issue there": a courtesy or a reassurance, not a concern waved away. */
const COURTESY = new Set(["that's", "it's", "there's", 'that', 'it', 'there', 'so', 'and']);

/** "Hip fractures really oughtn't to be a problem", "the schedule IV part honestly isn't a big issue". */
export function deniedProblem(r: RepTurn): PhraseHit | undefined {
  const { tokens, sentences } = r.s.text;
  for (let i = 0; i < tokens.length; i++) {
    if (!PROBLEM.has(tokens[i]!.w) || sentences[tokens[i]!.sent]!.q) continue;
    for (
      let j = i - 1;
      j >= 0 && j >= i - 6 && tokens[j]!.sent === tokens[i]!.sent && !tokens[j + 1]!.breakBefore;
      j--
    ) {
      if (NOT_BE.has(tokens[j]!.w)) {
        if (opensClause(r, j)) break;
        return { list: 'rep.dismissal', phrase: `${tokens[j]!.w} … ${tokens[i]!.w}`, t0: j, t1: i + 1 };
      }
      if (!BE_WORDS.has(tokens[j]!.w)) break;
    }
  }
  return undefined;
}

/** Whether the negation at j opens its clause, alone or after "that's", "there's", "so": "(That's) not a problem". */
function opensClause(r: RepTurn, j: number): boolean {
  const { tokens, sentences } = r.s.text;
  let i = j;
  while (i > sentences[tokens[j]!.sent]!.t0 && !tokens[i]!.breakBefore && COURTESY.has(tokens[i - 1]!.w)) i--;
  return i === sentences[tokens[j]!.sent]!.t0 || tokens[i]!.breakBefore;
}
