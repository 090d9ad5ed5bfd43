// Turns a rubric into what scoring needs at speed: the word table with its phrase trie, list
// numbers and regexes, built once per rubric.
import { rubricHash } from './rubric-hash.js';
import { OBJECTION_KINDS, PHRASE_LIST_NAMES } from './rubric-schema.js';
import type { ObjectionKind, PhraseListName, Rubric } from './rubric-schema.js';
import { contentWords, normalize, tokenize } from './text.js';
import { Vocabulary } from './vocabulary.js';

export interface CompiledRubric {
  rubric: Rubric;
  hash: string;
  /** List number of each phrase list. */
  list: Readonly<Record<PhraseListName, number>>;
  /** List number of each objection kind. */
  objection: Readonly<Record<ObjectionKind, number>>;
  /** The objection list numbers, in OBJECTION_KINDS order. */
  objectionLists: readonly number[];
  /** The objection kinds whose bits are set in a mask (bit k: OBJECTION_KINDS[k]), for every mask. */
  objectionKinds: readonly (readonly ObjectionKind[])[];
  /** All of `specificTimePatterns` as one case-insensitive regex (one pass per turn), or undefined. */
  timePattern: RegExp | undefined;
  /** Every word of `clippedReplies`: a short reply made only of these is clipped. */
  clippedWords: ReadonlySet<string>;
  /** Content-word stems that never count as the customer's goal words. */
  nonGoalWords: ReadonlySet<string>;
  /** The word table, started over when it grows too big (only between transcripts). */
  vocabulary(): Vocabulary;
}

/** One alternation instead of a regex per pattern; without the slower 'u' flag unless needed. */
function combinePatterns(patterns: readonly string[]): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  const source = patterns.map((p) => `(?:${p})`).join('|');
  try {
    return new RegExp(source, 'i');
  } catch {
    return new RegExp(source, 'iu');
  }
}

/** Rubrics are treated as immutable, so each one is compiled once per process. */
const cache = new WeakMap<Rubric, CompiledRubric>();

export function compile(rubric: Rubric): CompiledRubric {
  const hit = cache.get(rubric);
  if (hit) return hit;
  const lists: (readonly string[])[] = [];
  const list = {} as Record<PhraseListName, number>;
  for (const name of PHRASE_LIST_NAMES) list[name] = lists.push(rubric.phrases[name]) - 1;
  const objection = {} as Record<ObjectionKind, number>;
  for (const kind of OBJECTION_KINDS) objection[kind] = lists.push(rubric.objections[kind]) - 1;
  // hasHit keeps one bit per list in two 32-bit masks.
  if (lists.length > 64) throw new Error(`rubric has ${lists.length} phrase lists; at most 64 are supported`);
  const wordsOf = (phrases: readonly string[]) => phrases.flatMap((p) => tokenize(normalize(p)));
  const generic = contentWords(wordsOf(rubric.phrases.genericWords));
  // Generic words and clipped replies are used as word sets, not phrases; question openers only
  // at clause starts. Leaving them out of the hits keeps each turn's data small.
  const asWords = new Set([list.genericWords, list.clippedReplies]);
  const trieLists = lists.map((l, i) => (asWords.has(i) ? [] : l));
  const positional = new Set([list.questionLeadIns, list.openQuestionStarters, list.questionClauseStarts]);
  const nonGoalWords = contentWords([...wordsOf(rubric.phrases.goalMarkers), ...wordsOf(rubric.phrases.genericWords)]);
  let vocab = new Vocabulary(trieLists, generic, positional, nonGoalWords);
  const compiled: CompiledRubric = {
    rubric,
    hash: rubricHash(rubric),
    list,
    objection,
    objectionLists: OBJECTION_KINDS.map((k) => objection[k]),
    objectionKinds: Array.from({ length: 1 << OBJECTION_KINDS.length }, (_, mask) => OBJECTION_KINDS.filter((_, k) => (mask >> k) & 1)),
    timePattern: combinePatterns(rubric.specificTimePatterns),
    clippedWords: new Set(wordsOf(rubric.phrases.clippedReplies)),
    nonGoalWords,
    vocabulary: () => (vocab.isFull ? (vocab = new Vocabulary(trieLists, generic, positional, nonGoalWords)) : vocab),
  };
  cache.set(rubric, compiled);
  return compiled;
}
