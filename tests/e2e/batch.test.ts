// The built binary on the shipped run files: JSON that matches itself, --jobs, failures, JUnit, shards, --out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { BatchReport } from '../../src/batch/index.js';
import { runBin, tempDir } from '../support/spawn.js';

const FAILING = 'tests/fixtures/runs/expects-too-much.yaml';

describe('roleplay batch (binary)', () => {
  it('reports the shipped runs as JSON whose summary matches its runs', async () => {
    const r = await runBin(['batch', 'scenarios/runs', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const { runs, summary } = JSON.parse(r.stdout) as BatchReport;
    expect(runs.length).toBeGreaterThanOrEqual(10);
    expect(runs.map((x) => x.index)).toEqual(runs.map((_, i) => i));
    const scored = runs.map((x) => x.overallScore).filter((s): s is number => s !== null);
    expect(summary).toMatchObject({
      count: runs.length,
      passed: runs.filter((x) => x.passed).length,
      failed: runs.filter((x) => !x.passed).length,
    });
    expect(summary.meanOverall).toBeCloseTo(scored.reduce((a, b) => a + b, 0) / scored.length, 2);
    for (const id of Object.keys(runs[0]!.metrics)) {
      const values = runs.map((x) => x.metrics[id]).filter((s): s is number => s !== null && s !== undefined);
      expect(summary.meanPerMetric[id] ?? null).toBe(
        values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100,
      );
    }
    expect(new Set(runs.map((x) => x.scenario)).size).toBeGreaterThanOrEqual(5);
    expect(runs.every((x) => x.transcript.length > 1 && x.rubricHash.length === 64 && x.rubricVersion !== '')).toBe(
      true,
    );
  });

  it('writes byte-identical JSON with --jobs 1 and --jobs 4', async () => {
    const [one, four] = await Promise.all([
      runBin(['batch', 'scenarios/runs', '--format', 'json', '--jobs', '1']),
      runBin(['batch', 'scenarios/runs', '--format', 'json', '--jobs', '4']),
    ]);
    expect(one.code).toBe(0);
    expect(four.stdout).toBe(one.stdout);
  });

  it('exits 1 for a run expecting more than the rep earns and names the failed expectation', async () => {
    const r = await runBin(['batch', FAILING, '--format', 'table']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /✗ weak rep expected to be strong \(tests\/fixtures\/runs\/expects-too-much\.yaml\)\n {4}overall \d\.\d < minOverall 3\.5/,
    );
    expect(r.stderr).toContain('1 of 1 run(s) failed their expectations');
  });

  it('writes JUnit that parses as XML with that failure in it', async () => {
    const r = await runBin(['batch', 'scenarios/runs', FAILING, '--format', 'junit']);
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (n) => ['testsuite', 'testcase'].includes(n),
    }).parse(r.stdout) as {
      testsuites: {
        tests: string;
        failures: string;
        testsuite: { testcase: { name: string; failure?: { message: string } }[] }[];
      };
    };
    const cases = xml.testsuites.testsuite.flatMap((s) => s.testcase);
    expect(xml.testsuites.failures).toBe('1');
    expect(Number(xml.testsuites.tests)).toBe(cases.length);
    const failed = cases.filter((c) => c.failure);
    expect(failed.map((c) => c.name)).toEqual(['weak rep expected to be strong']);
    expect(failed[0]!.failure!.message).toMatch(
      /^overall \d\.\d < minOverall 3\.5; question_quality \d\.\d < min 3\.0$/,
    );
  });

  it('covers every run exactly once across --shard 1/2 and 2/2, and merge equals the unsharded report', async () => {
    const dir = tempDir();
    const [whole, s1, s2] = await Promise.all([
      runBin(['batch', 'scenarios/runs', '--format', 'json']),
      runBin(['batch', 'scenarios/runs', '--shard', '1/2', '--out', join(dir, 'shard-1.json')]),
      runBin(['batch', 'scenarios/runs', '--shard', '2/2', '--out', join(dir, 'shard-2.json')]),
    ]);
    expect([s1.code, s2.code]).toEqual([0, 0]);
    const indexes = ['shard-1.json', 'shard-2.json'].flatMap((f) =>
      (JSON.parse(readFileSync(join(dir, f), 'utf8')) as BatchReport).runs.map((x) => x.index),
    );
    const all = (JSON.parse(whole.stdout) as BatchReport).runs.map((x) => x.index);
    expect([...indexes].sort((a, b) => a - b)).toEqual(all);
    expect(new Set(indexes).size).toBe(indexes.length);
    const merged = await runBin(['merge', join(dir, 'shard-1.json'), join(dir, 'shard-2.json')]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('writes --out and leaves stdout empty', async () => {
    const file = join(tempDir(), 'report.json');
    const r = await runBin(['batch', 'scenarios/runs', '--out', file]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect((JSON.parse(readFileSync(file, 'utf8')) as BatchReport).summary.count).toBeGreaterThanOrEqual(10);
  });

  it('writes CSV with a row per run and a column per metric', async () => {
    const r = await runBin(['batch', 'scenarios/runs', '--format', 'csv']);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toContain('question_quality,listening_responsiveness');
    const json = JSON.parse((await runBin(['batch', 'scenarios/runs', '--format', 'json'])).stdout) as BatchReport;
    expect(rows).toHaveLength(json.runs.length + 1);
  });
});
