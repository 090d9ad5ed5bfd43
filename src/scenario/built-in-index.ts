// A prebuilt, validated index of the built-in scenarios (written by `npm run build`), so that
// `roleplay list` and friends need not load YAML and zod. Trusted only while every file's
// size and mtime still match; otherwise the library loads the files as usual.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import type { Scenario } from './schema.js';

export const INDEX_FILE = fileURLToPath(new URL('../scenario-index.json', import.meta.url));

interface IndexEntry {
  file: string;
  size: number;
  mtimeMs: number;
  scenario: Scenario;
}

/** The indexed scenarios if the index describes exactly `files` as they are now. */
export async function readBuiltInIndex(
  dir: string,
  files: readonly string[],
): Promise<{ file: string; scenario: Scenario }[] | undefined> {
  let entries: IndexEntry[];
  try {
    entries = JSON.parse(await readFile(INDEX_FILE, 'utf8')) as IndexEntry[];
  } catch {
    return undefined;
  }
  if (entries.length !== files.length) return undefined;
  const out: { file: string; scenario: Scenario }[] = [];
  for (const [i, entry] of entries.entries()) {
    const file = resolve(dir, entry.file);
    if (file !== files[i]) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (!info || info.size !== entry.size || info.mtimeMs !== entry.mtimeMs) return undefined;
    out.push({ file, scenario: entry.scenario });
  }
  return out;
}

export async function writeBuiltInIndex(
  dir: string,
  loaded: readonly { file: string; scenario: Scenario }[],
): Promise<void> {
  const entries: IndexEntry[] = [];
  for (const { file, scenario } of loaded) {
    const info = await stat(file);
    entries.push({ file: relative(dir, file), size: info.size, mtimeMs: info.mtimeMs, scenario });
  }
  // Atomic: a build killed mid-write must not leave an index that breaks every start-up.
  // Loaded here, not on top: reading the index is on the start-up path, writing it never is.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(INDEX_FILE, JSON.stringify(entries));
}
