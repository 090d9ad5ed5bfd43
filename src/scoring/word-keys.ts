// How the vocabulary keys a scanned word without slicing it out: most words (up to 10 ASCII
// characters) by an exact integer code, the rest by a hash of their folded characters and a
// character compare on a hash match.

/** Character code as the scanner compares it: ASCII upper case folded, backtick as apostrophe. */
export const foldChar = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c);
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);
export const HASH_SEED = 2166136261 | 0;
/** foldChar of each ASCII character, as a table. */
export const FOLD = new Uint8Array(128).map((_, c) => foldChar(c));

/** Hash of a word (or of text[start, end)): its folded characters. */
export function hashOf(text: string, start = 0, end = text.length): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, foldChar(text.charCodeAt(i)));
  return h;
}

/** hashOf for ASCII characters held as bytes (see tokens.ts). */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, FOLD[bytes[i]!]!);
  return h;
}

/** Whether text[start, end), folded, is `word`. */
export function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== foldChar(text.charCodeAt(start + i))) return false;
  return true;
}

/** sameChars for ASCII characters held as bytes. */
export function sameBytes(word: string, bytes: Uint8Array, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== FOLD[bytes[start + i]!]) return false;
  return true;
}

/** Words of up to this many ASCII characters have codes. */
export const MAX_CODED = 10;
/** 6 bits per word character, never 0, so a code of fewer characters never equals a longer one's. */
const SYMBOL = FOLD.map((f) => "abcdefghijklmnopqrstuvwxyz0123456789'-".indexOf(String.fromCharCode(f)) + 1);

/**
 * Open-addressing table: code of characters 1-5 and word id side by side (slot s at 2s), the
 * code of characters 6-10 by id. Small slots keep the table in cache: a transcript's rare words
 * cost a cache miss each. -1 marks an empty slot.
 */
export class WordCodes {
  private slots = new Int32Array(2 * 4096).fill(-1);
  private rest = new Int32Array(4096);
  private count = 0;
  private shift = 32 - 12;
  // The codes and slot of the word `get` did not find, for `set`.
  private c1 = 0;
  private c2 = 0;
  private slot = 0;

  /** The id of the word in bytes[start, end) (ASCII word characters, at most MAX_CODED), or -1. */
  get(bytes: Uint8Array, start: number, end: number): number {
    const mid = Math.min(end, start + 5);
    let c1 = 0;
    let c2 = 0;
    for (let i = start; i < mid; i++) c1 = (c1 << 6) | SYMBOL[bytes[i]!]!;
    for (let i = mid; i < end; i++) c2 = (c2 << 6) | SYMBOL[bytes[i]!]!;
    const slots = this.slots;
    const mask = slots.length - 2;
    let s = this.slotOf(c1, c2);
    for (; slots[s] !== -1; s = (s + 2) & mask) if (slots[s] === c1 && this.rest[slots[s + 1]!] === c2) return slots[s + 1]!;
    this.c1 = c1;
    this.c2 = c2;
    this.slot = s;
    return -1;
  }

  /** Stores `id` for the word the last `get` did not find. */
  set(id: number): void {
    this.slots[this.slot] = this.c1;
    this.slots[this.slot + 1] = id;
    while (id >= this.rest.length) {
      const rest = new Int32Array(this.rest.length * 2);
      rest.set(this.rest);
      this.rest = rest;
    }
    this.rest[id] = this.c2;
    // Up to 3/4 full: linear probing still finds most words in the first cache line.
    if (++this.count * 8 > this.slots.length * 3) this.grow();
  }

  /** Index of the first slot to probe for (c1, c2). */
  private slotOf(c1: number, c2: number): number {
    return (Math.imul(c1 ^ Math.imul(c2, 0x85ebca6b), 0x9e3779b1) >>> this.shift) << 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.shift--;
    const mask = this.slots.length - 2;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] === -1) continue;
      let s = this.slotOf(old[k]!, this.rest[old[k + 1]!]!);
      while (this.slots[s] !== -1) s = (s + 2) & mask;
      this.slots[s] = old[k]!;
      this.slots[s + 1] = old[k + 1]!;
    }
  }
}
