import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatPath, notRegularFile, parseDataText, readCapped, validate } from '../../src/data-file.js';
import { tempDir } from '../support/spawn.js';

describe('parseDataText', () => {
  it.each([
    { name: 'an empty file', text: '  \n', problem: 'f.yaml: file is empty' },
    { name: 'a NUL byte', text: 'a: 1\u0000', problem: 'f.yaml: file is binary (contains NUL bytes)' },
  ])('refuses $name', ({ text, problem }) =>
    expect(parseDataText(text, 'f.yaml')).toEqual({ ok: false, problems: [problem] }),
  );

  it('strips a byte-order mark', () =>
    expect(parseDataText('\uFEFFa: 1', 'f.yaml')).toEqual({ ok: true, value: { a: 1 } }));

  it('reports duplicate keys with line and column', () => {
    const r = parseDataText('a: 1\na: 2\n', 'f.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^f\.yaml:2:1: invalid YAML: Map keys must be unique/);
  });

  it('refuses an alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    const r = parseDataText(bomb, 'bomb.yaml');
    expect(r.ok).toBe(false);
  });

  it('parses JSON files strictly as JSON', () => {
    const r = parseDataText('{"a": 1,}', 'f.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^f\.json: invalid JSON/);
  });
});

describe('validate', () => {
  const schema = z.strictObject({
    name: z.string(),
    n: z.number(),
    items: z.array(z.strictObject({ id: z.string() })),
  });
  it('reports every problem at once with its path', () => {
    const r = validate(schema, { n: 'x', items: [{ id: 1 }], extra: true }, 'f.yaml');
    expect(r).toEqual({
      ok: false,
      problems: [
        'f.yaml: name: is required',
        'f.yaml: n: expected number, got string',
        'f.yaml: items[0].id: expected string, got number',
        'f.yaml: (root): unknown key "extra" (a typo?)',
      ],
    });
  });
});

describe('formatPath', () => {
  it.each([
    { path: [], out: '(root)' },
    { path: ['hcp', 'objections', 2, 'raisedBy'], out: 'hcp.objections[2].raisedBy' },
    { path: [0, 'text'], out: '[0].text' },
  ])('prints $out', ({ path, out }) => expect(formatPath(path)).toBe(out));
});

describe('notRegularFile', () => {
  it.each([
    { path: import.meta.filename, out: undefined },
    { path: import.meta.dirname, out: 'is a directory, expected a file' },
    ...(process.platform === 'win32'
      ? []
      : [{ path: '/dev/null', out: 'is a character device, expected a regular file' }]),
  ])('says $out for $path', ({ path, out }) => expect(notRegularFile(statSync(path))).toBe(out));
});

describe.skipIf(process.platform === 'win32')('readCapped on a FIFO (issue 13; needs mkfifo)', () => {
  it('refuses it at once instead of waiting for a writer', async () => {
    const dir = tempDir();
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
      expect(await readCapped(join(dir, 'pipe.yaml'), 1024)).toEqual({
        ok: false,
        problem: 'is a FIFO (named pipe), expected a regular file',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
