// Reads YAML/JSON data files for every validated boundary (scenario, run file, rubric):
// size cap, alias cap, duplicate keys, and problems as `file: path.to.field: message` data.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';

export const MAX_DATA_FILE_BYTES = 1024 * 1024;
/** Stops "billion laughs" documents: real files never need more. */
const MAX_ALIASES = 50;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parses YAML (a superset of JSON) or JSON text to plain data, with line:column problems. */
export function parseDataText(text: string, file: string): Parsed<unknown> {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, problems: [`${file}: file is empty`] };
  if (source.includes('\u0000')) return { ok: false, problems: [`${file}: file is binary (contains NUL bytes)`] };
  if (extname(file).toLowerCase() === '.json') {
    try {
      return { ok: true, value: JSON.parse(source) };
    } catch (e) {
      return { ok: false, problems: [`${file}: invalid JSON: ${(e as Error).message}`] };
    }
  }
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true, strict: true });
  const errors = doc.errors.map((e) => {
    const pos = e.linePos?.[0];
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
    const message = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return `${where}: invalid YAML: ${message}`;
  });
  if (errors.length > 0) return { ok: false, problems: errors };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (e) {
    return { ok: false, problems: [`${file}: invalid YAML: ${(e as Error).message}`] };
  }
}

/** Reads a data file from disk, refusing anything over the size cap before reading it. */
export async function readDataFile(file: string, maxBytes = MAX_DATA_FILE_BYTES): Promise<Parsed<unknown>> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, problems: [`${file}: is a directory, expected a file`] };
    size = info.size;
  } catch (e) {
    return { ok: false, problems: [`${file}: ${describeFsError(e)}`] };
  }
  if (size > maxBytes) {
    return { ok: false, problems: [`${file}: file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`] };
  }
  const bytes = await readFile(file);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD') && !bytes.toString('latin1').includes('\uFFFD')) {
    return { ok: false, problems: [`${file}: file is not valid UTF-8 text`] };
  }
  return parseDataText(text, file);
}

/** Validates parsed data, turning every zod issue into one `file: path.to.field: message` line. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, file: string): Parsed<z.infer<S>> {
  const result = schema.safeParse(value, { error: plainMessage });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`) };
}

/** Zod's defaults say "expected string, received undefined"; users want "is required". */
function plainMessage(issue: { code?: string; input?: unknown; expected?: unknown; keys?: unknown }): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is required';
    const got = Array.isArray(issue.input) ? 'a list' : issue.input === null ? 'null' : typeof issue.input;
    return `expected ${String(issue.expected)}, got ${got}`;
  }
  if (issue.code === 'unrecognized_keys' && Array.isArray(issue.keys)) {
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${String(k)}"`).join(', ')} (a typo?)`;
  }
  return undefined;
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  return (e as Error).message;
}

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} B`;
