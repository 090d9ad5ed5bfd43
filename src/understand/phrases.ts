// Phrase lists compiled once into an index by first word; one pass over a turn finds every hit of
// every list on word boundaries, inside one sentence (SCORING.md defect 1: "no" never fires in "know").
import { spellings } from './contractions.js';
import { normalizeWord, type TurnText } from './text.js';

export interface PhraseHit {
  list: string;
  phrase: string;
  /** Token range [t0, t1) of the turn. */
  t0: number;
  t1: number;
}

/** `*` stands for any one word, `#` for a number ("# minutes"). */
const ANY = '*';
const NUM = '#';

interface Entry {
  list: string;
  phrase: string;
  length: number;
}

/** A trie over phrase words: one walk from each token finds every phrase starting there. */
interface Node {
  next: Map<string, Node>;
  any: Node | undefined;
  num: Node | undefined;
  ends: Entry[];
}

/** Every node has every field from the start: one object shape keeps the walk fast. */
const newNode = (): Node => ({ next: new Map(), any: undefined, num: undefined, ends: [] });

const WORDS = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*|[*#]/gu;

/** A phrase as the words a turn's tokens are compared with. */
export function phraseWords(phrase: string): string[] {
  return (phrase.match(WORDS) ?? []).map(normalizeWord);
}

export class PhraseIndex {
  private readonly root = newNode();

  constructor(lists: Readonly<Record<string, readonly string[]>>) {
    for (const [list, phrases] of Object.entries(lists)) {
      for (const phrase of phrases) for (const words of spellings(phraseWords(phrase))) this.insert(list, phrase, words);
    }
  }

  private insert(list: string, phrase: string, words: readonly string[]): void {
    if (words.length === 0 || words[0] === ANY) return;
    let node = this.root;
    for (const w of words) {
      if (w === ANY) node = node.any ??= newNode();
      else if (w === NUM) node = node.num ??= newNode();
      else {
        let child = node.next.get(w);
        if (child === undefined) node.next.set(w, (child = newNode()));
        node = child;
      }
    }
    // A list may hold two spellings of one phrase; one entry is enough.
    if (!node.ends.some((e) => e.list === list)) node.ends.push({ list, phrase, length: words.length });
  }

  /** Every hit in the turn, in token order; a list's longest phrase wins where two start at one word. */
  scan(t: TurnText): Hits {
    const hits = new Hits();
    const { root } = this;
    for (const s of t.sentences) {
      for (let i = s.t0; i < s.t1; i++) {
        const tok = t.tokens[i]!;
        const first = root.next.get(tok.w);
        if (first !== undefined) this.follow(first, t, i, i + 1, s.t1, hits);
        if (root.num !== undefined && tok.num) this.follow(root.num, t, i, i + 1, s.t1, hits);
      }
    }
    return hits;
  }

  /**
   * From a node reached before token `at`: its phrases end here; then on by the next word, a
   * wildcard, a number, in that order (the order decides which of two equal phrases is kept).
   */
  private follow(node: Node, t: TurnText, start: number, at: number, end: number, hits: Hits): void {
    for (;;) {
      for (const e of node.ends) hits.add({ list: e.list, phrase: e.phrase, t0: start, t1: at });
      if (at >= end) return;
      const tok = t.tokens[at]!;
      const child = node.next.size === 0 ? undefined : node.next.get(tok.w);
      const num = tok.num ? node.num : undefined;
      if (node.any === undefined && num === undefined) {
        // One way on, the common case: no recursion.
        if (child === undefined) return;
        node = child;
        at++;
        continue;
      }
      if (child !== undefined) this.follow(child, t, start, at + 1, end, hits);
      if (node.any !== undefined) this.follow(node.any, t, start, at + 1, end, hits);
      if (num !== undefined) this.follow(num, t, start, at + 1, end, hits);
      return;
    }
  }
}

/** The hits of one turn, by list. */
export class Hits {
  private readonly byList = new Map<string, PhraseHit[]>();

  add(h: PhraseHit): void {
    const at = this.byList.get(h.list);
    if (at === undefined) {
      this.byList.set(h.list, [h]);
      return;
    }
    const last = at[at.length - 1]!;
    if (last.t0 === h.t0) {
      if (h.t1 > last.t1) at[at.length - 1] = h;
      return;
    }
    at.push(h);
  }

  all(list: string): readonly PhraseHit[] {
    return this.byList.get(list) ?? NONE;
  }

  has(list: string): boolean {
    return this.byList.has(list);
  }

  first(list: string): PhraseHit | undefined {
    return this.byList.get(list)?.[0];
  }

  /** Hits of `list` starting in tokens [t0, t1); a list's hits are in token order. */
  within(list: string, t0: number, t1: number): readonly PhraseHit[] {
    const all = this.all(list);
    let from = 0;
    while (from < all.length && all[from]!.t0 < t0) from++;
    let to = from;
    while (to < all.length && all[to]!.t0 < t1) to++;
    return to === from ? NONE : all.slice(from, to);
  }

  /** The hit of `list` that starts exactly at token `i`. */
  at(list: string, i: number): PhraseHit | undefined {
    for (const h of this.all(list)) {
      if (h.t0 === i) return h;
      if (h.t0 > i) return undefined;
    }
    return undefined;
  }
}

const NONE: readonly PhraseHit[] = Object.freeze([]);
