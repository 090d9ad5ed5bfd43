// Word-wraps plain text to a terminal width measured with string-width, so no word is split (issue 15).
import stringWidth from 'string-width';

/** Width when nothing says otherwise: a pipe, a test, a terminal that does not report its size. */
export const DEFAULT_WIDTH = 80;
/** Narrower than this and wrapping does more harm than good. */
const MIN_WIDTH = 20;

export const widthOr = (w: number | undefined): number =>
  Math.max(MIN_WIDTH, w !== undefined && w > 0 ? Math.floor(w) : DEFAULT_WIDTH);

/**
 * Wraps one paragraph: `first` prefixes the first line, `rest` the others. Spacing inside a line is kept
 * as written (sanitized text may hold a double space where an escape was); a line break eats the spaces
 * it replaces. A word wider than a whole line is the only thing ever cut.
 */
export function wrapLine(text: string, width: number, first = '', rest = first): string[] {
  const out: string[] = [];
  let line = first;
  let used = stringWidth(first);
  let fresh = true;
  const newLine = () => {
    out.push(line.trimEnd());
    line = rest;
    used = stringWidth(rest);
    fresh = true;
  };
  const parts = text
    .replace(/[\t\n\r\f\v]/g, ' ')
    .trim()
    .split(/( +)/);
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i]!;
    if (word === '') continue;
    const gap = fresh ? '' : (parts[i - 1] ?? ' ');
    const w = stringWidth(word);
    if (!fresh && used + gap.length + w > width) newLine();
    if (fresh && used + w > width) {
      for (const piece of cut(word, Math.max(1, width - used))) {
        if (!fresh) newLine();
        line += piece;
        used += stringWidth(piece);
        fresh = false;
      }
      continue;
    }
    line += fresh ? word : gap + word;
    used += (fresh ? 0 : gap.length) + w;
    fresh = false;
  }
  out.push(line);
  return out;
}

/** Wraps every paragraph of `text` (lines kept), returning one string with a trailing newline per line. */
export function wrapText(text: string, width: number, rest = ''): string {
  return text
    .split('\n')
    .map((p) => (p.trim() === '' ? '' : wrapLine(p.trim(), width, leading(p), leading(p) + rest).join('\n')))
    .join('\n');
}

/** Re-wraps only the lines of `text` wider than `width` (tables and short lines pass untouched). */
export function fitLines(text: string, width: number): string {
  const fit = (l: string) => {
    if (stringWidth(l) <= width) return l;
    const indent = leading(l);
    return wrapLine(l.trim(), width, indent, `${indent}  `).join('\n');
  };
  return text.split('\n').map(fit).join('\n');
}

const leading = (p: string): string => /^\s*/.exec(p)![0];

function cut(word: string, size: number): string[] {
  const out: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && stringWidth(piece + ch) > size) {
      out.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece !== '') out.push(piece);
  return out;
}
