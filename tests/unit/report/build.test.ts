// The report's numbers equal a direct computation over the same records (issue 18): every table
// cell below is recomputed here with plain loops, on a seeded random team.
import { describe, expect, it } from 'vitest';
import { applyFilter, buildTeamReport, dedupe, weekOf, type PracticeRecord } from '../../../src/report/index.js';
import { aRecord, day } from './builders.js';

/** mulberry32: a fixed seed gives the same team every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IDS = ['question_quality', 'listening_responsiveness', 'making_it_matter', 'objection_navigation'];

function aTeam(seed: number, n: number): PracticeRecord[] {
  const rnd = prng(seed);
  const score = () => (rnd() < 0.1 ? null : Math.round((1 + rnd() * 4) * 10) / 10);
  return Array.from({ length: n }, (_, i) => {
    const end = ['rep-ended', 'commitment', 'walk-out', 'time-out'][Math.floor(rnd() * 4)]!;
    return aRecord({
      id: `id${i}`,
      rep: ['Ana', 'Ben', 'Chloé', null][Math.floor(rnd() * 4)]!,
      scenarioId: ['a', 'b', 'c'][Math.floor(rnd() * 3)]!,
      at: day(Math.floor(rnd() * 28)) + i,
      overallScore: score(),
      metrics: Object.fromEntries(IDS.map((id) => [id, score()])),
      endReason: end,
      committed: end === 'commitment',
      walkedOut: end === 'walk-out',
      compliance: rnd() < 0.3 ? ['absolute_claim', ...(rnd() < 0.5 ? ['absolute_claim', 'misquoted_data'] : [])] : [],
      tags: rnd() < 0.5 ? ['discovery'] : [],
    });
  });
}

// Half up whatever order the sum was taken in (the report's rounding, src/report/stats.ts).
const r2 = (n: number) => Math.round(n * 100 + 1e-7) / 100;
function directMean(values: (number | null | undefined)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (typeof v !== 'number') continue;
    sum += v;
    n++;
  }
  return n === 0 ? null : r2(sum / n);
}

describe('buildTeamReport', () => {
  const team = aTeam(18, 400);
  const report = buildTeamReport(team);

  it('gives each rep the sessions, means, flags and last practice a direct count gives', () => {
    const names = [...new Set(team.map((r) => r.rep ?? '(no name)'))].sort((a, b) => a.localeCompare(b, 'en'));
    expect(report.reps.map((r) => r.rep)).toEqual(names);
    for (const row of report.reps) {
      const mine = team.filter((r) => (r.rep ?? '(no name)') === row.rep);
      expect(row.sessions).toBe(mine.length);
      expect(row.meanOverall).toBe(directMean(mine.map((r) => r.overallScore)));
      for (const id of IDS)
        expect(row.metrics[id]!.mean, `${row.rep} ${id}`).toBe(directMean(mine.map((r) => r.metrics[id])));
      expect(row.flagged).toBe(mine.filter((r) => r.compliance.length > 0).length);
      // A kind counts once per session, however often the session raised it.
      expect(row.flags.absolute_claim).toBe(mine.filter((r) => r.compliance.includes('absolute_claim')).length);
      expect(row.flags.misquoted_data).toBe(mine.filter((r) => r.compliance.includes('misquoted_data')).length);
      expect(row.flags.off_label).toBe(0);
      expect(row.lastPractice).toBe(Math.max(...mine.map((r) => r.at)));
    }
  });

  it('counts attempts, mean score, commitments and walk-outs per scenario', () => {
    for (const s of report.scenarios) {
      const mine = team.filter((r) => r.scenarioId === s.scenarioId);
      expect([s.attempts, s.meanOverall, s.committed, s.walkedOut]).toEqual([
        mine.length,
        directMean(mine.map((r) => r.overallScore)),
        mine.filter((r) => r.endReason === 'commitment').length,
        mine.filter((r) => r.endReason === 'walk-out').length,
      ]);
    }
    expect(report.scenarios.reduce((n, s) => n + s.attempts, 0)).toBe(team.length);
  });

  it('gives each metric its weekly team mean and its distribution', () => {
    for (const id of IDS) {
      const section = report.metricSections.find((m) => m.id === id)!;
      for (const p of section.team)
        expect(p.mean, `${id} ${p.week}`).toBe(
          directMean(team.filter((r) => weekOf(r.at) === p.week).map((r) => r.metrics[id])),
        );
      const values = team.map((r) => r.metrics[id]).filter((v): v is number => typeof v === 'number');
      expect(section.distribution.n).toBe(values.length);
      expect(section.distribution.bins.reduce((a, b) => a + b, 0)).toBe(values.length);
      expect([section.distribution.min, section.distribution.max]).toEqual([Math.min(...values), Math.max(...values)]);
    }
  });

  it('names as weakest the metric with the lowest mean for each rep', () => {
    for (const w of report.weakest) {
      const row = report.reps.find((r) => r.rep === w.rep)!;
      const means = IDS.map((id) => row.metrics[id]!.mean).filter((v): v is number => v !== null);
      expect(w.mean).toBe(Math.min(...means));
      expect(w.coaching).not.toBe('');
    }
  });

  it('lists every session once in the drill-down', () => {
    expect(new Set(report.sessionRows.map((s) => s.id)).size).toBe(team.length);
  });
});

describe('selecting records', () => {
  it('counts a session in two files once', () => {
    const a = aRecord({ id: 'same' });
    const { records, duplicates } = dedupe([
      a,
      { ...a, source: 'other.jsonl', weakComponents: { question_quality: 'depth' } },
      aRecord({ id: 'other' }),
    ]);
    expect(records.map((r) => r.id)).toEqual(['same', 'other']);
    expect(duplicates).toBe(1);
    expect(records[0]!.weakComponents).toEqual({ question_quality: 'depth' });
  });

  it.each([
    { f: { since: day(1) }, ids: ['b', 'c'] },
    { f: { until: day(1) }, ids: ['a', 'b'] },
    { f: { reps: ['ben'] }, ids: ['b'] },
    { f: { reps: ['(no name)'] }, ids: ['c'] },
    { f: { scenarios: ['x'] }, ids: ['a', 'c'] },
    { f: { tags: ['smoke'] }, ids: ['c'] },
  ])('keeps $ids for $f', ({ f, ids }) => {
    const records = [
      aRecord({ id: 'a', rep: 'Ana', at: day(0), scenarioId: 'x' }),
      aRecord({ id: 'b', rep: 'Ben', at: day(1), scenarioId: 'y' }),
      aRecord({ id: 'c', rep: null, at: day(2), scenarioId: 'x', tags: ['smoke'] }),
    ];
    expect(applyFilter(records, f).map((r) => r.id)).toEqual(ids);
  });
});
