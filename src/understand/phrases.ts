// Phrase lists compiled once into an index by first word; one pass over a turn finds every hit of
// every list on word boundaries, inside one sentence (docs/scoring.md defect 1: "no" never fires in "know").
import { spellings } from './contractions.js';
import { normalizeWord, type Token, type TurnText } from './text.js';

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
  /** The list's place in the index: a turn's hits are kept in an array by slot. */
  slot: number;
  list: string;
  phrase: string;
  length: number;
}

/**
 * A trie over phrase words: one walk from each token finds every phrase starting there. Over half the
 * nodes are leaves: they get no map of their own, and a node that ends no phrase shares one empty list,
 * which keeps the trie (thousands of nodes) small in memory while a turn is scanned.
 */
interface Node {
  next: Map<string, Node> | undefined;
  any: Node | undefined;
  num: Node | undefined;
  ends: readonly Entry[];
  /** Whether a phrase goes on past this node: next, any or num is set. */
  goesOn: boolean;
}

const NO_ENDS: readonly Entry[] = [];
const newNode = (): Node => ({ next: undefined, any: undefined, num: undefined, ends: NO_ENDS, goesOn: false });

const WORDS = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*|[*#]/gu;

/** A phrase as the words a turn's tokens are compared with. */
export function phraseWords(phrase: string): string[] {
  return (phrase.match(WORDS) ?? []).map(normalizeWord);
}

export class PhraseIndex {
  private readonly root = newNode();
  /** Each list's slot; an array by slot per turn costs less than a Map per turn. */
  private readonly slots = new Map<string, number>();

  constructor(lists: Readonly<Record<string, readonly string[]>>) {
    for (const [list, phrases] of Object.entries(lists)) {
      this.slots.set(list, this.slots.size);
      for (const phrase of phrases)
        for (const words of spellings(phraseWords(phrase))) this.insert(list, phrase, words);
    }
  }

  private insert(list: string, phrase: string, words: readonly string[]): void {
    if (words.length === 0 || words[0] === ANY) return;
    let node = this.root;
    for (const w of words) {
      node.goesOn = true;
      if (w === ANY) node = node.any ??= newNode();
      else if (w === NUM) node = node.num ??= newNode();
      else {
        const next = (node.next ??= new Map());
        let child = next.get(w);
        if (child === undefined) next.set(w, (child = newNode()));
        node = child;
      }
    }
    // A list may hold two spellings of one phrase; one entry is enough. (A new list each time: building
    // the index is done once, and no node ever changes the shared empty one.)
    if (!node.ends.some((e) => e.list === list))
      node.ends = [...node.ends, { slot: this.slots.get(list)!, list, phrase, length: words.length }];
  }

  /** Every hit in the turn, in token order; a list's longest phrase wins where two start at one word. */
  scan(t: TurnText): Hits {
    const hits = new Hits(this.slots);
    const { tokens } = t;
    const num = this.root.num;
    for (const s of t.sentences)
      for (let i = s.t0; i < s.t1; i++) {
        const tok = tokens[i]!;
        const first = this.firstNode(tok);
        if (first !== undefined) this.arrive(first, tokens, i, i + 1, s.t1, hits);
        if (num !== undefined && tok.num) this.arrive(num, tokens, i, i + 1, s.t1, hits);
      }
    return hits;
  }

  /** The node after a turn's first word, remembered on the word: most words start a phrase of some list. */
  private firstNode(tok: Token): Node | undefined {
    const info = tok.info;
    if (info.phraseOwner !== this) {
      info.phraseOwner = this;
      info.phraseStart = this.root.next?.get(tok.w);
    }
    return info.phraseStart as Node | undefined;
  }

  private walk(node: Node, tokens: readonly Token[], start: number, at: number, end: number, hits: Hits): void {
    if (at >= end) return;
    const tok = tokens[at]!;
    const child = node.next?.get(tok.w);
    if (child !== undefined) this.arrive(child, tokens, start, at + 1, end, hits);
    if (node.any !== undefined) this.arrive(node.any, tokens, start, at + 1, end, hits);
    if (node.num !== undefined && tok.num) this.arrive(node.num, tokens, start, at + 1, end, hits);
  }

  private arrive(node: Node, tokens: readonly Token[], start: number, at: number, end: number, hits: Hits): void {
    for (const e of node.ends) hits.add(e.slot, { list: e.list, phrase: e.phrase, t0: start, t1: at });
    if (node.goesOn) this.walk(node, tokens, start, at, end, hits);
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
