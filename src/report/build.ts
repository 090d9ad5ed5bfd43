// The trainer's report as data: team table, metric sections, weakest metrics, scenarios, sessions.
// Pure: renderers (terminal, Markdown, HTML, JSON) only lay it out.
import { flagsOf, FLAGS, type FlagId } from './flags.js';
import { METRIC_BY_ID, METRICS } from './metric-names.js';
import { metricSections, scenarioRows, weakestPerRep } from './sections.js';
import { repLabel } from './select.js';
import { mean, trendOf } from './stats.js';
import type { PracticeRecord, RepRow, SessionRow, TeamReport } from './types.js';

const byTime = (a: PracticeRecord, b: PracticeRecord) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The rubric's metrics first, in its order, then any other id the files hold (their keys are untrusted text). */
export function metricsOf(records: readonly PracticeRecord[]): { id: string; name: string }[] {
  const seen = new Set(records.flatMap((r) => Object.keys(r.metrics)));
  const known = METRICS.map((m) => m.id).filter((id) => seen.has(id));
  const other = [...seen].filter((id) => !METRIC_BY_ID.has(id)).sort();
  return [...known, ...other].map((id) => ({ id, name: METRIC_BY_ID.get(id)?.name ?? id }));
}

function repRow(rep: string, rs: readonly PracticeRecord[], metrics: readonly { id: string }[]): RepRow {
  const flags = Object.fromEntries(Object.keys(FLAGS).map((f) => [f, 0])) as Record<FlagId, number>;
  let flagged = 0;
  for (const r of rs) {
    const fs = flagsOf(r);
    if (fs.length > 0) flagged++;
    for (const f of fs) flags[f]++;
  }
  const last = rs.at(-1)!;
  return {
    rep,
    sessions: rs.length,
    meanOverall: mean(rs.map((r) => r.overallScore)),
    metrics: Object.fromEntries(
      metrics.map((m) => {
        const values = rs.map((r) => r.metrics[m.id] ?? null);
        return [m.id, { mean: mean(values), trend: trendOf(values) }];
      }),
    ),
    flagged,
    flags,
    lastPractice: last.at,
    lastSessionId: last.id,
  };
}

const sessionRow = (r: PracticeRecord): SessionRow => ({
  id: r.id,
  rep: repLabel(r),
  at: r.at,
  scenarioId: r.scenarioId,
  title: r.title,
  overallScore: r.overallScore,
  band: r.band,
  metrics: r.metrics,
  endReason: r.endReason,
  committed: r.committed,
  walkedOut: r.walkedOut,
  repTurns: r.repTurns,
  flags: flagsOf(r),
  source: r.source,
});

/** `records` deduplicated and filtered already; at least one. */
export function buildTeamReport(records: readonly PracticeRecord[]): TeamReport {
  const sorted = [...records].sort(byTime);
  const metrics = metricsOf(sorted);
  const byRep = new Map<string, PracticeRecord[]>();
  for (const r of sorted) {
    const list = byRep.get(repLabel(r));
    if (list) list.push(r);
    else byRep.set(repLabel(r), [r]);
  }
  const repNames = [...byRep.keys()].sort((a, b) => a.localeCompare(b, 'en'));
  const reps = repNames.map((rep) => repRow(rep, byRep.get(rep)!, metrics));
  return {
    sessions: sorted.length,
    from: sorted[0]?.at ?? 0,
    to: sorted.at(-1)?.at ?? 0,
    metrics,
    reps,
    metricSections: metricSections(sorted, metrics, repNames),
    weakest: weakestPerRep(sorted, reps, metrics),
    scenarios: scenarioRows(sorted),
    sessionRows: repNames.flatMap((rep) => byRep.get(rep)!.map(sessionRow)),
  };
}
