// Reads JSONL data files (session journals, history): every whole line is parsed and checked by
// shape; a line that fails is skipped with a warning naming file and line, never a crash. Reading
// never writes: an unterminated last line (a write in progress, or a writer killed) is left alone.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { appendWhole, notRegular, type AppendOptions, type FileVersion } from './append.js';

export type LineCheck<T> = (value: unknown) => { ok: true; value: T } | { ok: false; problem: string };

export interface LineRead<T> {
  values: T[];
  warnings: string[];
  version: FileVersion;
  /** Offset just past the last whole line; below `version.size` when the last line is unterminated. */
  complete: number;
  /** Whole, non-blank lines seen (valid or not), so callers can tell an empty file from a broken one. */
  lines: number;
  /** Line breaks read, so a later read from `complete` can number its lines. */
  newlines: number;
}

/** Symlinks are not followed out of the data folder; a FIFO does not hang the reader. */
const READ = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Reads whole lines from byte `from` (a line start) on. `firstLine` numbers the first of them and
 * `shown` names the file in warnings. ENOENT and other fs errors are thrown for the caller to word.
 */
export async function readJsonLines<T>(
  file: string,
  check: LineCheck<T>,
  o: { from?: number; firstLine?: number; shown?: string } = {},
): Promise<LineRead<T>> {
  const from = o.from ?? 0;
  const handle = await open(file, READ);
  let bytes: Buffer;
  let version: FileVersion;
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notRegular();
    const want = Math.max(0, info.size - from);
    bytes = Buffer.alloc(want);
    let got = 0;
    while (got < want) {
      const { bytesRead } = await handle.read(bytes, got, want - got, from + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    bytes = bytes.subarray(0, got);
    // Shrunk while we read (cut back after a failed write): a version that cannot match forces a reread.
    version =
      got === want
        ? { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs }
        : { ino: info.ino, size: from + got, mtimeMs: -1 };
  } finally {
    await handle.close();
  }
  const end = bytes.lastIndexOf(0x0a) + 1;
  const texts = bytes.subarray(0, end).toString('utf8').split('\n');
  const out: LineRead<T> = {
    values: [],
    warnings: [],
    version,
    complete: from + end,
    lines: 0,
    newlines: texts.length - 1,
  };
  const shown = o.shown ?? file;
  texts.forEach((line, i) => {
    if (line.trim() === '') return;
    out.lines++;
    const where = `${shown}:${(o.firstLine ?? 1) + i}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      out.warnings.push(`${where}: skipped a line that is not JSON`);
      return;
    }
    const r = check(value);
    if (r.ok) out.values.push(r.value);
    else out.warnings.push(`${where}: skipped a wrong-shaped line (${r.problem})`);
  });
  return out;
}

/** Appends values as whole JSON lines in one write, synced; see appendWhole for failures. */
export function appendLines(file: string, values: readonly unknown[], o: AppendOptions = {}): Promise<FileVersion> {
  return appendWhole(file, values.map((v) => `${JSON.stringify(v)}\n`).join(''), o);
}
