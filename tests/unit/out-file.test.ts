// The report writer (issue 13): `--out` checked before the work, then the report written whole or
// not at all. A fake file system plays the full disk, the short write and the failing fsync.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError, WriteFailedError } from '../../src/errors.js';
import { checkOutPath, nodeOutFs, writeOutFile, type OutFs, type OutHandle } from '../../src/out-file.js';
import { tempDir } from '../support/spawn.js';

const dirs: string[] = [];
const aDir = () => {
  const d = tempDir('roleplay-out-');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const errnoError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const REPORT = `${JSON.stringify({ runs: Array.from({ length: 50 }, (_, i) => ({ index: i, name: `run ${i}` })) }, null, 2)}\n`;

/** node:fs, with the temp file's handle changed by `handle` (the folder sync handle stays real). */
function fakeFs(handle: (real: OutHandle) => Partial<OutHandle>, more: Partial<OutFs> = {}): OutFs {
  return {
    ...nodeOutFs,
    open: async (path, flags, mode) => {
      const real = await nodeOutFs.open(path, flags, mode);
      return flags === 'wx' && path.endsWith('.tmp') ? { ...bind(real), ...handle(real) } : real;
    },
    ...more,
  };
}
const bind = (h: OutHandle): OutHandle => ({
  write: h.write.bind(h),
  stat: h.stat.bind(h),
  sync: h.sync.bind(h),
  close: h.close.bind(h),
});

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}

describe('writeOutFile', () => {
  it('writes the report, replaces the old one, keeps its permissions and leaves no temp file', async () => {
    const dir = aDir();
    const file = join(dir, 'report.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    await writeOutFile(await checkOutPath(file, 'report.json'), REPORT);
    expect(readFileSync(file, 'utf8')).toBe(REPORT);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it.each([
    {
      what: 'a short write (the disk takes 100 bytes, then none)',
      fs: () =>
        fakeFs((real) => {
          let taken = 0;
          return {
            write: async (b, o, l, p) =>
              taken >= 100 ? { bytesWritten: 0 } : ((taken += 100), real.write(b, o, Math.min(l, 100), p)),
          };
        }),
      message: 'report not written: disk full? only 100 of 3,000 bytes could be written',
    },
    {
      what: 'ENOSPC in the middle of the report',
      fs: () =>
        fakeFs((real) => {
          let calls = 0;
          return {
            write: async (b, o, l, p) =>
              calls++ === 0 ? real.write(b, o, 512, p) : Promise.reject(errnoError('ENOSPC')),
          };
        }),
      message: 'report not written: disk full',
    },
    {
      what: 'a failing fsync',
      fs: () => fakeFs(() => ({ sync: () => Promise.reject(errnoError('EIO')) })),
      message: 'report not written: input/output error',
    },
    {
      what: 'a file shorter than what was written',
      fs: () => fakeFs(() => ({ stat: async () => ({ size: 7 }) })),
      message: 'report not written: the file holds 7 of 3,000 bytes after writing',
    },
    {
      what: 'a failing rename',
      fs: () => fakeFs(() => ({}), { rename: () => Promise.reject(errnoError('EROFS')) }),
      message: 'report not written: read-only file system',
    },
  ])('on $what: exit 3, the old report untouched, no temp file', async ({ fs, message }) => {
    const dir = aDir();
    const file = join(dir, 'report.json');
    writeFileSync(file, 'old report');
    const text = 'x'.repeat(3000);
    const e = await failure(writeOutFile(await checkOutPath(file, 'out/report.json'), text, fs()));
    expect(e).toBeInstanceOf(WriteFailedError);
    expect([e.message, (e as WriteFailedError).where, (e as WriteFailedError).exitCode]).toEqual([
      message,
      'out/report.json',
      3,
    ]);
    expect(readFileSync(file, 'utf8')).toBe('old report');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('lets a bug through as itself, after removing the temp file', async () => {
    const dir = aDir();
    const bug = new TypeError('not a file system error');
    const e = await failure(
      writeOutFile(
        await checkOutPath(join(dir, 'r.json'), 'r.json'),
        REPORT,
        fakeFs(() => ({ write: () => Promise.reject(bug) })),
      ),
    );
    expect(e).toBe(bug);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes through a symlink to the file it points at, and keeps the link', async () => {
    const dir = aDir();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'r.json'), 'old');
    symlinkSync(join(dir, 'real', 'r.json'), join(dir, 'link.json'));
    await writeOutFile(await checkOutPath(join(dir, 'link.json'), 'link.json'), REPORT);
    expect(readFileSync(join(dir, 'real', 'r.json'), 'utf8')).toBe(REPORT);
    expect(readdirSync(join(dir, 'real'))).toEqual(['r.json']);
  });
});

describe('checkOutPath', () => {
  const usage = async (path: string, shown: string, fs?: OutFs) => {
    const e = await failure(checkOutPath(path, shown, fs));
    expect(e).toBeInstanceOf(UsageError);
    return [e.message, (e as UsageError).where, (e as UsageError).hint];
  };

  it('refuses a folder that does not exist, naming it', async () => {
    expect(await usage(join(aDir(), 'missing', 'r.json'), 'missing/r.json')).toEqual([
      'the folder missing does not exist',
      '--out',
      'create it first, or write the report somewhere else',
    ]);
  });

  it('refuses a folder as the target', async () => {
    expect((await usage(aDir(), 'reports'))[0]).toBe('reports is a folder; name a file to write the report to');
  });

  it('refuses a path under a file', async () => {
    const dir = aDir();
    writeFileSync(join(dir, 'f'), '');
    expect((await usage(join(dir, 'f', 'r.json'), 'f/r.json'))[0]).toBe(
      'cannot use f/r.json: a folder in this path is a file',
    );
  });

  it.skipIf(process.platform === 'win32')('refuses a device as the target', async () => {
    expect((await usage('/dev/null', '/dev/null'))[0]).toBe(
      '/dev/null is not a regular file (a FIFO, device or socket); the report must go to a file',
    );
  });

  it.each([
    { code: 'EROFS', reason: 'read-only file system' },
    { code: 'EACCES', reason: 'permission denied' },
  ])('refuses a folder it cannot create a file in ($code), and leaves nothing there', async ({ code, reason }) => {
    const dir = aDir();
    const fs: OutFs = { ...nodeOutFs, open: () => Promise.reject(errnoError(code)) };
    expect((await usage(join(dir, 'r.json'), 'r.json', fs))[0]).toBe(`cannot write in the current folder: ${reason}`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('accepts a new file in a writable folder without creating it', async () => {
    const dir = aDir();
    const target = await checkOutPath(join(dir, 'r.json'), 'r.json');
    expect(target).toEqual({ path: join(dir, 'r.json'), shown: 'r.json' });
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
