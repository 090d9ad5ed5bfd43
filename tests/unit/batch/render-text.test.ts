// The JSON, JSONL, Markdown and table reports, and the progress line.
import { describe, expect, it } from 'vitest';
import { formatProgress, renderReport } from '../../../src/render/batch/index.js';
import { mdCell } from '../../../src/render/batch/markdown.js';
import { aReport, aRunResult } from './builders.js';

const failed = aRunResult({
  index: 1,
  name: 'weak | close',
  passed: false,
  failures: ['overall 2.4 < minOverall 3.5'],
  overallScore: 2.4,
  band: 'Emerging',
});
const report = aReport([aRunResult(), failed]);

describe('batch reports', () => {
  it('writes JSON with the runs and a summary that matches them', () => {
    const json = JSON.parse(renderReport('json', report)) as typeof report;
    expect(json.runs.map((r) => r.name)).toEqual(['a run', 'weak | close']);
    expect(json.summary).toEqual({
      count: 2,
      passed: 1,
      failed: 1,
      meanOverall: 2.7,
      meanPerMetric: { question_quality: 3, objection_navigation: null },
    });
  });

  it('gives each run its outcome in JSON and JSONL', () => {
    const outcome = aRunResult().outcome;
    const json = JSON.parse(renderReport('json', report)) as typeof report;
    expect(json.runs[0]!.outcome).toEqual(outcome);
    const first = JSON.parse(renderReport('jsonl', report).split('\n')[0]!) as { outcome: unknown };
    expect(first.outcome).toEqual(outcome);
  });

  it('writes JSONL as one run per line, then one summary line', () => {
    const lines = renderReport('jsonl', report)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; name?: string; count?: number });
    expect(lines.map((l) => [l.type, l.name ?? l.count])).toEqual([
      ['run', 'a run'],
      ['run', 'weak | close'],
      ['summary', 2],
    ]);
  });

  it('writes a Markdown table whose cells cannot break it, then the failures', () => {
    const md = renderReport('markdown', report);
    expect(md).toContain('| # | run | scenario | overall | band | openness | commitment | result |');
    expect(md).toContain('| 2 | weak \\| close | `test-scenario` | 2.4 | Emerging | 6 | asked | **FAIL** |');
    expect(md).toContain('**2 runs: 1 passed, 1 failed · mean overall 2.70**');
    expect(md).toContain('- **weak \\| close** (runs/a.yaml): overall 2.4 < minOverall 3.5');
  });

  it.each([
    { text: 'a|b', out: 'a\\|b' },
    { text: 'two\nlines', out: 'two lines' },
    { text: '<script>', out: '&lt;script>' },
    { text: 'red\u001b[31m', out: 'red' },
  ])('makes $text safe in a Markdown cell', ({ text, out }) => expect(mdCell(text)).toBe(out));

  it('prints a table with pass and FAIL, the failed expectation and the summary', () => {
    const table = renderReport('table', report);
    expect(table).toMatch(/│ 1 │ a run\s+│ test-scenario │\s+3\.0 │ Developing │ pass\s+│/);
    expect(table).toContain('FAIL');
    expect(table).toContain('✗ weak | close (runs/a.yaml)\n    overall 2.4 < minOverall 3.5');
    expect(table.trimEnd().split('\n').at(-1)).toBe('2 runs: 1 passed, 1 failed · mean overall 2.70');
  });

  it('strips terminal escapes from run names in the table', () => {
    expect(renderReport('table', aReport([aRunResult({ name: 'evil\u001b]0;title\u0007name' })]))).not.toContain(
      '\u001b',
    );
  });

  it('marks repeats in run names', () => {
    expect(renderReport('table', aReport([aRunResult({ repetition: 2 })]))).toContain('a run #2');
  });
});

describe('formatProgress', () => {
  it.each([
    { p: { done: 0, total: 40, failures: 0, etaMs: null }, out: '0/40 runs · ETA …' },
    { p: { done: 12, total: 40, failures: 1, etaMs: 3200 }, out: '12/40 runs · 1 failed · ETA 4s' },
    { p: { done: 1, total: 900, failures: 0, etaMs: 125_000 }, out: '1/900 runs · ETA 2m05s' },
  ])('prints $out', ({ p, out }) => expect(formatProgress(p)).toBe(out));
});
