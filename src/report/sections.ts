// The per-metric, per-scenario and weakest-metric parts of the report, from records sorted by time.
import { coachingLine } from './coaching.js';
import { repLabel } from './select.js';
import { halfPointBins, mean, quantile, scored, weekOf } from './stats.js';
import type {
  Distribution,
  MetricSection,
  PracticeRecord,
  RepRow,
  ScenarioRow,
  TrendPoint,
  WeakestRow,
} from './types.js';

/** Exceptional needs no coaching (the end feedback's cut): those sessions give no line. */
const COACH_BELOW = 4.5;

export function distributionOf(values: readonly (number | null)[]): Distribution {
  const xs = scored(values).sort((a, b) => a - b);
  return {
    n: xs.length,
    min: xs.length ? xs[0]! : null,
    q1: quantile(xs, 0.25),
    median: quantile(xs, 0.5),
    q3: quantile(xs, 0.75),
    max: xs.length ? xs.at(-1)! : null,
    mean: mean(xs),
    bins: halfPointBins(xs),
  };
}

/** Scores grouped by week (and by rep and week), each group in record order: one pass per metric. */
function weekly(
  records: readonly PracticeRecord[],
  weekOfRecord: readonly number[],
  repOfRecord: readonly number[],
  weeks: readonly string[],
  reps: number,
  value: (r: PracticeRecord) => number | null,
) {
  const team = weeks.map(() => [] as number[]);
  const byRep = Array.from({ length: reps }, () => weeks.map(() => [] as number[]));
  records.forEach((r, i) => {
    const v = value(r);
    if (typeof v !== 'number') return;
    team[weekOfRecord[i]!]!.push(v);
    byRep[repOfRecord[i]!]![weekOfRecord[i]!]!.push(v);
  });
  const points = (groups: number[][]): TrendPoint[] =>
    groups.map((g, w) => ({ week: weeks[w]!, mean: mean(g), n: g.length }));
  return { team: points(team), byRep: byRep.map(points) };
}

export function metricSections(
  records: readonly PracticeRecord[],
  metrics: readonly { id: string; name: string }[],
  reps: readonly string[],
): MetricSection[] {
  const weekOfRecordText = records.map((r) => weekOf(r.at));
  const weeks = [...new Set(weekOfRecordText)].sort();
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const repIndex = new Map(reps.map((rep, i) => [rep, i]));
  const weekOfRecord = weekOfRecordText.map((w) => weekIndex.get(w)!);
  const repOfRecord = records.map((r) => repIndex.get(repLabel(r))!);
  const section = (id: string, name: string, value: (r: PracticeRecord) => number | null): MetricSection => {
    const trend = weekly(records, weekOfRecord, repOfRecord, weeks, reps.length, value);
    return {
      id,
      name,
      distribution: distributionOf(records.map(value)),
      team: trend.team,
      byRep: Object.fromEntries(reps.map((rep, i) => [rep, trend.byRep[i]!])),
    };
  };
  return [
    section('overall', 'Overall', (r) => r.overallScore),
    ...metrics.map((m) => section(m.id, m.name, (r) => r.metrics[m.id] ?? null)),
  ];
}

/** Per rep, the metric with the lowest mean (ties: rubric order) and the coaching line given most for it. */
export function weakestPerRep(
  records: readonly PracticeRecord[],
  rows: readonly RepRow[],
  metrics: readonly { id: string; name: string }[],
): WeakestRow[] {
  const out: WeakestRow[] = [];
  for (const row of rows) {
    let low: { id: string; name: string; mean: number } | undefined;
    for (const m of metrics) {
      const v = row.metrics[m.id]?.mean;
      if (typeof v === 'number' && (low === undefined || v < low.mean)) low = { ...m, mean: v };
    }
    if (low === undefined) continue;
    const mine = records.filter((r) => repLabel(r) === row.rep && typeof r.metrics[low!.id] === 'number');
    const coached = mine.filter((r) => r.metrics[low!.id]! < COACH_BELOW);
    const { line, count } = mostOften(
      (coached.length ? coached : mine).map((r) => coachingLine(low!.id, r.weakComponents[low!.id])),
    );
    out.push({
      rep: row.rep,
      metricId: low.id,
      metric: low.name,
      mean: low.mean,
      coaching: line,
      coachingCount: count,
    });
  }
  return out;
}

/** The most frequent line; ties go to the alphabetically first, so the report never depends on file order. */
function mostOften(lines: readonly string[]): { line: string; count: number } {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best = { line: '', count: 0 };
  for (const [line, count] of counts)
    if (count > best.count || (count === best.count && line < best.line)) best = { line, count };
  return best;
}

export function scenarioRows(records: readonly PracticeRecord[]): ScenarioRow[] {
  const by = new Map<string, PracticeRecord[]>();
  for (const r of records) {
    const list = by.get(r.scenarioId);
    if (list) list.push(r);
    else by.set(r.scenarioId, [r]);
  }
  return [...by.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([scenarioId, rs]) => ({
      scenarioId,
      title: rs.at(-1)!.title,
      attempts: rs.length,
      meanOverall: mean(rs.map((r) => r.overallScore)),
      committed: rs.filter((r) => r.committed).length,
      walkedOut: rs.filter((r) => r.walkedOut).length,
    }));
}
