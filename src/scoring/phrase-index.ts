// Phrase matching on word boundaries over scanned word ids: one trie walk per word finds every
// phrase of every list starting there (SCORING.md defect 1: "no" never fires inside "know").
// The trie is numbered nodes in flat arrays and its edges one typed hash table, so matching does
// no Map lookups and creates no objects.
import type { PhraseNode } from './vocabulary.js';

export interface PhraseHit {
  /** Number of the phrase list (see CompiledRubric.list). */
  list: number;
  /** Word index where the phrase starts. */
  start: number;
  /** Words in the phrase. */
  length: number;
  phrase: string;
}

/** Where a trie walk reports the phrases it finds. */
export interface HitSink {
  add(list: number, start: number, length: number, node: number): void;
}

/** Whether bit `list` is set in the two 32-bit masks (lists 0-31, then 32-63). */
export const inMask = (low: number, high: number, list: number): boolean =>
  ((list < 32 ? low >>> list : high >>> (list - 32)) & 1) === 1;

/** The phrase trie built from each word's PhraseNode: nodes numbered, data in flat arrays. */
export class PhraseTrie {
  /** Node of the phrases starting with word id i, or -1. */
  readonly rootOf: Int32Array;
  /** Per node: words from the root, the phrase ending here, and every list it is in (as masks). */
  readonly depth: number[] = [];
  readonly phrase: (string | undefined)[] = [];
  readonly listsLow: number[] = [];
  readonly listsHigh: number[] = [];
  /** Per node: its hit lists are hitLists[hitFrom[node], hitFrom[node + 1]). */
  readonly hitFrom: number[] = [0];
  readonly hitLists: number[] = [];
  /**
   * Open-addressing table of edges (parent node, word id) -> child node, an edge's three numbers
   * side by side (slot s at 4s: one cache line per probe); parent -1 marks an empty slot.
   */
  private edges: Int32Array;
  private shift: number;

  constructor(roots: readonly (PhraseNode | undefined)[]) {
    const edges: number[] = [];
    const number = (n: PhraseNode): number => {
      const id = this.depth.length;
      this.depth.push(n.depth);
      this.phrase.push(n.phrase);
      let low = 0;
      let high = 0;
      for (const l of n.lists) {
        if (l < 32) low |= 1 << l;
        else high |= 1 << (l - 32);
      }
      this.listsLow.push(low);
      this.listsHigh.push(high);
      this.hitLists.push(...n.hitLists);
      this.hitFrom.push(this.hitLists.length);
      for (const [word, child] of n.next ?? []) edges.push(id, word, number(child));
      return id;
    };
    this.rootOf = Int32Array.from(roots, (n) => (n === undefined ? -1 : number(n)));
    // Mostly empty, so a word that continues no phrase (most of them) ends its probe at once.
    let bits = 4;
    while (1 << bits < (edges.length / 3) * 4) bits++;
    this.shift = 32 - bits;
    this.edges = new Int32Array(4 << bits).fill(-1);
    const mask = this.edges.length - 4;
    for (let k = 0; k < edges.length; k += 3) {
      let s = this.slot(edges[k]!, edges[k + 1]!);
      while (this.edges[s] !== -1) s = (s + 4) & mask;
      this.edges.set(edges.slice(k, k + 3), s);
    }
  }

  /** Index of the first slot to probe for the edge (node, word). */
  private slot(node: number, word: number): number {
    return (Math.imul(node ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b) >>> this.shift) << 2;
  }

  /** The node after `node` when the next word is `word`, or -1. */
  child(node: number, word: number): number {
    const edges = this.edges;
    const mask = edges.length - 4;
    for (let s = this.slot(node, word); ; s = (s + 4) & mask) {
      const p = edges[s]!;
      if (p === -1) return -1;
      if (p === node && edges[s + 1] === word) return edges[s + 2]!;
    }
  }
}

/** Reports every phrase starting at word i (its trie node `root`) to `out`, shortest first. */
export function phrasesAt(trie: PhraseTrie, root: number, ids: Int32Array, count: number, i: number, out: HitSink): void {
  for (let n = root, j = i + 1; n !== -1; n = j < count ? trie.child(n, ids[j++]!) : -1) {
    // Only a node where a phrase ends has hit lists.
    for (let k = trie.hitFrom[n]!; k < trie.hitFrom[n + 1]!; k++) out.add(trie.hitLists[k]!, i, trie.depth[n]!, n);
  }
}

/** Bit 1 when a phrase of list `a` starts at word `at`, bit 2 for list `b`: two lookups in one walk. */
export function listsAt(trie: PhraseTrie, rootOf: Int32Array, ids: Int32Array, count: number, at: number, a: number, b: number): number {
  let found = 0;
  if (at >= count) return 0;
  for (let n = rootOf[ids[at]!]!, j = at + 1; n !== -1; n = j < count ? trie.child(n, ids[j++]!) : -1) {
    if (inMask(trie.listsLow[n]!, trie.listsHigh[n]!, a)) found |= 1;
    if (inMask(trie.listsLow[n]!, trie.listsHigh[n]!, b)) found |= 2;
  }
  return found;
}

/** Length in words of the longest phrase of `list` starting at word `at`, or 0 (`rootOf`: Vocabulary.rootOf). */
export function phraseLengthAt(trie: PhraseTrie, rootOf: Int32Array, ids: Int32Array, count: number, at: number, list: number): number {
  let best = 0;
  if (at >= count) return 0;
  for (let n = rootOf[ids[at]!]!, j = at + 1; n !== -1; n = j < count ? trie.child(n, ids[j++]!) : -1) {
    if (inMask(trie.listsLow[n]!, trie.listsHigh[n]!, list)) best = trie.depth[n]!;
  }
  return best;
}
