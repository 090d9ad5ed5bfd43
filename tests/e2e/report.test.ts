// Issue 18 end to end: scripts/report-dataset.mjs plays 5 reps × 4 weeks × 3 scenarios through
// `batch --rep --date`; `roleplay report` turns them into HTML that headless Chromium opens, and
// JSON whose numbers equal a direct computation over the batch reports themselves.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeamReport } from '../../src/report/index.js';
import { ROOT } from '../support/paths.js';
import { runBin, tempDir } from '../support/spawn.js';

const run = promisify(execFile);
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const NO_CHROMIUM = CHROMIUM ? '' : ' [skipped: no /usr/bin/chromium; `apt-get install chromium` to run it]';

interface Run {
  rep: string;
  date: string;
  scenario: string;
  overallScore: number | null;
  metrics: Record<string, number | null>;
  endReason: string;
  outcome: { commitment: string };
}

// Half up whatever order the sum was taken in (the report's rounding, src/report/stats.ts).
const r2 = (n: number) => Math.round(n * 100 + 1e-7) / 100;
const meanOf = (xs: (number | null | undefined)[]) => {
  const s = xs.filter((x): x is number => typeof x === 'number');
  return s.length ? r2(s.reduce((a, b) => a + b, 0) / s.length) : null;
};

describe('roleplay report on a generated team', () => {
  let data: string;
  let html: string;
  let runs: Run[];

  beforeAll(async () => {
    data = tempDir();
    await run(process.execPath, [join(ROOT, 'scripts/report-dataset.mjs'), '--out', data], { cwd: ROOT });
    runs = readdirSync(data).flatMap((f) => (JSON.parse(readFileSync(join(data, f), 'utf8')) as { runs: Run[] }).runs);
    html = join(tempDir(), 'team.html');
    const r = await runBin(['report', data, '--out', html]);
    expect([r.code, r.stderr]).toEqual([0, `roleplay: wrote ${html}: 60 session(s)\n`]);
  }, 180_000);

  it('holds 5 reps × 4 weeks × 3 scenarios', () => {
    expect(runs).toHaveLength(60);
    expect(new Set(runs.map((r) => r.rep)).size).toBe(5);
    expect(new Set(runs.map((r) => r.scenario)).size).toBe(3);
    expect(new Set(runs.map((r) => r.date.slice(0, 10))).size).toBe(20);
  });

  it('reports numbers equal to a direct computation over the batch reports', async () => {
    const r = await runBin(['report', data, '--format', 'json']);
    const report = JSON.parse(r.stdout) as TeamReport;
    expect(report.sessions).toBe(60);
    for (const row of report.reps) {
      const mine = runs.filter((x) => x.rep === row.rep);
      expect([row.sessions, row.meanOverall]).toEqual([mine.length, meanOf(mine.map((x) => x.overallScore))]);
      for (const id of Object.keys(mine[0]!.metrics))
        expect(row.metrics[id]!.mean, `${row.rep} ${id}`).toBe(meanOf(mine.map((x) => x.metrics[id])));
      expect(new Date(row.lastPractice).toISOString()).toBe(
        mine
          .map((x) => x.date)
          .sort()
          .at(-1),
      );
    }
    for (const s of report.scenarios) {
      const mine = runs.filter((x) => x.scenario === s.scenarioId);
      expect([s.attempts, s.meanOverall, s.committed, s.walkedOut]).toEqual([
        mine.length,
        meanOf(mine.map((x) => x.overallScore)),
        mine.filter((x) => x.outcome.commitment === 'agreed').length,
        mine.filter((x) => x.endReason === 'walk-out').length,
      ]);
    }
    const overall = report.metricSections.find((m) => m.id === 'overall')!;
    expect(overall.team.map((p) => p.n)).toEqual([15, 15, 15, 15]);
    expect(overall.distribution.mean).toBe(meanOf(runs.map((x) => x.overallScore)));
  });

  it(`opens in headless Chromium with its tables and charts${NO_CHROMIUM}`, async (ctx) => {
    if (!CHROMIUM) return ctx.skip();
    const profile = tempDir('roleplay-chromium-');
    const flags = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ];
    const { stdout: dom } = await run(CHROMIUM, [...flags, '--dump-dom', `file://${html}`], {
      timeout: 90_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const count = (re: RegExp) => dom.match(re)?.length ?? 0;
    const team = dom.match(/<table class="team">[\s\S]*?<\/table>/)?.[0] ?? '';
    expect(team.match(/<tr>/g)).toHaveLength(1 + 5);
    expect(team).toContain('Emma &lt;Lee&gt;');
    // Overall plus eight metrics, each a histogram and a line chart with the team and five reps.
    expect(count(/<figure class="chart line-chart">/g)).toBe(9);
    expect(count(/<figure class="chart histogram">/g)).toBe(9);
    expect(count(/<g class="series"[^>]*><polyline /g)).toBe(9 * 6);
    expect(count(/<tr id="s-\d+">/g)).toBe(60);
    expect(dom).toMatch(/<section id="scenarios">[\s\S]*?(<tr><td>[\s\S]*?){3}<\/tbody>/);
  }, 120_000);
});
