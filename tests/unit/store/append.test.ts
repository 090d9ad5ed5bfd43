// Appends land whole and synced or not at all: a short or failed write (a full disk) is cut back
// to the previous length and reported, so nothing half-written is ever acknowledged (issue 13).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendWhole, cutTornTail, writeBytes, type WriteFn } from '../../../src/store/append.js';
import { diskWithRoom } from '../../support/full-disk.js';
import { tempDir as aDir } from '../../support/spawn.js';

function aFile(content: string): string {
  const file = join(aDir(), 'data.jsonl');
  writeFileSync(file, content);
  return file;
}

describe('appending to a data file', () => {
  it('stores every byte and returns the new size', async () => {
    const file = aFile('{"a":1}\n');
    const v = await appendWhole(file, '{"b":2}\n');
    expect([readFileSync(file, 'utf8'), v.size]).toEqual(['{"a":1}\n{"b":2}\n', 16]);
  });

  it.each([0, 1, 100])(
    'cuts a write that ran out of room after %i bytes back to the previous content, and says ENOSPC',
    async (room) => {
      const file = aFile('{"a":1}\n');
      await expect(
        appendWhole(file, `{"b":"${'x'.repeat(500)}"}\n`, { write: diskWithRoom(room) }),
      ).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    },
  );

  it('treats a write that stores nothing as a full disk, not a loop', async () => {
    const file = aFile('');
    await expect(appendWhole(file, 'line\n', { write: async () => 0 })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('keeps writing the rest when the kernel stores a line in pieces', async () => {
    const file = aFile('');
    const piecewise: WriteFn = (h, b, o, l) => writeBytes(h, b, o, Math.min(l, 7));
    await appendWhole(file, `${'y'.repeat(50)}\n`, { write: piecewise });
    expect(readFileSync(file, 'utf8')).toBe(`${'y'.repeat(50)}\n`);
  });

  it('refuses to create a file that exists when asked for a new one', async () => {
    const file = aFile('{"a":1}\n');
    await expect(appendWhole(file, 'x\n', { isNew: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
  });

  it('cuts an unterminated last line left by a killed writer', async () => {
    const file = aFile('{"a":1}\n{"b":');
    expect((await cutTornTail(file, 8)).size).toBe(8);
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
  });
});
