// argv → behaviour for `roleplay batch` and `roleplay merge`: formats, exit codes, --out, shards.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchReport } from '../../src/batch/index.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

type IoFlags = Parameters<typeof fakeIo>[0];

async function cli(argv: string[], flags: IoFlags = {}) {
  const io = fakeIo(flags);
  const code = await main(argv, io, { env: {}, cwd: ROOT });
  return { code, out: io.out(), err: io.err() };
}

const FAILING = 'tests/fixtures/runs/expects-too-much.yaml';
const STRONG_HTN = 'scenarios/runs/primary-care-hypertension-strong.yaml';

describe('roleplay batch', () => {
  it('plays the shipped runs and reports JSON when piped, every run passing', async () => {
    const r = await cli(['batch', 'scenarios/runs']);
    expect([r.code, r.err]).toEqual([0, '']);
    const report = JSON.parse(r.out) as BatchReport;
    expect(report.runs.length).toBeGreaterThanOrEqual(10);
    expect(report.summary).toMatchObject({ count: report.runs.length, passed: report.runs.length, failed: 0 });
  });

  it('gives every run an outcome that agrees with how the run ended', async () => {
    const runs = (JSON.parse((await cli(['batch', 'scenarios/runs'])).out) as BatchReport).runs;
    for (const { endReason, outcome } of runs) {
      expect(outcome.openness).toBeGreaterThanOrEqual(0);
      expect(outcome.openness).toBeLessThanOrEqual(10);
      expect(outcome.objections.resolved).toBeLessThanOrEqual(outcome.objections.raised);
      expect(outcome.prioritiesUncovered.uncovered).toBeLessThanOrEqual(outcome.prioritiesUncovered.total);
      expect(outcome.endReason).toBe(endReason === 'rep-ended' ? null : endReason);
      if (endReason === 'commitment') expect(outcome.commitment).toBe('agreed');
    }
  });

  it('prints a table on a terminal', async () => {
    const r = await cli(['batch', STRONG_HTN], { isTTY: true });
    expect(r.code).toBe(0);
    expect(r.out).toContain('hypertension discovery, strong rep');
    expect(r.out).toMatch(/1 run: 1 passed, 0 failed · mean overall \d\.\d\d\n$/);
  });

  it('exits 1 when a run misses its expectations, and the table names the failed one', async () => {
    const r = await cli(['batch', FAILING, '--format', 'table']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/overall \d\.\d < minOverall 3\.5/);
    expect(r.out).toMatch(/question_quality \d\.\d < min 3\.0/);
    expect(r.err).toBe('roleplay: 1 of 1 run(s) failed their expectations\n');
  });

  it('names the failed run on stderr when the report is JSON', async () => {
    const r = await cli(['batch', FAILING, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^roleplay: FAIL weak rep expected to be strong \(tests\/fixtures\/runs\/expects-too-much\.yaml\): overall \d\.\d < minOverall 3\.5/,
    );
    expect((JSON.parse(r.out) as BatchReport).runs[0]!.passed).toBe(false);
  });

  it('fails every run under --min-score', async () => {
    const r = await cli(['batch', STRONG_HTN, '--min-score', '5']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as BatchReport).runs[0]!.failures).toEqual([
      expect.stringMatching(/^overall \d\.\d < --min-score 5\.0$/),
    ]);
  });

  it('writes --out atomically in the format its extension names, with nothing on stdout', async () => {
    const file = join(tempDir(), 'report.xml');
    const r = await cli(['batch', STRONG_HTN, '--out', file]);
    expect([r.code, r.out, r.err]).toEqual([0, '', '']);
    expect(readFileSync(file, 'utf8')).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="roleplay batch" tests="1" failures="0"/,
    );
  });

  it('repeats runs with the next seeds under --repeat', async () => {
    const r = await cli(['batch', STRONG_HTN, '--repeat', '3', '--format', 'json']);
    const runs = (JSON.parse(r.out) as BatchReport).runs;
    expect(runs.map((x) => [x.index, x.repetition, x.seed])).toEqual([
      [0, 1, 11],
      [1, 2, 12],
      [2, 3, 13],
    ]);
  });

  it('overrides every seed with --seed', async () => {
    const r = await cli(['batch', 'scenarios/runs', '--seed', '99', '--filter', 'weak']);
    expect((JSON.parse(r.out) as BatchReport).runs.every((x) => x.seed === 99)).toBe(true);
  });

  it('keeps only the tagged runs with --filter', async () => {
    const r = await cli(['batch', 'scenarios/runs', '--filter', 'strong']);
    const runs = (JSON.parse(r.out) as BatchReport).runs;
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((x) => x.tags.includes('strong'))).toBe(true);
  });

  it('starts nothing after the first failure with --fail-fast and says how many were skipped', async () => {
    const r = await cli(['batch', FAILING, 'scenarios/runs', '--fail-fast', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as BatchReport).runs).toHaveLength(1);
    expect(r.err).toMatch(/--fail-fast: stopped after a failure; \d+ run\(s\) not started/);
  });

  it('shows progress on stderr only when stderr is a terminal', async () => {
    const r = await cli(['batch', STRONG_HTN, '--format', 'json'], { isErrTTY: true });
    expect(r.code).toBe(0);
    expect(r.err).toContain('0/1 runs');
    expect(() => JSON.parse(r.out) as unknown).not.toThrow();
  });

  it('lists every problem in every invalid run file, runs nothing and exits 3', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'name: a\nscenario: no-such-scenario\nturns: [Hi?]\n');
    writeFileSync(
      join(dir, 'b.yaml'),
      'name: b\nscenario: primary-care-hypertension-discovery\nturns: []\nexpect: { minOveral: 3 }\n',
    );
    const r = await cli(['batch', dir]);
    expect([r.code, r.out]).toEqual([3, '']);
    expect(r.err).toContain('3 problem(s) in the run files; nothing was run');
    expect(r.err).toContain('a.yaml: scenario: unknown scenario "no-such-scenario"');
    expect(r.err).toContain('b.yaml: turns: needs at least one rep turn');
    expect(r.err).toContain('b.yaml: expect: unknown key "minOveral" (a typo?)');
  });

  it.each([
    { flags: ['--shard', '3/2'], message: '--shard must be i/n with 1 ≤ i ≤ n, got "3/2"' },
    { flags: ['--jobs', '0'], message: '--jobs must be a whole number from 1 to 1024, got "0"' },
    { flags: ['--repeat', 'two'], message: '--repeat must be a whole number from 1 to 10000, got "two"' },
    { flags: ['--format', 'yaml'], message: 'unknown format "yaml"' },
    { flags: ['--min-score', '9'], message: '--min-score must be a number from 0 to 5, got "9"' },
    { flags: ['--filter', 'nosuchtag'], message: 'no run has the tag "nosuchtag"' },
  ])('refuses $flags with exit 2', async ({ flags, message }) => {
    const r = await cli(['batch', 'scenarios/runs', ...flags]);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain(message);
  });

  it('shows the run file format and examples in --help', async () => {
    const r = await cli(['batch', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('roleplay batch scenarios/runs --format junit --out report.xml');
    expect(r.out).toContain('roleplay merge shard-1.json shard-2.json');
  });
});

