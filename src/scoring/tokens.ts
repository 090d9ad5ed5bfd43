// A hand-written scanner: finds words (same rule as text.ts `tokenize`), sentence ends and clause
// breaks in one pass, looking each word up by its character hash, never slicing it out.
import { HASH_SEED, hashStep } from './vocabulary.js';
import type { Vocabulary, WordEntry } from './vocabulary.js';

/** Reused between turns: scanning allocates nothing per word. */
export interface Scan {
  entries: WordEntry[];
  count: number;
  /** Word index where each sentence starts; a sentence ends where the next starts (or at the end). */
  sentenceStarts: number[];
  /** Whether each sentence ended in "?". */
  asked: boolean[];
  /** Word indexes that start a clause (after , ; : or " - "), sentence starts included. */
  clauseStarts: number[];
  commas: number;
  /** Saw a digit or a line break: lets callers skip regexes on most turns. */
  digits: boolean;
  lineBreaks: boolean;
}

export const newScan = (): Scan => ({
  entries: [], count: 0, sentenceStarts: [], asked: [], clauseStarts: [], commas: 0, digits: false, lineBreaks: false,
});

// ASCII character classes, so the hot loop is a table lookup: 1 letter/digit, 2 joiner
// (apostrophe, backtick, hyphen), 3 sentence mark, 4 clause mark, 0 anything else.
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = 1;
for (let c = 65; c <= 90; c++) CLASS[c] = 1;
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (const ch of "'`-") CLASS[ch.charCodeAt(0)] = 2;
for (const ch of '.?!') CLASS[ch.charCodeAt(0)] = 3;
for (const ch of ',;:') CLASS[ch.charCodeAt(0)] = 4;
/** Folded ASCII code: upper case to lower, backtick to apostrophe. */
const FOLD = new Uint8Array(128).map((_, c) => (c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c));

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Code units of the word character at i (1 or 2), or 0 when it is not a letter or digit. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return CLASS[c] === 1 ? 1 : 0;
  // Other scripts are rare in transcripts, so the exact Unicode check is fine here.
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(text[i]!) ? 1 : 0;
}

/** A sentence mark ends a sentence when followed by space, a quote, a bracket or the end. */
function endsSentence(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 34 || c === 39 || c === 41 || c === 93;
}

function closeSentence(s: Scan, asked: boolean): void {
  const start = s.sentenceStarts[s.sentenceStarts.length - 1]!;
  if (s.count === start) {
    // "?!" after an empty stretch still marks the previous sentence as asked.
    if (asked && s.asked.length > 0) s.asked[s.asked.length - 1] = true;
    return;
  }
  s.asked.push(asked);
  s.sentenceStarts.push(s.count);
  if (s.clauseStarts[s.clauseStarts.length - 1] !== s.count) s.clauseStarts.push(s.count);
}

function reset(s: Scan): void {
  s.count = 0;
  s.commas = 0;
  s.digits = false;
  s.lineBreaks = false;
  s.sentenceStarts.length = 0;
  s.sentenceStarts.push(0);
  s.asked.length = 0;
  s.clauseStarts.length = 0;
  s.clauseStarts.push(0);
}

/** Scans one word starting at i; returns the index after it, or -1 on non-ASCII raw text. */
function scanWord(text: string, i: number, vocab: Vocabulary, s: Scan, normalized: boolean): number {
  const n = text.length;
  const start = i;
  let h = HASH_SEED;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 128 && CLASS[c] === 1) {
      h = hashStep(h, FOLD[c]!);
      i++;
    } else if (c < 128 && CLASS[c] === 2 && i > start && i + 1 < n && wordCharAt(text, i + 1) > 0) {
      h = hashStep(h, FOLD[c]!);
      i++;
    } else if (c >= 128 && !normalized) {
      return -1;
    } else if (c >= 128 && wordCharAt(text, i) > 0) {
      for (let k = wordCharAt(text, i); k > 0; k--) h = hashStep(h, text.charCodeAt(i++));
    } else break;
    if (i >= n) break;
  }
  s.entries[s.count++] = vocab.lookup(text, start, i, h);
  return i;
}

/**
 * Scans `text` into `s`, replacing what it held. Returns false, with `s` incomplete, on raw
 * text that is not plain ASCII: the caller normalizes it (curly quotes, NFKC) and scans again
 * with `normalized` set.
 */
export function scanText(text: string, vocab: Vocabulary, s: Scan, normalized = false): boolean {
  reset(s);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 && !normalized) return false;
    const cls = c < 128 ? CLASS[c]! : wordCharAt(text, i) > 0 ? 1 : 0;
    if (cls === 1) {
      if (c >= 48 && c <= 57) s.digits = true;
      i = scanWord(text, i, vocab, s, normalized);
      if (i < 0) return false;
    } else if (cls === 3) {
      let j = i;
      let asked = false;
      for (let d = c; d === 46 || d === 63 || d === 33; d = text.charCodeAt(++j)) asked ||= d === 63;
      if (endsSentence(text, j)) closeSentence(s, asked);
      i = j;
    } else {
      const isBreak = cls === 4 || (c === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32);
      if (c === 10) s.lineBreaks = true;
      if (isBreak) {
        if (c === 44) s.commas++;
        if (s.clauseStarts[s.clauseStarts.length - 1] !== s.count) s.clauseStarts.push(s.count);
      }
      i++;
    }
  }
  // The pending sentence is real only if it has words.
  if (s.sentenceStarts[s.sentenceStarts.length - 1]! < s.count) s.asked.push(false);
  else s.sentenceStarts.pop();
  return true;
}
