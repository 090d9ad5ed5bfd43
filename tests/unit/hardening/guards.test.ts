// The small guards issue 9 added: nesting and size scans, capped reads, JSON escaping, data-dir
// errors that name the path, and session journals that are broken on disk.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKey, scanYaml } from '../../../src/data-guards.js';
import { overLimit, readCapped } from '../../../src/data-file.js';
import { isRoleplayError } from '../../../src/errors.js';
import { escapeJsonText, sanitize } from '../../../src/sanitize.js';
import { createSessionManager, createFileStore, createMemoryStore } from '../../../src/session/index.js';
import { ensureDataDir, resolveDataDir, DataDirError } from '../../../src/store/data-dir.js';
import { readHistory } from '../../../src/store/history.js';
import { tempDir } from '../../support/spawn.js';

describe('scanYaml', () => {
  it.each([
    { name: 'a flat mapping', text: 'a: 1\nb: [1, 2]\n', deep: undefined, items: 3 },
    // The top level is a level too: 63 brackets on it make 64.
    { name: 'flow nesting at the limit', text: `${'['.repeat(63)}${']'.repeat(63)}`, deep: undefined, items: 1 },
    {
      name: 'flow nesting past the limit',
      text: `${'['.repeat(64)}${']'.repeat(64)}`,
      deep: { line: 1, col: 64 },
      items: 1,
    },
    {
      name: 'brackets inside quotes',
      text: `a: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'\n`,
      deep: undefined,
      items: 2,
    },
    { name: 'brackets in a comment', text: `a: 1 # ${'['.repeat(100)}\n`, deep: undefined, items: 1 },
    {
      name: 'an apostrophe inside a plain scalar',
      text: `a: don't [x]\n${'['.repeat(65)}`,
      deep: { line: 2, col: 64 },
      items: 2,
    },
    {
      name: 'block nesting past the limit',
      text: Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
      deep: { line: 65, col: 65 },
      items: 65,
    },
    { name: 'dashes on one line', text: `${'- '.repeat(70)}x`, deep: { line: 1, col: 129 }, items: 1 },
  ])('measures $name', ({ text, deep, items }) => expect(scanYaml(text)).toEqual(deep ? { deep, items } : { items }));

  it('counts commas in flow lists as items', () => expect(scanYaml(`[${'1,'.repeat(30_000)}]`).items).toBe(30_001));
});

describe('findDuplicateJsonKey', () => {
  it.each([
    { name: 'a repeated key', text: '{"a": 1, "b": 2, "a": 3}', found: { key: 'a', line: 1, col: 18 } },
    {
      name: 'a key repeated through an escape',
      text: '{\n "a": 1,\n "\\u0061": 2}',
      found: { key: 'a', line: 3, col: 2 },
    },
    { name: 'equal keys in sibling objects', text: '[{"a": 1}, {"a": 2}]', found: undefined },
    { name: 'a key that equals a value', text: '{"a": "a", "b": {"a": ["a"]}}', found: undefined },
  ])('finds $name', ({ text, found }) => expect(findDuplicateJsonKey(text)).toEqual(found));

  it('finds none in anything JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(findDuplicateJsonKey(JSON.stringify(v) ?? 'null')).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe('reading with a cap', () => {
  it.each([
    { size: 6 * 1024 * 1024, max: 5 * 1024 * 1024, out: '6.0 MB, over the 5.0 MB limit' },
    { size: 5 * 1024 * 1024 + 2, max: 5 * 1024 * 1024, out: '5,242,882 bytes, over the 5,242,880-byte limit' },
  ])('says $out', ({ size, max, out }) => expect(overLimit(size, max)).toBe(out));

  it.runIf(existsSync('/dev/zero'))(
    'refuses /dev/zero as a device before reading from it, so it cannot fill memory (issue 13)',
    async () => {
      expect(await readCapped('/dev/zero', 1024)).toEqual({
        ok: false,
        problem: 'is a character device, expected a regular file',
      });
    },
  );

  it.runIf(existsSync('/proc/self/maps'))(
    'stops reading a /proc file, which stat calls 0 bytes, at the cap',
    async () => {
      expect(await readCapped('/proc/self/maps', 10)).toEqual({ ok: false, problem: 'file is over the 10 B limit' });
    },
  );

  it('names a path through a file as such', async () => {
    const file = join(tempDir(), 'f.txt');
    writeFileSync(file, 'x');
    expect(await readCapped(join(file, 'x.yaml'), 10)).toEqual({
      ok: false,
      problem: 'a folder in this path is a file',
    });
  });
});

describe('display and JSON escaping', () => {
  const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
  it('leaves no escape, control or bidi character in sanitized text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(sanitize(s)).not.toMatch(UNSAFE);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps JSON values identical while writing terminal-active characters as escapes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const text = escapeJsonText(JSON.stringify({ s }));
        expect(text).not.toMatch(UNSAFE);
        expect(JSON.parse(text)).toEqual({ s });
      }),
      { numRuns: 300 },
    );
  });
});

