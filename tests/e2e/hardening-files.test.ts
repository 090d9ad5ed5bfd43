// Files under stress (issue 9): parallel processes appending to one history, data folders that
// cannot be used, session ids that could be paths, and journals broken on disk.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';
import { pool } from '../support/pool.js';
import { runBin, tempDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';
const WRITERS = 8;
const LINES = 50;
const NO_STACK = /\n\s+at |internal error/;

/** One process appending LINES history entries of ~4 KB each through the product's appendHistory. */
function writer(file: string, w: number): Promise<number | null> {
  const history = pathToFileURL(join(ROOT, 'dist/store/history.js')).href;
  const script = `
    const { appendHistory } = await import(${JSON.stringify(history)});
    for (let n = 0; n < ${LINES}; n++) {
      await appendHistory(${JSON.stringify(file)}, { sessionId: 'w${w}-' + n, scenarioId: 's', title: 'x'.repeat(4000), startedAt: 0,
        endedAt: n, reason: 'rep-ended', repTurns: n, overallScore: 3, band: 'Developing', metrics: {}, rubricVersion: '1' });
    }`;
  return new Promise((resolve) =>
    spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' }).on('close', resolve),
  );
}

describe('history.jsonl under parallel writers', () => {
  it(`keeps every line whole when ${WRITERS} processes append ${LINES} lines each at once`, async () => {
    const file = join(tempDir(), 'history.jsonl');
    expect(await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(file, w)))).toEqual(
      Array(WRITERS).fill(0),
    );
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const ids = lines.map((l) => (JSON.parse(l) as { sessionId: string }).sessionId);
    expect(ids).toHaveLength(WRITERS * LINES);
    expect(new Set(ids).size).toBe(WRITERS * LINES);
  });
});

const DATA_COMMANDS = [
  ['start', SCENARIO],
  ['practice', SCENARIO],
  ['resume'],
  ['sessions'],
  ['history'],
  ['session', 'abcdef12'],
  ['respond', 'abcdef12', 'hello'],
  ['end', 'abcdef12'],
  ['serve'],
];

function homeUnderFile(): string {
  const file = join(tempDir(), 'file.txt');
  writeFileSync(file, 'not a folder');
  return join(file, 'sub');
}

describe('a data folder that cannot be used', () => {
  it.each([
    { name: 'under a regular file (ENOTDIR, which fails even as root)', home: homeUnderFile },
    // Node's recursive mkdir used to spin forever here: mkdir in /proc answers ENOENT.
    { name: 'under /proc', home: () => '/proc/roleplay-hardening/data' },
  ])('gives every data command exit 3 naming the folder, $name', async ({ home }) => {
    const root = home();
    const results = await pool(DATA_COMMANDS, 2, (argv) =>
      runBin(argv, { env: { ROLEPLAY_HOME: root }, timeoutMs: 8000 }),
    );
    for (const [i, r] of results.entries()) {
      const at = DATA_COMMANDS[i]!.join(' ');
      // Readers create nothing (issue 13): a folder that does not exist yet simply holds none.
      const none = { history: 'No sessions yet', sessions: 'No sessions.' }[at];
      if (none && r.code === 0) {
        expect(r.stdout).toContain(none);
        continue;
      }
      if (at === 'session abcdef12' && r.code === 4) {
        expect(r.stderr).toMatch(/^roleplay: no session "abcdef12"/);
        continue;
      }
      expect({ at, code: r.code }).toEqual({ at, code: 3 });
      expect(r.stderr, at).toContain(root);
      expect(r.stderr.split('\n')[0], at).toMatch(/^roleplay: (data folder|cannot read the history)/);
      expect(r.stderr, at).not.toMatch(NO_STACK);
    }
  });
});

describe('session ids that could be paths, on the command line', () => {
  it('answers exit 4 to each, and writes nothing outside the sessions folder', async () => {
    const home = tempDir();
    const ids = ['../../../etc/passwd', '/etc/passwd', '..', 'abcd/../../x', '\u0430\u0431\u0441d1234', 'ABCDEF12'];
    const runs = ids.flatMap((id) => [
      ['session', id],
      ['end', id],
      ['respond', id, 'hi'],
    ]);
    const results = await pool(runs, 2, (argv) => runBin(argv, { env: { ROLEPLAY_HOME: home } }));
    for (const [i, r] of results.entries()) {
      const at = runs[i]!.join(' ');
      expect({ at, code: r.code }).toEqual({ at, code: 4 });
      expect(r.stderr.split('\n')[0], at).toMatch(/^roleplay: no session "/);
    }
    expect(readdirSync(home)).toEqual(['sessions']);
    expect(readdirSync(join(home, 'sessions'))).toEqual([]);
  });
});

describe('journals broken on disk', () => {
  it('lists and resumes the good session past an empty, a foreign and a torn journal', async () => {
    const home = tempDir();
    const started = await runBin(['start', SCENARIO, '--seed', '5'], { env: { ROLEPLAY_HOME: home } });
    const id = started.stdout.trim();
    await runBin(['respond', id, 'What matters most to you with patients above goal?'], {
      env: { ROLEPLAY_HOME: home },
    });
    const sessions = join(home, 'sessions');
    writeFileSync(join(sessions, `${'0'.repeat(32)}.jsonl`), '');
    writeFileSync(join(sessions, `${'1'.repeat(32)}.jsonl`), 'not json\n{"type":"rep","turn":1,"text":"x","t":1}\n');
    writeFileSync(join(sessions, `${'2'.repeat(32)}.jsonl`), '{"type":"start","v":1,"sess');
    const list = await runBin(['sessions'], { env: { ROLEPLAY_HOME: home } });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(id.slice(0, 8));
    expect(list.stderr.match(/roleplay: warning: skipped session/g)).toHaveLength(3);
    const broken = await runBin(['session', '1'.repeat(32)], { env: { ROLEPLAY_HOME: home } });
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(/^roleplay: warning: .*:1: skipped a line that is not JSON$/m);
    expect(broken.stderr).toMatch(
      /^roleplay: session 11111111 has an unreadable journal: .*\(sessions\/1{32}\.jsonl\)$/m,
    );
    const resumed = await runBin(['resume'], { env: { ROLEPLAY_HOME: home }, input: '/quit\n' });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain('What matters most to you with patients above goal?');
    expect(`${list.stderr}${broken.stderr}${resumed.stderr}`).not.toMatch(NO_STACK);
  });
});
