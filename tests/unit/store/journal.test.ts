// JSONL reads: whole lines only, every line checked, wrong ones skipped with file:line, nothing written.
import { appendFileSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendLines, readJsonLines, type LineCheck } from '../../../src/store/journal.js';
import { tempDir as aDir } from '../../support/spawn.js';

const numbers: LineCheck<{ n: number }> = (v) =>
  typeof (v as { n?: unknown })?.n === 'number'
    ? { ok: true, value: v as { n: number } }
    : { ok: false, problem: 'n: is required' };

describe('reading JSONL data files', () => {
  it('reads back every appended line in order', async () => {
    const file = join(aDir(), 'j.jsonl');
    await appendLines(file, [{ n: 1 }, { n: 2 }]);
    await appendLines(file, [{ n: 3 }]);
    const read = await readJsonLines(file, numbers);
    expect([read.values, read.warnings, read.lines]).toEqual([[{ n: 1 }, { n: 2 }, { n: 3 }], [], 3]);
    expect(read.complete).toBe(statSync(file).size);
  });

  it('leaves an unterminated last line out, silently: it may be a write in progress', async () => {
    const file = join(aDir(), 'j.jsonl');
    await appendLines(file, [{ n: 1 }]);
    const whole = statSync(file).size;
    appendFileSync(file, '{"n": 2, "tex');
    const read = await readJsonLines(file, numbers);
    expect([read.values, read.warnings, read.complete, read.version.size]).toEqual([[{ n: 1 }], [], whole, whole + 13]);
  });

  it.each([
    { line: '42', warning: 'skipped a wrong-shaped line (n: is required)' },
    { line: 'null', warning: 'skipped a wrong-shaped line (n: is required)' },
    { line: '{"n": 3', warning: 'skipped a line that is not JSON' },
  ])('skips the line $line with a warning naming file and line, and keeps the rest', async ({ line, warning }) => {
    const file = join(aDir(), 'j.jsonl');
    writeFileSync(file, `{"n":1}\n${line}\n{"n":2}\n`);
    const read = await readJsonLines(file, numbers);
    expect(read.values).toEqual([{ n: 1 }, { n: 2 }]);
    expect(read.warnings).toEqual([`${file}:2: ${warning}`]);
  });

  it('reads from an offset on, numbering lines from where it stopped', async () => {
    const file = join(aDir(), 'j.jsonl');
    writeFileSync(file, '{"n":1}\n{"n":2}\n');
    const first = await readJsonLines(file, numbers);
    appendFileSync(file, 'oops\n{"n":3}\n');
    const more = await readJsonLines(file, numbers, { from: first.complete, firstLine: first.newlines + 1 });
    expect([more.values, more.warnings]).toEqual([[{ n: 3 }], [`${file}:3: skipped a line that is not JSON`]]);
  });

  it('refuses to follow a symlink out of its folder, and does not touch the target', async () => {
    const outside = join(aDir(), 'outside.jsonl');
    writeFileSync(outside, '{"n":1}\n');
    const link = join(aDir(), 'j.jsonl');
    symlinkSync(outside, link);
    await expect(readJsonLines(link, numbers)).rejects.toMatchObject({ code: 'ELOOP' });
    await expect(appendLines(link, [{ n: 2 }])).rejects.toMatchObject({ code: 'ELOOP' });
    expect(readFileSync(outside, 'utf8')).toBe('{"n":1}\n');
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(aDir(), 'j.jsonl');
    execFileSync('mkfifo', [fifo]);
    await expect(readJsonLines(fifo, numbers)).rejects.toMatchObject({ code: 'ENOTREG' });
  });
});
