// Reads YAML/JSON data files for every validated boundary (scenario, run file, rubric):
// size cap, alias and nesting caps, duplicate keys, and problems as `file: path.to.field: message` data.
import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { findDuplicateJsonKey, MAX_NESTING, MAX_YAML_ITEMS, scanYaml } from './data-guards.js';

export const MAX_DATA_FILE_BYTES = 1024 * 1024;
/** Stops "billion laughs" documents: real files never need more. */
const MAX_ALIASES = 50;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parses YAML (a superset of JSON) or JSON text to plain data, with line:column problems. */
export function parseDataText(text: string, file: string): Parsed<unknown> {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, problems: [`${file}: file is empty`] };
  if (source.includes('\u0000')) return { ok: false, problems: [`${file}: file is binary (contains NUL bytes)`] };
  if (extname(file).toLowerCase() === '.json') return parseJson(source, file);
  const { deep, items } = scanYaml(source);
  if (deep)
    return {
      ok: false,
      problems: [`${file}:${deep.line}:${deep.col}: invalid YAML: nested deeper than ${MAX_NESTING} levels`],
    };
  if (items > MAX_YAML_ITEMS) {
    return {
      ok: false,
      problems: [
        `${file}: file holds over ${MAX_YAML_ITEMS.toLocaleString('en-US')} lines and list items; split it up`,
      ],
    };
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

/** JSON.parse keeps the last of two equal keys silently; a hand-written file means a typo (issue 9). */
function parseJson(source: string, file: string): Parsed<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    return { ok: false, problems: [`${file}: invalid JSON: ${(e as Error).message}`] };
  }
  // Merge reads machine-written reports of hundreds of MB: only hand-sized files are scanned.
  const dup = source.length <= MAX_DATA_FILE_BYTES ? findDuplicateJsonKey(source) : undefined;
  if (dup) return { ok: false, problems: [`${file}:${dup.line}:${dup.col}: invalid JSON: duplicate key "${dup.key}"`] };
  return { ok: true, value };
}

/**
 * Reads a data file from disk, refusing anything over the size cap without reading past it.
 * `shown` names the file in problems when the path opened is not the one the user typed.
 */
export async function readDataFile(
  file: string,
  maxBytes = MAX_DATA_FILE_BYTES,
  shown = file,
): Promise<Parsed<unknown>> {
  const read = await readCapped(file, maxBytes);
  if (!read.ok) return { ok: false, problems: [`${shown}: ${read.problem}`] };
  const text = decodeUtf8(read.bytes);
  if (text === undefined) return { ok: false, problems: [`${shown}: file is not valid UTF-8 text`] };
  return parseDataText(text, shown);
}

export type CappedRead = { ok: true; bytes: Buffer } | { ok: false; problem: string };

/**
 * Opening never waits: a FIFO with no writer would block open(2) for good (issue 13), and a
 * terminal device must not become our controlling one. Both flags are 0 where Node lacks them.
 */
const OPEN_INPUT = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Why a file that is not a regular one cannot be input: every path we read names data on disk. */
export function notRegularFile(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'is a directory, expected a file';
  const kind = info.isFIFO()
    ? 'a FIFO (named pipe)'
    : info.isCharacterDevice()
      ? 'a character device'
      : info.isBlockDevice()
        ? 'a block device'
        : info.isSocket()
          ? 'a socket'
          : 'not a regular file';
  return `is ${kind}, expected a regular file`;
}

/**
 * The file's bytes, or why not. Only regular files: a FIFO would hang the read, /dev/zero never
 * ends, and /proc files report size 0. Reads at most `maxBytes + 1` all the same (issue 9).
 */
export async function readCapped(file: string, maxBytes: number): Promise<CappedRead> {
  let handle;
  try {
    handle = await open(file, OPEN_INPUT);
    const info = await handle.stat();
    const odd = notRegularFile(info);
    if (odd !== undefined) return { ok: false, problem: odd };
    if (info.size > maxBytes) return { ok: false, problem: `file is ${overLimit(info.size, maxBytes)}` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { ok: false, problem: `file is over the ${formatBytes(maxBytes)} limit` };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    return { ok: false, problem: describeFsError(e) };
  } finally {
    await handle?.close();
  }
}

/** undefined for bytes that are not UTF-8 (a U+FFFD the file really holds is kept). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Hand-written files hold a few hundred values (the largest built-in scenario: 199). A 1 MiB list
 * of 500,000 wrong items made zod build 500,000 issues: 440 MB and a stack overflow (issue 9).
 */
export const MAX_DATA_VALUES = 100_000;

/** Validates parsed data, turning every zod issue into one `file: path.to.field: message` line. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  maxValues = MAX_DATA_VALUES,
): Parsed<z.infer<S>> {
  const values = countValues(value, maxValues);
  if (values > maxValues) {
    return {
      ok: false,
      problems: [
        `${file}: (root): holds over ${maxValues.toLocaleString('en-US')} values (list items, keys and scalars); split it up`,
      ],
    };
  }
  const result = schema.safeParse(value, { error: plainMessage });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`) };
}

/** How many values `value` holds, counted without recursion and stopping once past `max`. */
function countValues(value: unknown, max: number): number {
  const stack = [value];
  let n = 0;
  while (stack.length > 0 && n <= max) {
    const v = stack.pop();
    n++;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push(child);
  }
  return n;
}

/** Zod's defaults say "expected string, received undefined"; users want "is required". */
function plainMessage(issue: {
  code?: string;
  input?: unknown;
  expected?: unknown;
  keys?: unknown;
}): string | undefined {
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
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  if (code === 'ENOTDIR') return 'a folder in this path is a file';
  if (code === 'ELOOP') return 'too many symbolic links';
  // open(2) on a Unix socket, or a device with nothing behind it.
  if (code === 'ENXIO' || code === 'ENODEV') return 'is a socket or device, expected a regular file';
  return (e as Error).message;
}

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} B`;

/** "6.0 MB, over the 5.0 MB limit"; in bytes when rounding would print two equal sizes. */
export function overLimit(size: number, max: number): string {
  const [a, b] = [formatBytes(size), formatBytes(max)];
  return a === b
    ? `${size.toLocaleString('en-US')} bytes, over the ${max.toLocaleString('en-US')}-byte limit`
    : `${a}, over the ${b} limit`;
}
