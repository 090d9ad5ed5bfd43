// Inter-process locks: one holder at a time; a lock left by a dead process is taken over at once,
// one from a hung or unknown process once stale; a waiter gives up after its wait.
import { existsSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LockTimeoutError, type LockOwner } from '../../../src/store/lock.js';
import { tempDir as aDir } from '../../support/spawn.js';

const owner = (pid: number, dead: number[] = []): LockOwner => ({
  pid,
  host: 'here',
  isAlive: (p) => !dead.includes(p),
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('file locks', () => {
  it('lets one holder in at a time among many waiters', async () => {
    const path = join(aDir(), 'x.lock');
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        for (let n = 0; n < 5; n++) {
          const release = await acquireLock(path, { owner: owner(100 + i) });
          most = Math.max(most, ++inside);
          await sleep(1);
          inside--;
          await release();
        }
      }),
    );
    expect(most).toBe(1);
    expect(existsSync(path)).toBe(false);
  });

  it('never shows a lock without its owner, so a kill at any point leaves one that can be taken over', async () => {
    const dir = aDir();
    const path = join(dir, 'x.lock');
    const seen = new Set<string>();
    let done = false;
    const watch = (async () => {
      while (!done) {
        try {
          seen.add(readFileSync(path, 'utf8'));
        } catch {
          // Not held right now.
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    for (let n = 0; n < 150; n++) await (await acquireLock(path, { owner: owner(7) }))();
    done = true;
    await watch;
    expect([...seen]).toEqual([JSON.stringify({ pid: 7, host: 'here' })]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over at once a lock whose owner died on this host (kill -9)', async () => {
    const path = join(aDir(), 'x.lock');
    writeFileSync(path, JSON.stringify({ pid: 4242, host: 'here' }));
    const t0 = Date.now();
    const release = await acquireLock(path, { owner: owner(1, [4242]), waitMs: 5_000 });
    expect(Date.now() - t0).toBeLessThan(1_000);
    await release();
  });

  it('waits for a live owner, then gives up with LockTimeoutError', async () => {
    const path = join(aDir(), 'x.lock');
    const release = await acquireLock(path, { owner: owner(1) });
    await expect(acquireLock(path, { owner: owner(2), waitMs: 200 })).rejects.toBeInstanceOf(LockTimeoutError);
    await release();
  });

  it.each([
    { name: 'another host', content: JSON.stringify({ pid: 4242, host: 'elsewhere' }) },
    { name: 'an unreadable owner', content: '' },
  ])('takes over a lock from $name only once its heartbeat is stale', async ({ content }) => {
    const path = join(aDir(), 'x.lock');
    writeFileSync(path, content);
    await expect(acquireLock(path, { owner: owner(1, [4242]), waitMs: 150, staleMs: 60_000 })).rejects.toBeInstanceOf(
      LockTimeoutError,
    );
    const old = new Date(Date.now() - 120_000);
    utimesSync(path, old, old);
    const release = await acquireLock(path, { owner: owner(1, [4242]), waitMs: 1_000, staleMs: 60_000 });
    await release();
  });

  it('keeps a held lock fresh, so a long operation is not taken over', async () => {
    const path = join(aDir(), 'x.lock');
    const release = await acquireLock(path, { owner: owner(1), staleMs: 200 });
    await sleep(400);
    await expect(acquireLock(path, { owner: owner(2), waitMs: 100, staleMs: 200 })).rejects.toBeInstanceOf(
      LockTimeoutError,
    );
    await release();
  });

  it('clears a breaker left by a process that died while breaking a stale lock', async () => {
    const path = join(aDir(), 'x.lock');
    writeFileSync(path, JSON.stringify({ pid: 4242, host: 'here' }));
    writeFileSync(`${path}.break`, JSON.stringify({ pid: 4343, host: 'here' }));
    const release = await acquireLock(path, { owner: owner(1, [4242, 4343]), waitMs: 2_000 });
    await release();
    expect(existsSync(`${path}.break`)).toBe(false);
  });

  it('removes only its own lock file on release, not one that replaced it', async () => {
    const path = join(aDir(), 'x.lock');
    const release = await acquireLock(path, { owner: owner(1) });
    writeFileSync(`${path}.other`, '');
    renameSync(`${path}.other`, path);
    await release();
    expect(existsSync(path)).toBe(true);
  });
});
