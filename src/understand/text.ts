// Reads a turn's text once, in one pass over its characters: words with their offsets, sentences,
// clause breaks, stems and negation. Everything downstream (phrase hits, acts, evidence) points back
// into the raw text. Hand-written rather than regex-driven: reading must stay fast (issue 12 speed goals).
import { markNegation } from './negation.js';
import { markAskedShapes } from './question-shape.js';
import { dropAsides } from './asides.js';
import {
  isClauseBreak,
  isCloser,
  isSpace,
  isTerminator,
  isUpper,
  isWideSpace,
  isWordCode,
  plainLower,
  plainWordEnd,
  wordEnd,
} from './text-chars.js';
import { slashWord } from './typed-forms.js';
import { readTypedForms } from './typed-context.js';
import { currentGeneration, makeRoom, spanInfo, wordInfo, type WordInfo } from './vocabulary.js';

export interface Token {
  /** The word, lowercased, curly apostrophes straightened. */
  w: string;
  /** Content stem, or '' for stop words, numbers and very short words. */
  s: string;
  /** Offsets into the raw text. */
  start: number;
  end: number;
  /** Sentence index. */
  sent: number;
  /** Denied by a negation right before it ("not unhappy", "not a safety thing", "won't switch"). */
  neg: boolean;
  /** Capitalized in the raw text and not the first word of its sentence. */
  cap: boolean;
  /** A number: digits or a number word. */
  num: boolean;
  /** A comma, semicolon, colon or dash separates it from the word before. */
  breakBefore: boolean;
  /** The word's id in the vocabulary (see vocabulary.ts), for comparing runs of words. */
  id: number;
  /** What the vocabulary knows of the word. */
  info: WordInfo;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token range [t0, t1), never empty: a mark with no word before it ends no sentence. */
  t0: number;
  t1: number;
  /** Ends with a question mark. */
  q: boolean;
}

export interface TurnText {
  raw: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Content stems of the whole turn. */
  stems: Set<string>;
  /** The vocabulary generation the token ids belong to. */
  generation: number;
  /** Whitespace other than single spaces somewhere in the text: a quote of it needs folding (see quote.ts). */
  loose: boolean;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'e.g', 'i.e', 'approx']);

/** Lowercase one word and straighten apostrophes and dashes. */
export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 96 || c > 127) return lower.replace(/[\u2018\u2019\u201B\u2032`]/g, "'").replace(/[\u2010-\u2013]/g, '-');
  }
  return lower;
}

/** An ellipsis at [i, j) ("...", "…") followed, after spaces, by a lowercase letter. */
function trailsOn(raw: string, i: number, j: number): boolean {
  const c = raw.charCodeAt(i);
  if (!(c === 8230 || (c === 46 && j - i >= 3))) return false;
  let k = j;
  while (k < raw.length && raw.charCodeAt(k) === 32) k++;
  const next = raw.charCodeAt(k);
  return k > j && next >= 97 && next <= 122;
}

export function readText(raw: string): TurnText {
  makeRoom();
  const tokens: Token[] = [];
  const negators: number[] = [];
  const sentences: Sentence[] = [];
  const stems = new Set<string>();
  const n = raw.length;
  // The sentence being read: where it starts, its first token, whether it has text yet. Plain locals,
  // not a closure's: a closure kept them in a context object the hot loop went through.
  let sentStart = 0;
  let t0 = 0;
  let text = false;
  let pendingBreak = false;
  let loose = false;
  let i = 0;
  while (i < n) {
    const c = raw.charCodeAt(i);
    let end = c >= 97 && c <= 122 ? plainWordEnd(raw, i) : -1;
    if (end >= 0 || isWordCode(c)) {
      let info: WordInfo;
      if (end >= 0) info = spanInfo(raw, i, end);
      else {
        end = wordEnd(raw, i);
        info = plainLower(raw, i, end) ? spanInfo(raw, i, end) : wordInfo(normalizeWord(raw.slice(i, end)));
      }
      // "w/ the card", "b/c": one word across the slash.
      const slashed = end === i + 1 ? slashWord(raw, i, end) : undefined;
      if (slashed !== undefined) [end, info] = [slashed[0], wordInfo(slashed[1])];
      // "Um, so what I'm hearing is…" reads as "So what I'm hearing is…": a sound is no word of the sentence.
      // "ER" in capitals is the emergency room, not "er".
      if (info.sound && !isUpper(raw[i + 1] ?? '')) {
        text = true;
        i = end;
        continue;
      }
      const w = info.w;
      const first = tokens.length === t0;
      const cap = !first && (c < 128 ? c >= 65 && c <= 90 : isUpper(raw[i]!));
      if (info.s !== '') stems.add(info.s);
      if (info.neg) negators.push(tokens.length);
      tokens.push({
        w,
        s: info.s,
        start: i,
        end,
        sent: sentences.length,
        neg: false,
        cap,
        num: info.num,
        breakBefore: pendingBreak && !first,
        id: info.id,
        info,
      });
      pendingBreak = false;
      text = true;
      i = end;
      continue;
    }
    let cut = -1;
    let q = false;
    if (c === 10 || c === 13) {
      loose = true;
      cut = i;
      while (cut < n && (raw.charCodeAt(cut) === 10 || raw.charCodeAt(cut) === 13)) cut++;
    } else if (isTerminator(c)) {
      let j = i;
      for (; j < n && isTerminator(raw.charCodeAt(j)); j++) if (raw.charCodeAt(j) === 63) q = true;
      while (j < n && isCloser(raw.charCodeAt(j))) j++;
      const last = tokens[tokens.length - 1];
      const abbreviation = c === 46 && j === i + 1 && last !== undefined && last.end === i && ABBREVIATIONS.has(last.w);
      // "Forty-five is... manageable for some": a trailing-off that the sentence carries on from is a pause, not an end.
      if (!q && trailsOn(raw, i, j)) {
        pendingBreak = true;
        i = j;
        continue;
      }
      if ((j >= n || isSpace(raw.charCodeAt(j))) && !abbreviation) {
        text = true;
        cut = j;
      } else {
        i = j;
        continue;
      }
    }
    if (cut >= 0) {
      // A mark with no word before it ("A! !", "...") ends no sentence of its own.
      if (text && tokens.length > t0) sentences.push({ start: sentStart, end: cut, t0, t1: tokens.length, q });
      sentStart = cut;
      t0 = tokens.length;
      text = false;
      pendingBreak = false;
      i = cut;
      continue;
    }
    if (
      isClauseBreak(c) ||
      (c === 45 && (raw.charCodeAt(i + 1) === 45 || (isSpace(raw.charCodeAt(i - 1)) && isSpace(raw.charCodeAt(i + 1)))))
    )
      pendingBreak = true;
    if (!loose && (c === 32 ? raw.charCodeAt(i + 1) === 32 : (c >= 9 && c <= 13) || (c > 127 && isWideSpace(c))))
      loose = true;
    if (!isSpace(c)) text = true;
    i++;
  }
  if (text && tokens.length > t0) sentences.push({ start: sentStart, end: n, t0, t1: tokens.length, q: false });
  readTypedForms(tokens, stems);
  const kept = dropAsides(tokens, sentences, stems);
  markNegation(tokens, kept === undefined ? negators : negators.map((i) => kept[i]!).filter((i) => i >= 0));
  const t = { raw, tokens, sentences, stems, generation: currentGeneration(), loose };
  markAskedShapes(t);
  return t;
}
