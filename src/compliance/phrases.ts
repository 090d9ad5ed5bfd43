// Sentences of a turn as lowercase words, and phrase lists found in them on word boundaries: `*` is
// any one word, `#` a number. Sentence breaks come from the understanding layer's reading of the text.
import { normalize, readText, tokenize } from '../understand/index.js';

export interface Sentence {
  /** The sentence as said, trimmed. */
  raw: string;
  words: string[];
  question: boolean;
  /** Offsets in the turn's text. */
  start: number;
  end: number;
}

export interface PhraseHit {
  phrase: string;
  /** Word index where the phrase starts. */
  at: number;
  length: number;
}

const NUMBER = /^\d+(?:[.,]\d+)*$/;

/** The reader's tokens, lowercased already; a trailing sign goes ("51%" is the word "51"). */
const TRAILING = /[^\p{L}\p{N}]+$/u;

export function sentencesOf(text: string): Sentence[] {
  const t = readText(text);
  return t.sentences.map((s) => {
    const words: string[] = [];
    for (let k = s.t0; k < s.t1; k++) words.push(t.tokens[k]!.w.replace(TRAILING, ''));
    return { raw: text.slice(s.start, s.end).trim(), words, question: s.q, start: s.start, end: s.end };
  });
}

/** A phrase list compiled once: each phrase as its words. */
export type PhraseList = readonly (readonly string[])[];

/** Phrases by their first word, so a turn's word is compared only with phrases that can start there. */
interface Index {
  list: PhraseList;
  byFirst: Map<string, number[]>;
  /** Phrases starting with `*` or `#`. */
  open: number[];
}

const cache = new WeakMap<readonly string[], Index>();

function indexOf(phrases: readonly string[]): Index {
  let ix = cache.get(phrases);
  if (ix === undefined) {
    const list = phrases.map((p) =>
      p.split(/\s+/).flatMap((w) => (w === '*' || w === '#' ? [w] : tokenize(normalize(w)))),
    );
    const byFirst = new Map<string, number[]>();
    const open: number[] = [];
    list.forEach((p, n) => {
      const first = p[0];
      if (first === undefined) return;
      if (first === '*' || first === '#') open.push(n);
      else byFirst.set(first, [...(byFirst.get(first) ?? []), n]);
    });
    cache.set(phrases, (ix = { list, byFirst, open }));
  }
  return ix;
}

export const compile = (phrases: readonly string[]): PhraseList => indexOf(phrases).list;

function matchAt(words: readonly string[], i: number, p: readonly string[]): boolean {
  if (i + p.length > words.length) return false;
  for (let k = 0; k < p.length; k++) {
    const w = words[i + k]!;
    const want = p[k]!;
    if (want === '*') continue;
    if (want === '#' ? !NUMBER.test(w) : w !== want) return false;
  }
  return true;
}

/** Every hit of the list in the words, leftmost first. */
export function findAll(words: readonly string[], phrases: readonly string[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const { list, byFirst, open } = indexOf(phrases);
  for (let i = 0; i < words.length; i++) {
    for (const group of [byFirst.get(words[i]!), open]) {
      for (const n of group ?? [])
        if (matchAt(words, i, list[n]!)) hits.push({ phrase: phrases[n]!, at: i, length: list[n]!.length });
    }
  }
  return hits;
}

export const hasAny = (words: readonly string[], phrases: readonly string[]): boolean =>
  findAll(words, phrases).length > 0;

/** A negator within `reach` words before the hit denies it ("I won't say it's completely safe"). */
export function isDenied(
  words: readonly string[],
  hit: PhraseHit,
  negators: readonly string[],
  reach: number,
): boolean {
  const from = Math.max(0, hit.at - reach);
  return findAll(words.slice(from, hit.at), negators).length > 0;
}

/** Hits the sentence asserts: those no negator before them denies. */
export function asserted(
  words: readonly string[],
  phrases: readonly string[],
  negators: readonly string[],
  reach: number,
): PhraseHit[] {
  return findAll(words, phrases).filter((h) => !isDenied(words, h, negators, reach));
}
