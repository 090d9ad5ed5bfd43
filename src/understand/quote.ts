// Short quotes of what was said, for evidence: one line, cut on a word boundary.
import { isWideSpace } from './text-chars.js';

/** Whitespace other than single spaces between words: the text needs folding before it is quoted. */
function looselySpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (text.charCodeAt(i + 1) === 32) return true;
    } else if ((c >= 9 && c <= 13) || (c >= 128 && isWideSpace(c))) return true;
  }
  return false;
}

/** A short quote for evidence: first `max` characters on a word boundary. */
export function shortQuote(text: string, max = 80): string {
  return cutQuote(looselySpaced(text) ? text.replace(/\s+/g, ' ').trim() : text.trim(), max);
}

/**
 * A quote shortQuote already made (single-spaced and trimmed, as every evidence quote is), cut to
 * `max`: the same as shortQuote without checking the spacing again, which cost the scorer a fifth of its time.
 */
export function cutQuote(flat: string, max = 80): string {
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
