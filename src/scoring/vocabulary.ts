// Word table for scanning: the scanner finds each word here by its position in the text, without
// creating a string (see word-keys.ts), then gets its id, content stem and the phrases it starts.
// One table per compiled rubric, reused across transcripts: ids only need to be consistent
// within one transcript, so results stay deterministic (SCORING.md defect 5: linear and fast).
import { PhraseTrie } from './phrase-index.js';
import { contentStem, normalize, tokenize } from './text.js';
import { hashBytes, hashOf, MAX_CODED, sameBytes, sameChars, WordCodes } from './word-keys.js';

export { foldChar, HASH_SEED, hashStep } from './word-keys.js';

/** A trie node: the phrase ending here (with its lists) and the word ids that may follow. */
export interface PhraseNode {
  next: Map<number, PhraseNode> | undefined;
  phrase: string | undefined;
  lists: number[];
  /** `lists` minus those only matched at a position (question starts): these become hits. */
  hitLists: number[];
  depth: number;
}

export interface WordEntry {
  id: number;
  word: string;
  /** Id of the word's content stem, or -1 for stop words, numbers and short words. */
  stem: number;
  /** Trie node of the phrases that start with this word. */
  phrases: PhraseNode | undefined;
  /** "you", "your" and the like: the speaker is talking about the listener. */
  isYou: boolean;
}

const YOU = new Set(['you', 'your', 'yours', "you're", "you've", "you'll", "you'd", 'yourself']);
/** Past this many words the table starts over (between transcripts), bounding memory. */
const MAX_WORDS = 200_000;

const grown = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
};

export class Vocabulary {
  readonly entries: WordEntry[] = [];
  readonly stems: string[] = [];
  /** The phrase trie in typed arrays, for matching by word id (see phrase-index.ts). */
  readonly trie: PhraseTrie;
  // Per word id, in typed arrays: the scanner and the analysis read these, not `entries`.
  /** Stem id of each word, or -1 (as `WordEntry.stem`). */
  stemOf = new Int32Array(4096);
  /** Trie node of the phrases starting with each word, or -1. */
  rootOf = new Int32Array(4096).fill(-1);
  /** 1 for "you" words (as `WordEntry.isYou`). */
  youOf = new Int32Array(4096);
  /** Per stem id: 1 when the stem is in `nonGoal`. */
  readonly nonGoalStem: number[] = [];
  private readonly words: string[] = [];
  private readonly stemIds = new Map<string, number>();
  private slots = new Int32Array(4096).fill(-1);
  /** The word hash of each slot: a probe compares characters only when the hashes agree. */
  private hashes = new Int32Array(4096);
  /** Ids of words of up to MAX_CODED ASCII characters by exact code: no string to compare. */
  private readonly codes = new WordCodes();

  /**
   * `lists[i]` is phrase list number i; a phrase in several lists is stored once. Words whose
   * stem is in `generic` ("patients", "therapy") get no stem: every pharma call says them, so
   * sharing them shows no topical link. Stems in `nonGoal` are flagged in `nonGoalStem`.
   */
  constructor(
    lists: readonly (readonly string[])[],
    private readonly generic: ReadonlySet<string> = new Set(),
    private readonly positional: ReadonlySet<number> = new Set(),
    private readonly nonGoal: ReadonlySet<string> = new Set(),
  ) {
    lists.forEach((phrases, list) => phrases.forEach((p) => this.addPhrase(p, list)));
    this.trie = new PhraseTrie(this.entries.map((e) => e.phrases));
    for (let id = 0; id < this.entries.length; id++) this.rootOf[id] = this.trie.rootOf[id]!;
  }

  get isFull(): boolean {
    return this.entries.length > MAX_WORDS;
  }

  /**
   * The id of text[start, end) (hash `h` of its folded characters), added if new. `ascii`, when
   * given, holds the word's characters as bytes (see tokens.ts): faster to compare than the string.
   */
  find(text: string, start: number, end: number, h: number, ascii?: Uint8Array): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]!;
      if (id === -1) return this.add(s, h, text.slice(start, end).toLowerCase().replace(/`/g, "'")).id;
      if (this.hashes[s] !== h) continue;
      if (ascii === undefined ? sameChars(this.words[id]!, text, start, end) : sameBytes(this.words[id]!, ascii, start, end)) return id;
    }
  }

  /** As `find`, for a word of ASCII characters, `bytes` holding text's characters (see tokens.ts). */
  findAscii(bytes: Uint8Array, text: string, start: number, end: number): number {
    if (end - start > MAX_CODED) return this.find(text, start, end, hashBytes(bytes, start, end), bytes);
    const id = this.codes.get(bytes, start, end);
    if (id !== -1) return id;
    const found = this.find(text, start, end, hashBytes(bytes, start, end), bytes);
    this.codes.set(found);
    return found;
  }

  /** The entry of text[start, end) (hash `h` of its folded characters), added if new. */
  lookup(text: string, start: number, end: number, h: number): WordEntry {
    return this.entries[this.find(text, start, end, h)]!;
  }

  /** The entry of a word already in normalized form. */
  intern(word: string): WordEntry {
    return this.lookup(word, 0, word.length, hashOf(word));
  }

  private add(slot: number, h: number, word: string): WordEntry {
    const s = contentStem(word);
    const e: WordEntry = { id: this.entries.length, word, stem: s === '' || this.generic.has(s) ? -1 : this.stemId(s), phrases: undefined, isYou: YOU.has(word) };
    this.entries.push(e);
    this.words.push(word);
    if (e.id === this.stemOf.length) {
      this.stemOf = grown(this.stemOf);
      this.youOf = grown(this.youOf);
      // Phrases are all added in the constructor, so a word added later starts none.
      this.rootOf = grown(this.rootOf).fill(-1, e.id);
    }
    this.stemOf[e.id] = e.stem;
    this.youOf[e.id] = e.isYou ? 1 : 0;
    this.slots[slot] = e.id;
    this.hashes[slot] = h;
    if (this.entries.length * 2 > this.slots.length) this.rehash();
    return e;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.hashes = new Int32Array(this.slots.length);
    const mask = this.slots.length - 1;
    for (const e of this.entries) {
      const h = hashOf(e.word);
      let s = h & mask;
      while (this.slots[s] !== -1) s = (s + 1) & mask;
      this.slots[s] = e.id;
      this.hashes[s] = h;
    }
  }

  private stemId(s: string): number {
    let id = this.stemIds.get(s);
    if (id === undefined) {
      id = this.stems.push(s) - 1;
      this.nonGoalStem.push(this.nonGoal.has(s) ? 1 : 0);
      this.stemIds.set(s, id);
    }
    return id;
  }

  private addPhrase(phrase: string, list: number): void {
    const words = tokenize(normalize(phrase)).map((w) => this.intern(w));
    if (words.length === 0) return;
    const first = words[0]!;
    let at = (first.phrases ??= { next: undefined, phrase: undefined, lists: [], hitLists: [], depth: 1 });
    for (let k = 1; k < words.length; k++) {
      const next = (at.next ??= new Map());
      const child = next.get(words[k]!.id) ?? { next: undefined, phrase: undefined, lists: [], hitLists: [], depth: k + 1 };
      next.set(words[k]!.id, child);
      at = child;
    }
    at.phrase ??= phrase;
    if (!at.lists.includes(list)) at.lists.push(list);
    if (!this.positional.has(list) && !at.hitLists.includes(list)) at.hitLists.push(list);
  }
}
