// Word table for scanning: the scanner hashes characters as it reads and finds each word here
// without creating a string, then gets its id, content stem and the phrases starting with it.
// One table per compiled rubric, reused across transcripts: ids only need to be consistent
// within one transcript, so results stay deterministic (SCORING.md defect 5: linear and fast).
import { contentStem, normalize, tokenize } from './text.js';

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

/** Character code as the scanner compares it: ASCII upper case folded, backtick as apostrophe. */
export const foldChar = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c);
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);
export const HASH_SEED = 2166136261 | 0;

export class Vocabulary {
  readonly entries: WordEntry[] = [];
  readonly stems: string[] = [];
  private readonly stemIds = new Map<string, number>();
  private slots = new Int32Array(4096).fill(-1);

  /**
   * `lists[i]` is phrase list number i; a phrase in several lists is stored once. Words whose
   * stem is in `generic` ("patients", "therapy") get no stem: every pharma call says them, so
   * sharing them shows no topical link.
   */
  constructor(
    lists: readonly (readonly string[])[],
    private readonly generic: ReadonlySet<string> = new Set(),
    private readonly positional: ReadonlySet<number> = new Set(),
  ) {
    lists.forEach((phrases, list) => phrases.forEach((p) => this.addPhrase(p, list)));
  }

  get isFull(): boolean {
    return this.entries.length > MAX_WORDS;
  }

  /** The entry of text[start, end) (hash `h` of its folded characters), added if new. */
  lookup(text: string, start: number, end: number, h: number): WordEntry {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]!;
      if (id === -1) return this.add(s, text.slice(start, end).toLowerCase().replace(/`/g, "'"));
      const e = this.entries[id]!;
      if (e.word.length === end - start && sameChars(e.word, text, start)) return e;
    }
  }

  /** The entry of a word already in normalized form. */
  intern(word: string): WordEntry {
    let h = HASH_SEED;
    for (let i = 0; i < word.length; i++) h = hashStep(h, foldChar(word.charCodeAt(i)));
    return this.lookup(word, 0, word.length, h);
  }

  private add(slot: number, word: string): WordEntry {
    const s = contentStem(word);
    const e: WordEntry = { id: this.entries.length, word, stem: s === '' || this.generic.has(s) ? -1 : this.stemId(s), phrases: undefined, isYou: YOU.has(word) };
    this.entries.push(e);
    this.slots[slot] = e.id;
    if (this.entries.length * 2 > this.slots.length) this.rehash();
    return e;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (const e of this.entries) {
      let h = HASH_SEED;
      for (let i = 0; i < e.word.length; i++) h = hashStep(h, foldChar(e.word.charCodeAt(i)));
      let s = h & mask;
      while (this.slots[s] !== -1) s = (s + 1) & mask;
      this.slots[s] = e.id;
    }
  }

  private stemId(s: string): number {
    let id = this.stemIds.get(s);
    if (id === undefined) {
      id = this.stems.push(s) - 1;
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

function sameChars(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== foldChar(text.charCodeAt(start + i))) return false;
  return true;
}