describe('a data folder that cannot be used', () => {
  const underFile = () => {
    const file = join(tempDir(), 'file.txt');
    writeFileSync(file, 'x');
    return join(file, 'sub');
  };
  it.each([
    { name: 'under a regular file', home: underFile, says: /a part of its path is a file/ },
    // Node's recursive mkdir never returns here (mkdir gives ENOENT though /proc exists).
    ...(existsSync('/proc/self')
      ? [{ name: 'under /proc', home: () => '/proc/roleplay-test/data', says: /cannot be created/ }]
      : []),
  ])('fails at once, naming the folder, $name', async ({ home, says }) => {
    const dir = resolveDataDir({ ROLEPLAY_HOME: home() });
    const error = await ensureDataDir(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirError);
    expect(error).toMatchObject({ exitCode: 3, where: dir.root, message: expect.stringMatching(says) });
  });

  it('reads history under a file as an error naming the file, not a crash', async () => {
    const history = join(underFile(), 'history.jsonl');
    await expect(readHistory(history)).rejects.toMatchObject({ exitCode: 3, where: history });
  });
});

describe('session journals broken on disk', () => {
  const ID = 'a'.repeat(32);
  const START = {
    type: 'start',
    v: 1,
    sessionId: ID,
    seed: 1,
    engine: 'scripted',
    t: 1,
    opening: { text: 'Hi', cues: [] },
  };
  it.each([
    { name: 'empty (killed before its first line)', lines: '', error: /no session "a{32}" \(its journal is empty\)/ },
    {
      name: 'without a start event',
      lines: '{"type":"rep","turn":1,"text":"x","t":1}\n',
      error: /unreadable journal: journal does not begin/,
    },
    {
      name: 'with a start event missing its scenario',
      lines: `${JSON.stringify({ ...START, scenario: {} })}\n`,
      error: /unreadable journal/,
    },
  ])('refuses one that is $name with a typed error, and lists the others', async ({ lines, error }) => {
    const dir = tempDir();
    writeFileSync(join(dir, `${ID}.jsonl`), lines);
    const warnings: string[] = [];
    const manager = createSessionManager({ store: createFileStore(dir), onWarning: (w) => warnings.push(w) });
    const caught = await manager.get(ID).catch((e: unknown) => e);
    expect(isRoleplayError(caught) && caught.message).toMatch(error);
    expect(await manager.list()).toEqual([]);
    expect(warnings.at(-1)).toMatch(/^skipped session aaaaaaaa: /);
  });

  it('fuzzes stored events: a session or a typed error, never a crash', async () => {
    const scenario = { hcp: { name: 'Dr. A', priorities: [], objections: [], concerns: [], cues: {} } };
    const event = fc.oneof(
      fc.constant({ ...START, scenario }),
      fc.record(
        {
          type: fc.constantFrom('rep', 'hcp', 'end', 'start'),
          turn: fc.integer(),
          text: fc.jsonValue(),
          t: fc.jsonValue(),
        },
        { requiredKeys: ['type'] },
      ),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 6 }), async (events) => {
        const store = createMemoryStore();
        await store.append(ID, events as never);
        const r = await createSessionManager({ store })
          .get(ID)
          .then(
            () => true,
            (e: unknown) => isRoleplayError(e),
          );
        expect(r).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
