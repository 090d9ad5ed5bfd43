// `batch --out` and `merge --out` (issue 13): the path is checked before any run, and a report the
// disk cannot hold whole is never left behind, cut off, with exit 0.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeOutFs, type OutFs } from '../../src/out-file.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

const STRONG_HTN = 'scenarios/runs/primary-care-hypertension-strong.yaml';
const NO_STACK = /\n\s+at |internal error/;

const dirs: string[] = [];
const aDir = () => {
  const d = tempDir('roleplay-out-cli-');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(argv: string[], outFs?: OutFs) {
  const io = fakeIo();
  const code = await main(argv, io, { env: {}, cwd: ROOT, ...(outFs ? { outFs } : {}) });
  return { code, out: io.out(), err: io.err() };
}

/** A disk that takes the first 1,000 bytes of any file, then no more. */
const nearlyFullDisk: OutFs = {
  ...nodeOutFs,
  open: async (path, flags, mode) => {
    const real = await nodeOutFs.open(path, flags, mode);
    let room = 1000;
    return {
      write: async (b, o, l, p) => {
        const n = Math.min(l, room);
        room -= n;
        return n === 0 ? { bytesWritten: 0 } : real.write(b, o, n, p);
      },
      stat: () => real.stat(),
      sync: () => real.sync(),
      close: () => real.close(),
    };
  },
};
const readOnlyDisk: OutFs = {
  ...nodeOutFs,
  open: () => Promise.reject(Object.assign(new Error('EROFS'), { code: 'EROFS' })),
};

describe('--out checked before anything runs', () => {
  it.each([
    {
      what: 'a missing folder',
      out: () => join(aDir(), 'missing', 'r.json'),
      message: /^roleplay: the folder .*missing does not exist \(--out\)$/m,
    },
    {
      what: 'a folder',
      out: () => aDir(),
      message: /^roleplay: .* is a folder; name a file to write the report to \(--out\)$/m,
    },
  ])('batch refuses $what with exit 2 before reading a run file', async ({ out, message }) => {
    const r = await cli(['batch', 'no-such-runs.yaml', '--out', out()]);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toMatch(message);
    expect(r.err).not.toContain('no-such-runs.yaml');
    expect(r.err).not.toMatch(NO_STACK);
  });

  it('batch refuses a read-only file system with exit 2, naming the reason', async () => {
    const r = await cli(['batch', 'no-such-runs.yaml', '--out', join(aDir(), 'r.json')], readOnlyDisk);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^roleplay: cannot write in .*: read-only file system \(--out\)\nhint: write the report to a folder you can write to\n$/,
    );
  });

  it('merge refuses a missing folder with exit 2 before reading a report', async () => {
    const r = await cli(['merge', 'no-such-report.json', '--out', join(aDir(), 'missing', 'm.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^roleplay: the folder .*missing does not exist \(--out\)$/m);
  });
});

describe('--out on a nearly full disk', () => {
  it('batch exits 3 naming the file, and leaves neither a cut-off report nor a temp file', async () => {
    const dir = aDir();
    const r = await cli(['batch', STRONG_HTN, '--out', join(dir, 'report.json')], nearlyFullDisk);
    expect([r.code, r.out]).toEqual([3, '']);
    expect(r.err).toMatch(
      /^roleplay: report not written: disk full\? only 1,000 of [\d,]+ bytes could be written \(.*report\.json\)\nhint: nothing was written there/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('merge exits 3 and keeps the report that was there', async () => {
    const dir = aDir();
    const shard = join(dir, 'shard.json');
    expect((await cli(['batch', STRONG_HTN, '--out', shard])).code).toBe(0);
    writeFileSync(join(dir, 'merged.json'), 'previous');
    const r = await cli(['merge', shard, '--out', join(dir, 'merged.json')], nearlyFullDisk);
    expect(r.code).toBe(3);
    expect(r.err).toContain('roleplay: report not written: disk full? only 1,000 of');
    expect(readdirSync(dir).sort()).toEqual(['merged.json', 'shard.json']);
  });
});
