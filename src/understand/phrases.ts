// Phrase lists compiled once into an index by first word; one pass over a turn finds every hit of
// every list on word boundaries, inside one sentence (docs/scoring.md defect 1: "no" never fires in "know").
import { spellings } from './contractions.js';
import { PhraseTrie } from './phrase-trie.js';
import { standardWord } from './typed-forms.js';
import { normalizeWord, type Token, type TurnText } from './text.js';
import type { WordInfo } from './vocabulary.js';

export interface PhraseHit {
  list: string;
  phrase: string;
  /** Token range [t0, t1) of the turn. */
  t0: number;
  t1: number;
}

/** "it's", "that's": the "'s" of these is no clitic on a phrase's last word ("leave it" is not in "leave it's"). */
const PRONOUN_IS = new Set([
  "he's",
  "she's",
  "it's",
  "that's",
  "what's",
  "there's",
  "here's",
  "let's",
  "who's",
  "where's",
  "how's",
]);

/**
 * A word with a clitic "'s": "is" ("Bronzera's fine") or a possessive on a phrase's last word ("my next
 * patient's waiting"). "it's" and "that's" are spelled out by contractions.ts instead.
 */
const hasClitic = (w: string): boolean =>
  w.length > 3 && w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) === 39 && !PRONOUN_IS.has(w);

