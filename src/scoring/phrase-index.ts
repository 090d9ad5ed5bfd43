// Phrase matching on word boundaries over scanned words: one trie walk per word finds every
// phrase of every list starting there (SCORING.md defect 1: "no" never fires inside "know").
import type { PhraseNode, WordEntry } from './vocabulary.js';

export interface PhraseHit {
  /** Number of the phrase list (see CompiledRubric.list). */
  list: number;
  /** Word index where the phrase starts. */
  start: number;
  /** Words in the phrase. */
  length: number;
  phrase: string;
}

/** Appends every phrase starting at word i to `out`. */
export function phrasesAt(words: readonly WordEntry[], count: number, i: number, out: PhraseHit[]): void {
  for (let n: PhraseNode | undefined = words[i]!.phrases, j = i + 1; n !== undefined; n = j < count ? n.next?.get(words[j++]!.id) : undefined) {
    if (n.phrase !== undefined) for (const list of n.hitLists) out.push({ list, start: i, length: n.depth, phrase: n.phrase });
  }
}

/** Length in words of the longest phrase of `list` starting at word `at`, or 0. */
export function phraseLengthAt(words: readonly WordEntry[], count: number, at: number, list: number): number {
  let best = 0;
  if (at >= count) return 0;
  for (let n: PhraseNode | undefined = words[at]!.phrases, j = at + 1; n !== undefined; n = j < count ? n.next?.get(words[j++]!.id) : undefined) {
    if (n.lists.includes(list)) best = n.depth;
  }
  return best;
}
