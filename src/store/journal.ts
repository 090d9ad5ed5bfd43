// Append-only JSONL journals: one event a line, each line written whole and synced to disk
// before the caller continues, so kill -9 loses no acknowledged event.
import { open, readFile } from 'node:fs/promises';

/** Appends lines in one write on an O_APPEND descriptor and fsyncs them: all are durable together. */
export async function appendLines(file: string, values: readonly unknown[]): Promise<void> {
  const handle = await open(file, 'a');
  try {
    await handle.write(values.map((v) => `${JSON.stringify(v)}\n`).join(''));
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

export interface JournalRead<T> {
  events: T[];
  /** Lines that could not be parsed (a crash mid-write leaves one at the end). */
  warnings: string[];
}

/** A crash mid-write can leave a last line without its newline; end it so the next append starts clean. */
export async function endLastLine(file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (text.length > 0 && !text.endsWith('\n')) await appendRaw(file, '\n');
}

async function appendRaw(file: string, text: string): Promise<void> {
  const handle = await open(file, 'a');
  try {
    await handle.write(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Reads every whole line; a line that does not parse is skipped with a warning, nothing else is lost. */
export async function readLines<T>(file: string): Promise<JournalRead<T>> {
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  const events: T[] = [];
  const warnings: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      events.push(JSON.parse(line) as T);
    } catch {
      const last = i >= lines.length - 2;
      warnings.push(`${file}:${i + 1}: skipped a ${last ? 'partly written last' : 'corrupt'} line`);
    }
  });
  return { events, warnings };
}
