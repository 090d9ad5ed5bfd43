// Every file the program writes is written atomically (write-file-atomic, or out-file.ts for
// reports, which counts every byte), appended a whole line at a time (store/append.ts), or is a
// lock file (store/lock.ts), and no path built from an id can leave its folder (issues 9, 13).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, createFileCache } from '../../../src/hcp/llm/cache.js';
import { createFileStore } from '../../../src/session/index.js';
import { ROOT } from '../../support/paths.js';
import { tempDir } from '../../support/spawn.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const SRC = join(ROOT, 'src');
const DIRECT_WRITES =
  /\b(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|copyFile|truncate|rename|renameSync)\s*\(/;
/** `open(path, flags)` from node:fs/promises, with any flags. */
const OPENS_FILES = /\bawait open\(/;
/** `open(path, 'r')` or data-file.ts's `OPEN_INPUT` (read-only, non-blocking): reading. */
const OPEN_READ_ONLY = /\bawait open\([^,)]*,\s*(?:'r'|OPEN_INPUT)\)/g;

describe('file writes in src/', () => {
  const files = sources(SRC).map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));

  it('has no direct fs write anywhere: atomic writes go through write-file-atomic or the report writer, cut-backs through the appender', () => {
    expect(
      files.filter((f) => DIRECT_WRITES.test(f.text.replace(/handle\.truncate\(/g, ''))).map((f) => f.file),
    ).toEqual(['src/out-file.ts']);
    expect(files.filter((f) => /handle\.truncate\(/.test(f.text)).map((f) => f.file)).toEqual(['src/store/append.ts']);
  });

  it('writes reports only to a fresh temp file, counting every byte, synced before the rename (issue 13)', () => {
    const out = files.find((f) => f.file === 'src/out-file.ts')!.text;
    expect(out).toMatch(/fs\.open\(temp, 'wx'/);
    expect(out).toMatch(/done \+= bytesWritten/);
    expect(out.indexOf('await handle.sync()')).toBeLessThan(out.indexOf('await fs.rename(temp, target.path)'));
  });

  it('opens files for writing only in the appender, which checks every byte and syncs, and in the lock (reports: above)', () => {
    const writers = files.filter((f) => OPENS_FILES.test(f.text.replace(OPEN_READ_ONLY, ''))).map((f) => f.file);
    expect(writers).toEqual(['src/store/append.ts', 'src/store/journal.ts', 'src/store/lock.ts']);
    expect(files.find((f) => f.file === 'src/data-file.ts')!.text).toMatch(/OPEN_INPUT = constants\.O_RDONLY/);
    expect(files.find((f) => f.file === 'src/store/journal.ts')!.text).toMatch(/await open\(file, READ\)/);
    const append = files.find((f) => f.file === 'src/store/append.ts')!.text;
    // Whitespace-agnostic: the formatter may put the throw on a line of its own.
    expect(append).toMatch(/if \(!\(n > 0\)\)\s*\{?\s*throw/);
    expect(append).toMatch(/handle\.datasync\(\)/);
  });
});

describe('paths built from ids', () => {
  it.each([
    '../x',
    '/etc/passwd',
    `${'a'.repeat(31)}/`,
    'A'.repeat(32),
    `${'a'.repeat(32)}\u0000`,
    `..${'a'.repeat(30)}`,
  ])('never turns the session id %j into a journal path', async (id) => {
    const store = createFileStore(tempDir());
    await expect(store.append(id, [])).rejects.toThrow(/not a session id/);
    await expect(store.load(id)).rejects.toThrow(/not a session id/);
  });

  it('names LLM cache files by a sha256 of model and messages, whatever they hold', async () => {
    const dir = tempDir();
    const key = cacheKey('../../model\u0000', [{ role: 'user', content: '../../../etc/passwd' }]);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    await createFileCache(dir).put(key, { model: 'm', text: 'reply' });
    expect(readdirSync(dir)).toEqual([`${key}.json`]);
  });
});
