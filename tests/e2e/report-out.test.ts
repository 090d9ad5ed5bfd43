// `--out` on real disks (issue 13): a missing folder or a folder fails at once with exit 2; a full
// or read-only file system (a small tmpfs, where this machine lets us mount one) never leaves a
// cut-off report or a temp file, and never exits 0.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../support/spawn.js';

const NO_STACK = /\n\s+at |internal error/;
const mounts: string[] = [];
const dirs: string[] = [];

/** A tmpfs of `size` at a new temp folder, or undefined where mounting is not allowed (not root, not Linux). */
function mountTmpfs(options: string): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const dir = tempDir('roleplay-tmpfs-');
  dirs.push(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  mounts.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of mounts.splice(0)) {
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    } catch {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('--out to a path that cannot be written (binary)', () => {
  it.each([
    { what: 'a missing folder', out: (d: string) => join(d, 'missing', 'r.json'), says: 'does not exist (--out)' },
    { what: 'a folder', out: (d: string) => d, says: 'is a folder; name a file to write the report to (--out)' },
  ])('fails at once with exit 2 for $what, before any run', async ({ out, says }) => {
    const dir = tempDir();
    dirs.push(dir);
    const r = await runBin(['batch', 'scenarios/runs', '--out', out(dir)]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n')[0]).toContain(says);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(readdirSync(dir)).toEqual([]);
  });
});

const NO_MOUNT = 'mounting a tmpfs is not allowed here (needs root on Linux)';
// Mounted in beforeAll, so a run that filters these tests out mounts nothing.
let full: string | undefined;
let readOnly: string | undefined;
beforeAll(() => {
  full = mountTmpfs('size=16k');
  readOnly = mountTmpfs('ro,size=16k');
});

describe('--out on a full file system (a 16 KB tmpfs)', () => {
  it('batch exits 3 with "disk full", and the file system holds nothing after', async (ctx) => {
    if (!full) ctx.skip(NO_MOUNT);
    const r = await runBin(['batch', 'scenarios/runs', '--out', join(full!, 'report.json')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^roleplay: report not written: disk full/);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(readdirSync(full!)).toEqual([]);
  });

  it('merge exits 3 the same way', async (ctx) => {
    if (!full) ctx.skip(NO_MOUNT);
    const dir = tempDir();
    dirs.push(dir);
    expect((await runBin(['batch', 'scenarios/runs', '--out', join(dir, 'all.json')])).code).toBe(0);
    const r = await runBin(['merge', join(dir, 'all.json'), '--out', join(full!, 'merged.json')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^roleplay: report not written: disk full/);
    expect(readdirSync(full!)).toEqual([]);
  });
});

describe('--out on a read-only file system (a read-only tmpfs)', () => {
  it('batch fails at once with exit 2, naming the reason', async (ctx) => {
    if (!readOnly) ctx.skip(NO_MOUNT);
    const r = await runBin(['batch', 'scenarios/runs', '--out', join(readOnly!, 'report.json')]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^roleplay: cannot write in .*: read-only file system \(--out\)$/m);
  });
});