const WORDS = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*|[*#]/gu;

/** A phrase as the words a turn's tokens are compared with; `*` stands for any one word, `#` for a number ("# minutes"). */
export function phraseWords(phrase: string): string[] {
  return (phrase.match(WORDS) ?? []).map((w) => standardWord(normalizeWord(w)));
}

export class PhraseIndex {
  private readonly trie = new PhraseTrie();
  /** Each list's slot; an array by slot per turn costs less than a Map per turn. */
  private readonly slots = new Map<string, number>();
  /** The trie node after "is" as a first word, found once (see arriveAfterIs). */
  private isNode: number | undefined;

  constructor(lists: Readonly<Record<string, readonly string[]>>) {
    for (const [list, phrases] of Object.entries(lists)) {
      this.slots.set(list, this.slots.size);
      for (const phrase of phrases)
        for (const words of spellings(phraseWords(phrase))) this.insert(list, phrase, words);
    }
  }

  private insert(list: string, phrase: string, words: readonly string[]): void {
    if (words.length === 0 || words[0] === '*') return;
    let node = this.trie.root;
    for (const w of words) node = this.trie.step(node, w);
    this.trie.end(node, { slot: this.slots.get(list)!, list, phrase, length: words.length });
  }

  /** Every hit in the turn, in token order; a list's longest phrase wins where two start at one word. */
  scan(t: TurnText): Hits {
    const hits = new Hits(this.slots);
    const { tokens } = t;
    for (const tok of tokens) this.learn(tok.info, tok.w);
    const num = this.trie.num(this.trie.root);
    for (const s of t.sentences)
      for (let i = s.t0; i < s.t1; i++) {
        const tok = tokens[i]!;
        const first = tok.info.phraseStart;
        if (first >= 0) this.arrive(first, tokens, i, i + 1, s.t1, hits);
        if (hasClitic(tok.w)) this.arriveAfterIs(tokens, i, s.t1, hits);
        if (num >= 0 && tok.num) this.arrive(num, tokens, i, i + 1, s.t1, hits);
      }
    return hits;
  }

  /** The word's code in this index and the node after it as a phrase's first word, remembered on the word. */
  private learn(info: WordInfo, w: string): void {
    if (info.phraseOwner === this) return;
    const code = this.trie.codeOf(w);
    info.phraseOwner = this;
    info.phraseCode = code;
    info.phraseStart = code === 0 ? -1 : this.trie.child(this.trie.root, code);
    info.phraseBare = hasClitic(w) ? this.trie.codeOf(w.slice(0, -2)) : 0;
  }

  /** A phrase that opens on "is", read from the "'s" of the word before: "is fine" in "Bronzera's fine". */
  private arriveAfterIs(tokens: readonly Token[], i: number, end: number, hits: Hits): void {
    const is = (this.isNode ??= this.trie.child(this.trie.root, this.trie.codeOf('is')));
    const code = tokens[i + 1]?.info.phraseCode ?? 0;
    const child = is < 0 || code === 0 || i + 1 >= end ? -1 : this.trie.child(is, code);
    if (child >= 0) this.arrive(child, tokens, i, i + 2, end, hits);
  }

  /** A phrase whose last word is the token without its "'s": "next patient" in "my next patient's waiting". */
  private arriveBare(node: number, tok: Token, start: number, at: number, hits: Hits): void {
    const bare = this.trie.child(node, tok.info.phraseBare);
    if (bare < 0) return;
    const ends = this.trie.ends(bare);
    for (let k = 0; k < ends.length; k++) {
      const e = ends[k]!;
      hits.add(e.slot, { list: e.list, phrase: e.phrase, t0: start, t1: at + 1 });
    }
  }

  /** Records the phrases ending at `node` (tokens [start, at)) and walks on to token `at`. */
  private arrive(node: number, tokens: readonly Token[], start: number, at: number, end: number, hits: Hits): void {
    const trie = this.trie;
    const ends = trie.ends(node);
    for (let k = 0; k < ends.length; k++) {
      const e = ends[k]!;
      hits.add(e.slot, { list: e.list, phrase: e.phrase, t0: start, t1: at });
    }
    if (at >= end || !trie.goesOn(node)) return;
    const tok = tokens[at]!;
    const code = tok.info.phraseCode;
    const child = code === 0 ? -1 : trie.child(node, code);
    if (child >= 0) this.arrive(child, tokens, start, at + 1, end, hits);
    if (tok.info.phraseBare !== 0) this.arriveBare(node, tok, start, at, hits);
    const any = trie.any(node);
    if (any >= 0) this.arrive(any, tokens, start, at + 1, end, hits);
    const num = trie.num(node);
    if (num >= 0 && tok.num) this.arrive(num, tokens, start, at + 1, end, hits);
  }
}

/** The hits of one turn, by list. */
export class Hits {
  /** Hits by list slot (see PhraseIndex). */
  private readonly bySlot: (PhraseHit[] | undefined)[];

  constructor(private readonly slots: ReadonlyMap<string, number>) {
    this.bySlot = new Array<PhraseHit[] | undefined>(slots.size);
  }

  add(slot: number, h: PhraseHit): void {
    const at = this.bySlot[slot];
    if (at === undefined) {
      this.bySlot[slot] = [h];
      return;
    }
    const last = at[at.length - 1]!;
    if (last.t0 === h.t0) {
      if (h.t1 > last.t1) at[at.length - 1] = h;
      return;
    }
    at.push(h);
  }

  private of(list: string): PhraseHit[] | undefined {
    const slot = this.slots.get(list);
    return slot === undefined ? undefined : this.bySlot[slot];
  }

  all(list: string): readonly PhraseHit[] {
    return this.of(list) ?? NONE;
  }

  has(list: string): boolean {
    return this.of(list) !== undefined;
  }

  first(list: string): PhraseHit | undefined {
    return this.of(list)?.[0];
  }

  /** Hits of `list` starting in tokens [t0, t1); a list's hits are in token order. */
  within(list: string, t0: number, t1: number): readonly PhraseHit[] {
    const all = this.all(list);
    let from = 0;
    while (from < all.length && all[from]!.t0 < t0) from++;
    let to = from;
    while (to < all.length && all[to]!.t0 < t1) to++;
    // A list's hits all in range (the usual case) need no copy: callers only read them.
    if (from === 0 && to === all.length) return all;
    return to === from ? NONE : all.slice(from, to);
  }

  /** The first hit of `list` starting in tokens [t0, t1). */
  firstWithin(list: string, t0: number, t1: number): PhraseHit | undefined {
    const all = this.of(list);
    if (all === undefined) return undefined;
    // Indexes, not for-of: iterating here allocated on every call.
    for (let k = 0; k < all.length; k++) {
      const h = all[k]!;
      if (h.t0 >= t1) return undefined;
      if (h.t0 >= t0) return h;
    }
    return undefined;
  }

  /** The hit of `list` that starts exactly at token `i`. */
  at(list: string, i: number): PhraseHit | undefined {
    return this.firstWithin(list, i, i + 1);
  }
}

const NONE: readonly PhraseHit[] = Object.freeze([]);
