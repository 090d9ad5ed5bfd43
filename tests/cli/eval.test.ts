// argv → behaviour for `roleplay eval`: tables, JSON, thresholds and every input error, on made-up
// fixtures (tests/fixtures/labeled) and, when present, the trainers' own ../shared/labeled/dev.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { EvalReport } from '../../src/eval/index.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

const GOOD = 'tests/fixtures/labeled/good';
const BAD = 'tests/fixtures/labeled/bad';

async function cli(argv: string[]) {
  const io = fakeIo();
  const code = await main(argv, io, { cwd: ROOT });
  return { code, out: io.out(), err: io.err() };
}

const inPercent = (x: number | null) => x !== null && x >= 0 && x <= 100;

describe('roleplay eval', () => {
  it('prints the summary, the tables and the misses, exit 0', async () => {
    const r = await cli(['eval', GOOD]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^3 files: metric agreement \d+\.\d% \(\d+\/24\), overall agreement \d+\.\d% \(\d\/3\)\n/);
    for (const heading of ['Per metric', 'Per author', 'Confusion', 'Misses']) expect(r.out).toContain(heading);
    expect(r.out).toContain('conversation_control_structure');
    expect(r.out).not.toContain('Acts:');
    for (const line of r.out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('adds the act table with --acts, skipping files without an .acts.json', async () => {
    const r = await cli(['eval', GOOD, '--acts']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Acts: 1 file, 8 turns; 2 files without .acts.json skipped');
    expect(r.out).toMatch(/│ act +│ support │ precision │ recall │ +F1 │/);
    expect(r.out).toContain('macro-F1');
  });

  it('prints the whole result as JSON with --json', async () => {
    const r = await cli(['eval', GOOD, '--acts', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as EvalReport;
    expect(report.files).toBe(3);
    expect(report.authors).toEqual(['E', 'F']);
    expect(inPercent(report.metricAgreement.agreement)).toBe(true);
    expect(inPercent(report.overallAgreement.agreement)).toBe(true);
    expect(report.metricAgreement.total).toBe(24);
    expect(report.perMetric).toHaveLength(8);
    for (const m of report.perMetric) expect(inPercent(m.agreement)).toBe(true);
    expect(report.perAuthor.map((a) => [a.author, a.files])).toEqual([
      ['E', 2],
      ['F', 1],
    ]);
    expect(report.misses.length).toBe(report.metricAgreement.total - report.metricAgreement.agree);
    expect(report.acts).toMatchObject({ files: 1, skipped: 2, turns: 8, minSupport: 5 });
    expect(r.out).not.toContain('\u001B');
  });

  it('keeps only the files of the authors given with --author', async () => {
    const r = await cli(['eval', GOOD, '--author', 'f', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as EvalReport).files).toBe(1);
  });

  it('refuses an author with no files, naming the authors there, exit 2', async () => {
    const r = await cli(['eval', GOOD, '--author', 'Z']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no labeled files by author Z');
    expect(r.err).toContain('authors in tests/fixtures/labeled/good: E, F');
  });

  it.each(['101', '-5', 'most'])('refuses --min-agreement %s as a usage error, exit 2', async (p) => {
    const r = await cli(['eval', GOOD, '--min-agreement', p]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--min-agreement must be a percentage from 0 to 100');
    expect(r.out).toBe('');
  });

  // F01 is E01's transcript labeled the other way on purpose: no scorer can match every band.
  it('exits 1 below --min-agreement, saying which agreement on one stderr line', async () => {
    const r = await cli(['eval', GOOD, '--min-agreement', '100']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Per metric');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^roleplay: (metric-band agreement|overall agreement) .* below --min-agreement 100\n$/);
  });

  it('passes --min-agreement 0', async () => {
    expect((await cli(['eval', GOOD, '--min-agreement', '0', '--json'])).code).toBe(0);
  });

  it('lists every problem of the labeled files with file and path, exit 3', async () => {
    const r = await cli(['eval', BAD, '--acts']);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toContain(
      'roleplay: 3 problem(s) in the labeled files; nothing was scored (tests/fixtures/labeled/bad)',
    );
    expect(r.err).toContain(
      `${BAD}/G01-wrong-band.json: expected.adaptability.band: must be one of high, mid, low, n/a`,
    );
    expect(r.err).toContain(`${BAD}/G02-no-overall.json: expected_overall: is required`);
    expect(r.err).toContain(
      `${BAD}/G03-short-acts.acts.json: turns: has 3 turn(s), but ${BAD}/G03-short-acts.json has 4`,
    );
  });

  it('reads .acts.json files only with --acts', async () => {
    const r = await cli(['eval', BAD]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('2 problem(s)');
    expect(r.err).not.toContain('G03-short-acts.acts.json');
  });

  it('reports a missing folder, exit 3', async () => {
    const r = await cli(['eval', 'tests/fixtures/labeled/nope']);
    expect(r.code).toBe(3);
    expect(r.err).toBe(
      'roleplay: cannot read labeled folder: no such file or directory (tests/fixtures/labeled/nope)\n',
    );
  });

  it('reports a file given instead of a folder, exit 3', async () => {
    const r = await cli(['eval', `${GOOD}/E02-pharmacist-feature-dump.json`]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('expected a folder of labeled conversations, got a file');
  });

  it('reports an empty folder, exit 3', async () => {
    const dir = tempDir('roleplay-eval-');
    const r = await cli(['eval', dir]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('no labeled conversations (<id>.json files) in this folder');
  });

  it('shows examples in --help', async () => {
    const r = await cli(['eval', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain('roleplay eval ../shared/labeled/dev');
    expect(r.out).toContain('roleplay eval labeled/ --json --min-agreement 85');
  });
});

const DEV = resolve(ROOT, '../shared/labeled/dev');

if (!existsSync(DEV)) {
  describe("roleplay eval on the trainers' labeled conversations", () => {
    it.skip(`skipped: ../shared/labeled/dev not present (looked in ${DEV})`, () => {});
  });
} else {
  describe("roleplay eval on the trainers' labeled conversations", () => {
    it('runs on all 40 files and reports 8 metrics', async () => {
      const r = await cli(['eval', '../shared/labeled/dev', '--acts', '--json']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const report = JSON.parse(r.out) as EvalReport;
      expect(report.files).toBe(40);
      expect(report.perMetric).toHaveLength(8);
      expect(report.acts?.files).toBe(40);
      expect(inPercent(report.metricAgreement.agreement)).toBe(true);
    });
  });
}
