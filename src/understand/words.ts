// Plain word handling for matching scenario material (priority terms, facts) in a turn: lowercase,
// tokens, content stems, and terms found on word boundaries. Acts are read elsewhere (read.ts).
import { contentStem } from './stem.js';
import { normalizeWord } from './text.js';

export interface TurnWords {
  /** Lowercased, curly quotes straightened, whitespace folded. */
  norm: string;
  /** Word tokens of `norm`. */
  words: string[];
  /** Content stems: tokens minus stop words, for overlap. */
  content: Set<string>;
  /** ` ${words.join(' ')} `: a term is found when its padded form is a substring. */
  padded: string;
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Lowercase, straighten curly quotes and dashes, fold whitespace. */
export function normalize(text: string): string {
  return normalizeWord(text.normalize('NFKC'))
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokenize(norm: string): string[] {
  return norm.match(WORD) ?? [];
}

export function contentWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const s = contentStem(w);
    if (s !== '') out.add(s);
  }
  return out;
}

export function analyzeWords(text: string): TurnWords {
  const norm = normalize(text);
  const words = tokenize(norm);
  return { norm, words, content: contentWords(words), padded: ` ${words.join(' ')} ` };
}

/** A term in the padded word form turns use. */
export function phraseKey(phrase: string): string {
  return ` ${tokenize(normalize(phrase)).join(' ')} `;
}
