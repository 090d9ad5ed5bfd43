// A hand-written scanner: finds words (same rule as text.ts `tokenize`), sentence ends and clause
// breaks in one pass, looking each word up by its character hash, never slicing it out.
import { IntList } from './int-list.js';
import type { Vocabulary, WordEntry } from './vocabulary.js';
import { hashOf } from './word-keys.js';

/** Reused between turns: scanning allocates nothing per word. */
export class Scan {
  /** The text's code units as bytes, NON_ASCII for any above 127: reading these is faster than the string. */
  bytes: Uint8Array = new Uint8Array(1024);
  /** Word ids (in `vocab`) of the first `count` words. */
  ids: Int32Array = new Int32Array(256);
  count = 0;
  vocab: Vocabulary | undefined = undefined;
  /** Word index where each sentence starts; a sentence ends where the next starts (or at the end). */
  readonly starts = new IntList();
  /** 1 when the sentence ended in "?", else 0. */
  readonly questions = new IntList();
  /** Word indexes that start a clause (after , ; : or " - "), sentence starts included. */
  readonly clauses = new IntList();
  commas = 0;
  /** Saw a digit or a line break: lets callers skip regexes on most turns. */
  digits = false;
  lineBreaks = false;

  // The same as arrays, built on each read: for tests and debugging, not for scoring.
  get entries(): WordEntry[] {
    return Array.from(this.ids.subarray(0, this.count), (id) => this.vocab!.entries[id]!);
  }
  get sentenceStarts(): number[] {
    return this.starts.slice(0, this.starts.length);
  }
  get asked(): boolean[] {
    return this.questions.slice(0, this.questions.length).map((q) => q === 1);
  }
  get clauseStarts(): number[] {
    return this.clauses.slice(0, this.clauses.length);
  }
}

export const newScan = (): Scan => new Scan();

/** The byte standing for any code unit above 127: the scanner asks the string about those. */
const NON_ASCII = 128;
// Character classes, so the hot loop is a table lookup: 1 letter/digit, 2 joiner (apostrophe,
// backtick, hyphen), 3 sentence mark, 4 clause mark, 0 anything else (NON_ASCII included).
const CLASS = new Uint8Array(NON_ASCII + 1);
for (let c = 48; c <= 57; c++) CLASS[c] = 1;
for (let c = 65; c <= 90; c++) CLASS[c] = 1;
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (const ch of "'`-") CLASS[ch.charCodeAt(0)] = 2;
for (const ch of '.?!') CLASS[ch.charCodeAt(0)] = 3;
for (const ch of ',;:') CLASS[ch.charCodeAt(0)] = 4;
/** An ASCII letter or digit. */
const WORD_CHAR = CLASS.map((c) => (c === 1 ? 1 : 0));

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const encoder = new TextEncoder();

/** Code units of the word character at i (1 or 2), or 0 when it is not a letter or digit. */
function wordCharAt(s: Scan, text: string, i: number): number {
  const b = s.bytes[i]!;
  if (b !== NON_ASCII) return CLASS[b] === 1 ? 1 : 0;
  // Other scripts are rare in transcripts, so the exact Unicode check is fine here.
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(text[i]!) ? 1 : 0;
}

/** Fills `s.bytes` from `text`; false when raw text is not plain ASCII (see scanText). */
function load(text: string, s: Scan, normalized: boolean): boolean {
  const n = text.length;
  if (s.bytes.length < n) s.bytes = new Uint8Array(n * 2);
  // Plain ASCII encodes to one byte per character, which the encoder copies fastest (and reads
  // a string built by concatenation faster than charCodeAt does).
  if (!normalized) {
    const r = encoder.encodeInto(text, s.bytes);
    return r.read === n && r.written === n;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    s.bytes[i] = c < NON_ASCII ? c : NON_ASCII;
  }
  return true;
}

/** A sentence mark ends a sentence when followed by space, a quote, a bracket or the end. */
function endsSentence(s: Scan, n: number, i: number): boolean {
  if (i >= n) return true;
  const c = s.bytes[i]!;
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 34 || c === 39 || c === 41 || c === 93;
}

function closeSentence(s: Scan, asked: boolean): void {
  if (s.count === s.starts.last()) {
    // "?!" after an empty stretch still marks the previous sentence as asked.
    if (asked && s.questions.length > 0) s.questions.data[s.questions.length - 1] = 1;
    return;
  }
  s.questions.push(asked ? 1 : 0);
  s.starts.push(s.count);
  if (s.clauses.last() !== s.count) s.clauses.push(s.count);
}

function reset(s: Scan, vocab: Vocabulary): void {
  s.vocab = vocab;
  s.count = 0;
  s.commas = 0;
  s.digits = false;
  s.lineBreaks = false;
  s.starts.length = 0;
  s.starts.push(0);
  s.questions.length = 0;
  s.clauses.length = 0;
  s.clauses.push(0);
}

/** Appends word id `id` to the scan. */
function addWord(s: Scan, id: number): void {
  if (s.count === s.ids.length) {
    const ids = new Int32Array(s.count * 2);
    ids.set(s.ids);
    s.ids = ids;
  }
  s.ids[s.count++] = id;
}

/**
 * Scans `text` into `s`, replacing what it held. Returns false, with `s` incomplete, on raw
 * text that is not plain ASCII: the caller normalizes it (curly quotes, NFKC) and scans again
 * with `normalized` set.
 */
export function scanText(text: string, vocab: Vocabulary, s: Scan, normalized = false): boolean {
  reset(s, vocab);
  if (!load(text, s, normalized)) return false;
  const bytes = s.bytes;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    const cls = c !== NON_ASCII ? CLASS[c]! : wordCharAt(s, text, i) > 0 ? 1 : 0;
    if (cls === 1) {
      if (c >= 48 && c <= 57) s.digits = true;
      // One word, inline (the hottest loop): find its end, then its id.
      const start = i;
      let ascii = true;
      do {
        const d = bytes[i]!;
        if (WORD_CHAR[d] !== 0 || (CLASS[d] === 2 && i > start && i + 1 < n && wordCharAt(s, text, i + 1) > 0)) {
          i++;
        } else if (d !== NON_ASCII) {
          break;
        } else {
          const k = wordCharAt(s, text, i);
          if (k === 0) break;
          ascii = false;
          i += k;
        }
      } while (i < n);
      addWord(s, ascii ? vocab.findAscii(bytes, text, start, i) : vocab.find(text, start, i, hashOf(text, start, i)));
    } else if (cls === 3) {
      let j = i;
      let asked = false;
      for (let d = c; d === 46 || d === 63 || d === 33; d = ++j < n ? bytes[j]! : 0) asked ||= d === 63;
      if (endsSentence(s, n, j)) closeSentence(s, asked);
      i = j;
    } else {
      const isBreak = cls === 4 || (c === 45 && i > 0 && bytes[i - 1] === 32 && i + 1 < n && bytes[i + 1] === 32);
      if (c === 10) s.lineBreaks = true;
      if (isBreak) {
        if (c === 44) s.commas++;
        if (s.clauses.last() !== s.count) s.clauses.push(s.count);
      }
      i++;
    }
  }
  // The pending sentence is real only if it has words.
  if (s.starts.last() < s.count) s.questions.push(0);
  else s.starts.length--;
  return true;
}
