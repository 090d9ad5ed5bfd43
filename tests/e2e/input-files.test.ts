// Input paths that are not regular files (issue 13): a FIFO used to hang every command that read
// it; now each is refused at once, exit 3, naming the file. FIFOs need mkfifo (Linux, macOS).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';
import { pool } from '../support/pool.js';
import { runBin, tempDir } from '../support/spawn.js';

const NO_STACK = /\n\s+at |internal error/;
/** Far under the 15 s a hang would take to be killed, so a hang fails the test. */
const TIMEOUT_MS = 8_000;

function canMakeFifo(): boolean {
  if (process.platform === 'win32') return false;
  const dir = tempDir();
  try {
    execFileSync('mkfifo', [join(dir, 'probe')], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hasFifo = canMakeFifo();
let dir: string;

beforeAll(() => {
  if (!hasFifo) return;
  dir = tempDir('roleplay-fifo-');
  const fifo = (name: string) => execFileSync('mkfifo', [join(dir, name)]);
  for (const name of ['transcript.txt', 'rubric.yaml', 'run.yaml', 'scenario.yaml', 'report.json']) fifo(name);
  writeFileSync(join(dir, 'good.txt'), 'Rep: What matters most to you?\nHCP: Fewer refills.\n');
  writeFileSync(join(dir, 'uses-fifo-scenario.yaml'), 'name: r\nscenario: ./scenario.yaml\nturns: [Hi?]\n');
  mkdirSync(join(dir, 'runs'));
  execFileSync('mkfifo', [join(dir, 'runs', 'a.yaml')]);
  mkdirSync(join(dir, 'scenarios'));
  execFileSync('mkfifo', [join(dir, 'scenarios', 'x.yaml')]);
  mkdirSync(join(dir, 'labeled'));
  copyFileSync(
    join(ROOT, 'tests/fixtures/labeled/good/E02-pharmacist-feature-dump.json'),
    join(dir, 'labeled', 'E02-pharmacist-feature-dump.json'),
  );
  execFileSync('mkfifo', [join(dir, 'labeled', 'E09-pipe.json')]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const FIFO = 'is a FIFO (named pipe), expected a regular file';
const CASES: { name: string; argv: (d: string) => string[]; says: string }[] = [
  {
    name: 'score <transcript>',
    argv: (d) => ['score', join(d, 'transcript.txt')],
    says: `roleplay: cannot read transcript: ${FIFO}`,
  },
  {
    name: 'score --rubric',
    argv: (d) => ['score', join(d, 'good.txt'), '--rubric', join(d, 'rubric.yaml')],
    says: `rubric.yaml: ${FIFO}`,
  },
  { name: 'batch <run file>', argv: (d) => ['batch', join(d, 'run.yaml')], says: `run.yaml: ${FIFO}` },
  { name: 'batch <folder of run files>', argv: (d) => ['batch', join(d, 'runs')], says: `a.yaml: ${FIFO}` },
  {
    name: 'batch with a scenario file',
    argv: (d) => ['batch', join(d, 'uses-fifo-scenario.yaml')],
    says: `scenario.yaml: ${FIFO}`,
  },
  {
    name: 'batch --rubric',
    argv: (d) => ['batch', 'scenarios/runs', '--rubric', join(d, 'rubric.yaml')],
    says: `rubric.yaml: ${FIFO}`,
  },
  { name: 'validate', argv: (d) => ['validate', join(d, 'scenario.yaml')], says: `scenario.yaml: ${FIFO}` },
  { name: 'eval <labeled folder>', argv: (d) => ['eval', join(d, 'labeled')], says: `E09-pipe.json: ${FIFO}` },
  {
    name: 'eval <FIFO as the folder>',
    argv: (d) => ['eval', join(d, 'run.yaml')],
    says: 'roleplay: expected a folder of labeled conversations, got a FIFO, device or socket',
  },
  {
    name: 'eval --rubric',
    argv: (d) => ['eval', join(d, 'labeled'), '--rubric', join(d, 'rubric.yaml')],
    says: `rubric.yaml: ${FIFO}`,
  },
  { name: 'merge <report>', argv: (d) => ['merge', join(d, 'report.json')], says: `report.json: ${FIFO}` },
];

describe.skipIf(!hasFifo)('a FIFO given as an input file (needs mkfifo)', () => {
  it('is refused by every command at once with exit 3, naming the file', async () => {
    const results = await pool(CASES, 2, (c) => runBin(c.argv(dir), { timeoutMs: TIMEOUT_MS }));
    for (const [i, r] of results.entries()) {
      const { name, says } = CASES[i]!;
      expect({ name, code: r.code, signal: r.signal }).toEqual({ name, code: 3, signal: null });
      expect(r.stderr, name).toContain(says);
      expect(r.stderr, name).not.toMatch(NO_STACK);
    }
  });
});

describe.skipIf(!hasFifo)('a FIFO inside a scenario folder (needs mkfifo)', () => {
  it('is skipped like any other entry that is not a file, without waiting on it', async () => {
    const r = await runBin(['--scenarios', join(dir, 'scenarios'), 'list'], { timeoutMs: TIMEOUT_MS });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('primary-care-hypertension-discovery');
  });
});

describe('a device or a folder given as an input file', () => {
  it.skipIf(process.platform === 'win32')(
    'refuses /dev/zero as a transcript instead of reading it forever',
    async () => {
      const r = await runBin(['score', '/dev/zero'], { timeoutMs: TIMEOUT_MS });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(
        'roleplay: cannot read transcript: is a character device, expected a regular file (/dev/zero)',
      );
    },
  );

  it('refuses a folder as a rubric', async () => {
    const r = await runBin(
      ['score', 'tests/fixtures/transcripts/excellent-formulary-access.txt', '--rubric', 'scenarios'],
      { timeoutMs: TIMEOUT_MS },
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('scenarios: is a directory, expected a file');
  });
});
