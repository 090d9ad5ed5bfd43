// merge: shard reports joined back into the unsharded report, byte for byte.
import { describe, expect, it } from 'vitest';
import { mergeReports, readReport } from '../../../src/batch/index.js';
import { renderReport } from '../../../src/render/batch/index.js';
import { InvalidInputError } from '../../../src/errors.js';
import { aReport, aRunResult } from './builders.js';

const runs = Array.from({ length: 5 }, (_, i) =>
  aRunResult({ index: i, name: `run ${i}`, overallScore: i, passed: i !== 3 }),
);
const whole = aReport(runs);
const shard = (i: number, n: number) => aReport(runs.filter((r) => r.index % n === i - 1));

describe('mergeReports', () => {
  it('equals the unsharded report, whatever order the shards come in', () => {
    const merged = mergeReports([
      { file: '2.json', report: shard(2, 2) },
      { file: '1.json', report: shard(1, 2) },
    ]);
    expect(renderReport('json', merged)).toBe(renderReport('json', whole));
  });

  it("keeps each run's outcome", () => {
    const merged = mergeReports([
      { file: '1.json', report: shard(1, 2) },
      { file: '2.json', report: shard(2, 2) },
    ]);
    expect(merged.runs.map((r) => r.outcome)).toEqual(runs.map((r) => r.outcome));
  });

  it('recomputes the summary from the merged runs', () => {
    const merged = mergeReports([1, 2, 3].map((i) => ({ file: `${i}.json`, report: shard(i, 3) })));
    expect(merged.summary).toEqual(whole.summary);
  });

  it('refuses reports that hold the same run, naming both files', () => {
    const e = (() => {
      try {
        return mergeReports([
          { file: 'a.json', report: whole },
          { file: 'b.json', report: shard(1, 2) },
        ]);
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).problems[0]).toBe('b.json: run 0 ("run 0") is also in a.json');
  });
});

const { outcome: _dropped, ...withoutOutcome } = runs[0]!;

describe('readReport', () => {
  it('keeps the key order of the file, so merged output compares byte for byte', () => {
    const parsed = readReport(JSON.parse(renderReport('json', whole)), 'r.json');
    expect(parsed.ok && renderReport('json', parsed.value)).toBe(renderReport('json', whole));
  });

  it.each([
    { what: 'a scorecard', value: { overallScore: 3 }, problem: 'r.json: runs: is required' },
    {
      what: 'a run without an index',
      value: { runs: [{ name: 'x' }], summary: {} },
      problem: 'r.json: runs[0].index: is required',
    },
    // Issue 13: a field the renderers print as a number must be one, or a CSV would show it as text.
    {
      what: 'a seed that is text',
      value: { runs: [{ ...aRunResult(), seed: '=cmd()' }], summary: {} },
      problem: 'r.json: runs[0].seed: expected number, got string',
    },
    {
      what: 'a band that is not text',
      value: { runs: [{ ...aRunResult(), band: 3 }], summary: {} },
      problem: 'r.json: runs[0].band: expected string, got number',
    },
    {
      what: 'a run without an outcome',
      value: { runs: [withoutOutcome], summary: {} },
      problem: 'r.json: runs[0].outcome: is required',
    },
    {
      what: 'an unknown commitment',
      value: { runs: [{ ...runs[0], outcome: { ...runs[0]!.outcome, commitment: 'maybe' } }], summary: {} },
      problem: 'r.json: runs[0].outcome.commitment: Invalid option: expected one of "none"|"asked"|"agreed"|"declined"',
    },
  ])('refuses $what', ({ value, problem }) => {
    const parsed = readReport(value, 'r.json');
    expect(parsed.ok ? [] : parsed.problems).toContain(problem);
  });
});
