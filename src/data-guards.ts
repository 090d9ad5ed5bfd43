// Cheap, non-recursive scans run before a data file is parsed: YAML nesting depth (the yaml
// library recurses and takes seconds on deep flow nesting) and duplicate keys in JSON.

/** Real files nest under ten levels; the yaml library overflows its stack near 800. */
export const MAX_NESTING = 64;
/**
 * Lines plus flow items. The default rubric, the largest real file, has about 1,200; the yaml
 * library takes 5 s and 600 MB on a 1 MiB list of 500,000 items.
 */
export const MAX_YAML_ITEMS = 20_000;

export interface Found {
  /** 1-based, like the yaml library's positions. */
  line: number;
  col: number;
}

export interface YamlScan {
  /** Where the text first nests deeper than MAX_NESTING. */
  deep?: Found;
  /** Lines with content plus commas in flow collections: an upper bound on its values. */
  items: number;
}

/**
 * Nesting counted as flow brackets plus block indentation levels, in one pass with no recursion.
 * An over-estimate for odd plain scalars ("a [b"), never an under-estimate of flow depth.
 */
export function scanYaml(text: string, max = MAX_NESTING): YamlScan {
  const indents: number[] = [];
  let items = 0;
  let flow = 0;
  let lineStart = 0;
  let line = 1;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
      atLineStart = true;
      continue;
    }
    if (atLineStart && flow === 0) {
      atLineStart = false;
      items++;
      const at = blockLevels(text, i, indents, max);
      if (indents.length > max) return { deep: { line, col: at + 1 - lineStart }, items };
      i = at - 1;
      continue;
    }
    atLineStart = false;
    if (ch === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) i = skipTo(text, i, '\n') - 1;
    else if ((ch === '"' || ch === "'") && startsScalar(text, i, lineStart)) i = skipQuoted(text, i);
    else if (ch === '[' || ch === '{') {
      if (++flow + indents.length > max) return { deep: { line, col: i + 1 - lineStart }, items };
    } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
    else if (ch === ',' && flow > 0) items++;
  }
  return { items };
}

/** Updates the indent stack for a line starting at `i` ("- - a" is three levels); returns where its content starts, or where it got too deep. */
function blockLevels(text: string, i: number, indents: number[], max: number): number {
  let pos = i;
  while (text[pos] === ' ' || text[pos] === '\t') pos++;
  const ch = text[pos];
  if (ch === undefined || ch === '\n' || ch === '\r' || ch === '#') return pos;
  for (;;) {
    while (indents.length > 0 && indents[indents.length - 1]! >= pos - i) indents.pop();
    indents.push(pos - i);
    if (indents.length > max) return pos;
    const isDash = text[pos] === '-' && (text[pos + 1] === ' ' || text[pos + 1] === '\t');
    if (!isDash) return pos;
    pos += 2;
    while (text[pos] === ' ' || text[pos] === '\t') pos++;
  }
}

/** A quote opens a scalar only where a token can start: after indicators or whitespace. */
function startsScalar(text: string, i: number, lineStart: number): boolean {
  let j = i - 1;
  while (j >= lineStart && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < lineStart || ':-[{,?'.includes(text[j]!);
}

function skipQuoted(text: string, i: number): number {
  const quote = text[i]!;
  for (let j = i + 1; j < text.length; j++) {
    if (quote === '"' && text[j] === '\\') j++;
    else if (text[j] === quote) {
      if (quote === "'" && text[j + 1] === "'") j++;
      else return j;
    }
  }
  return text.length;
}

function skipTo(text: string, i: number, ch: string): number {
  const at = text.indexOf(ch, i);
  return at < 0 ? text.length : at;
}

/** The first key repeated within one object of a text JSON.parse has already accepted. */
export function findDuplicateJsonKey(text: string): (Found & { key: string }) | undefined {
  const frames: { keys?: Set<string>; expectKey: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const end = skipQuoted(text, i);
      const top = frames[frames.length - 1];
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { key, ...position(text, i) };
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end;
    } else if (ch === '{') frames.push({ keys: new Set(), expectKey: true });
    else if (ch === '[') frames.push({ expectKey: false });
    else if (ch === '}' || ch === ']') frames.pop();
    else if (ch === ',') {
      const top = frames[frames.length - 1];
      if (top?.keys) top.expectKey = true;
    }
  }
  return undefined;
}

function position(text: string, offset: number): Found {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}
