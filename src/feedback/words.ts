// Text helpers for coaching lines: sentences that survive decimals, numbers, and phrases kept in their source case.

/** Sentences of spoken text, without *stage directions*; "2.4" and "Dr." never end a sentence (issue 15). */
export function sentencesOf(text: string): string[] {
  const flat = text
    .replace(/\*[^*]*\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const out: string[] = [];
  let start = 0;
  const end = /[.!?…]+(?=\s+["'“(]?[A-Z0-9]|\s*$)/g;
  for (let m = end.exec(flat); m !== null; m = end.exec(flat)) {
    const before = flat.slice(start, m.index);
    if (/\b(?:Dr|Mr|Mrs|Ms|vs|e\.g|i\.e)$/i.test(before)) continue;
    out.push(flat.slice(start, m.index + m[0].length).trim());
    start = m.index + m[0].length;
  }
  const rest = flat.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out.filter((s) => s !== '');
}

const NUMBER = /\d+(?:[.,:/]\d+)*/g;
const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|percent)\b/gi;

/** Every number a reader would take as a figure: digits (with their decimals) and number words. */
export function numbersIn(text: string): string[] {
  return [...(text.match(NUMBER) ?? []), ...(text.match(NUMBER_WORDS) ?? []).map((w) => w.toLowerCase())];
}

/** Numbers of `line` that appear nowhere in `sources` as the same whole number ("4" is not in "2.4"). */
export function unsourcedNumbers(line: string, sources: readonly string[]): string[] {
  const known = new Set(sources.flatMap(numbersIn));
  return numbersIn(line).filter((n) => !known.has(n));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `term` as the sources spell it ("tnf failure" is never shown lowercased: it must appear in the
 * sources, whose case wins), extended to the end of its last word ("hip fracture" → "hip fractures").
 */
export function phraseIn(term: string, sources: readonly string[]): string | undefined {
  const re = new RegExp(`(?<![\\w-])${escape(term.trim())}[\\w'-]*`, 'i');
  for (const s of sources) {
    const m = re.exec(s);
    if (m !== null) return m[0].replace(/['-]+$/, '');
  }
  return undefined;
}

/** The product as a rep names it: "Dormyra (fictional)" → "Dormyra". */
export const productName = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** First letter up, for a line that starts with scenario text. */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A sentence that ends in exactly one stop. */
export const sentence = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
