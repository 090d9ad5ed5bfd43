// A real full disk (issue 13): ROLEPLAY_HOME on a small tmpfs filled to its last page. A turn or
// an end that does not fit is refused with exit 3 and leaves the journal byte for byte as it was
// (the kernel stores part of it first: that short write is cut back); once space is freed, the
// same commands go through. Skipped, saying why, where this machine cannot mount a tmpfs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';

/** Mounted while the tests are collected, so a skip can say why in its name. */
function mountTmpfs(): { dir?: string; why?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'roleplay-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (e) {
    rmdirSync(dir);
    const said = String((e as { stderr?: Buffer }).stderr ?? (e as Error).message)
      .trim()
      .split('\n')[0];
    return { why: `cannot mount a tmpfs here (${said || 'mount failed'})` };
  }
}

const disk = mountTmpfs();
afterAll(() => {
  if (!disk.dir) return;
  execFileSync('umount', [disk.dir]);
  rmdirSync(disk.dir);
});

/** Fills the file system with one file until the kernel says ENOSPC. */
function fill(file: string): void {
  try {
    writeFileSync(file, Buffer.alloc(1024 * 1024, 'x'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  }
}

describe('a full disk (tmpfs)', () => {
  if (!disk.dir) {
    it.skip(`needs a tmpfs, and ${disk.why}`, () => undefined);
    return;
  }

  it('refuses what does not fit with exit 3, keeps every saved turn, and goes on once there is room', async () => {
    const home = join(disk.dir!, 'home');
    const env = { ROLEPLAY_HOME: home };
    const id = (await runBin(['start', SCENARIO, '--seed', '3'], { env })).stdout.trim();
    expect((await runBin(['respond', id, 'What matters most to you?'], { env })).code).toBe(0);
    const file = join(home, 'sessions', `${id}.jsonl`);
    const saved = readFileSync(file);
    const filler = join(disk.dir!, 'filler');
    fill(filler);

    const long =
      `How do you decide when to add a second agent? ${'Tell me more about your patients. '.repeat(400)}`.trim();
    const turn = await runBin(['respond', id, long], { env });
    expect([turn.code, turn.stdout]).toEqual([3, '']);
    expect(turn.stderr.split('\n')[0]).toBe(`roleplay: disk full: turn not saved (${file})`);
    expect(readFileSync(file)).toEqual(saved);

    const end = await runBin(['end', id], { env });
    expect([end.code, end.stdout, end.stderr.split('\n')[0]]).toEqual([
      3,
      '',
      `roleplay: disk full: end of the session not saved (${file})`,
    ]);
    expect(readFileSync(file)).toEqual(saved);
    expect(JSON.parse((await runBin(['--json', 'session', id], { env })).stdout)).toMatchObject({
      status: 'active',
      repTurns: 1,
    });

    rmSync(filler);
    expect((await runBin(['respond', id, long], { env })).code).toBe(0);
    const ended = await runBin(['--json', 'end', id], { env });
    expect(ended.code).toBe(0);
    expect(JSON.parse(ended.stdout).transcript.filter((t: { speaker: string }) => t.speaker === 'rep')).toHaveLength(2);
    expect(readFileSync(join(home, 'history.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(statSync(file).size).toBeGreaterThan(saved.length);
  }, 60_000);
});
