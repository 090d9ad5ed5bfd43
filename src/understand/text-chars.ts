// The characters of a turn as the text reader sees them: which make words, which join, break or end
// them, and where a word starting at a given offset ends. Split from text.ts to keep it readable.
import { isDigitCode } from './stem.js';

const LETTER = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const codeIsWord = new Map<number, boolean>();
export const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && UPPER.test(ch);

export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = codeIsWord.get(c);
  if (v === undefined) codeIsWord.set(c, (v = LETTER.test(String.fromCharCode(c))));
  return v;
}

const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
export const isClauseBreak = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013;
export const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
export const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 41 || c === 0x201d || c === 0x2019;
/** The characters past ASCII that `\s` matches, by code: a regex per curly quote or dash cost more than the quote. */
export const isWideSpace = (c: number): boolean =>
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

export const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/** The end of a word starting at i: letters and digits joined by inner apostrophes and hyphens. */
export function wordEnd(raw: string, i: number): number {
  const n = raw.length;
  if (isDigitCode(raw.charCodeAt(i))) {
    // "12:30", "2.1", "1,400", "82%": one number, unless letters follow ("14th" is a word).
    let j = i;
    while (j < n && isDigitCode(raw.charCodeAt(j))) j++;
    while (j + 1 < n && (raw[j] === '.' || raw[j] === ',' || raw[j] === ':') && isDigitCode(raw.charCodeAt(j + 1))) {
      j++;
      while (j < n && isDigitCode(raw.charCodeAt(j))) j++;
    }
    if (raw[j] === '%') j++;
    if (j >= n || !isWordCode(raw.charCodeAt(j))) return j;
  }
  let j = i;
  for (;;) {
    while (j < n && isWordCode(raw.charCodeAt(j))) j++;
    if (j + 1 < n && isJoiner(raw.charCodeAt(j)) && isWordCode(raw.charCodeAt(j + 1))) j++;
    else return j;
  }
}

/**
 * The end of a plain word at i, lowercase ASCII letters with inner apostrophes or hyphens, or -1 for
 * any other word (digits, capitals, curly quotes: wordEnd and normalizeWord read those). Most words
 * of most turns are plain: one pass finds their end and shows they need no normalizing.
 */
export function plainWordEnd(raw: string, i: number): number {
  const n = raw.length;
  let j = i;
  for (;;) {
    let c = raw.charCodeAt(j);
    while (c >= 97 && c <= 122) c = raw.charCodeAt(++j);
    if (j >= n || c < 48 || (c > 57 && c < 65) || (c > 90 && c < 97) || (c > 122 && c < 128)) {
      // The word stops at ASCII punctuation or space; an apostrophe or hyphen joins a next letter.
      if ((c === 39 || c === 45) && j + 1 < n) {
        const d = raw.charCodeAt(j + 1);
        if (d >= 97 && d <= 122) {
          j++;
          continue;
        }
        if (isWordCode(d)) return -1;
      }
      return j;
    }
    return -1;
  }
}

/** Lowercase ASCII without a backtick: the word needs no normalizing. */
export function plainLower(raw: string, i: number, end: number): boolean {
  for (let j = i; j < end; j++) {
    const c = raw.charCodeAt(j);
    if (c > 122 || (c >= 65 && c <= 90) || c === 96) return false;
  }
  return true;
}