describe('roleplay merge', () => {
  it('joins --shard 1/2 and 2/2 into exactly the unsharded report', async () => {
    const dir = tempDir();
    const whole = await cli(['batch', 'scenarios/runs', '--format', 'json']);
    for (const i of [1, 2])
      expect((await cli(['batch', 'scenarios/runs', '--shard', `${i}/2`, '--out', join(dir, `s${i}.json`)])).code).toBe(
        0,
      );
    const merged = await cli(['merge', join(dir, 's2.json'), join(dir, 's1.json')]);
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(whole.out);
  });

  it('exits 1 when a merged run failed, like the batch that wrote it', async () => {
    const file = join(tempDir(), 'failing.json');
    await cli(['batch', FAILING, '--out', file]);
    expect((await cli(['merge', file, '--format', 'markdown'])).code).toBe(1);
  });

  it('refuses two reports that hold the same run, exit 3', async () => {
    const file = join(tempDir(), 'one.json');
    await cli(['batch', STRONG_HTN, '--out', file]);
    const r = await cli(['merge', file, file]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('run 0 ("hypertension discovery, strong rep") is also in');
  });

  it('refuses a file that is not a batch report, exit 3', async () => {
    const file = join(tempDir(), 'card.json');
    writeFileSync(file, JSON.stringify({ overallScore: 3 }));
    const r = await cli(['merge', file]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('card.json: runs: is required');
    expect(existsSync(file)).toBe(true);
  });
});
