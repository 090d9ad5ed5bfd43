import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendLines, endLastLine, readLines } from '../../../src/store/journal.js';
import { tempDir } from '../../support/spawn.js';

describe('journal files', () => {
  it('reads back every appended line in order', async () => {
    const file = join(tempDir(), 'j.jsonl');
    await appendLines(file, [{ n: 1 }, { n: 2 }]);
    await appendLines(file, [{ n: 3 }]);
    expect(await readLines(file)).toEqual({ events: [{ n: 1 }, { n: 2 }, { n: 3 }], warnings: [] });
  });

  it('skips a partly written last line with a warning and keeps the rest', async () => {
    const file = join(tempDir(), 'j.jsonl');
    await appendLines(file, [{ n: 1 }, { n: 2 }]);
    appendFileSync(file, '{"n": 3, "tex');
    const read = await readLines(file);
    expect(read.events).toEqual([{ n: 1 }, { n: 2 }]);
    expect(read.warnings).toEqual([`${file}:3: skipped a partly written last line`]);
  });

  it('ends a torn last line so the next append is not glued to it', async () => {
    const file = join(tempDir(), 'j.jsonl');
    await appendLines(file, [{ n: 1 }]);
    appendFileSync(file, '{"n": 2');
    await endLastLine(file);
    await appendLines(file, [{ n: 3 }]);
    expect((await readLines(file)).events).toEqual([{ n: 1 }, { n: 3 }]);
    expect(readFileSync(file, 'utf8').endsWith('{"n":3}\n')).toBe(true);
  });
});
