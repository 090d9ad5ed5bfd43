// Turns each kind of input (a history line, an ended journal, a batch run) into one PracticeRecord.
import { createHash } from 'node:crypto';
import type { RunResult } from '../batch/index.js';
import type { HistoryEntry } from '../store/index.js';
import type { MetricResult, Scorecard } from '../types.js';
import type { PracticeRecord } from './types.js';

export function fromHistoryEntry(e: HistoryEntry, source: string): PracticeRecord {
  return {
    id: e.sessionId,
    rep: e.rep ?? null,
    scenarioId: e.scenarioId,
    title: e.title,
    at: e.endedAt,
    overallScore: e.overallScore,
    band: e.band,
    metrics: e.metrics,
    endReason: e.reason,
    committed: e.reason === 'commitment',
    walkedOut: e.reason === 'walk-out',
    compliance: e.compliance ?? [],
    repTurns: e.repTurns,
    tags: [],
    source,
    weakComponents: {},
  };
}

/** What the report needs of an ended session folded from its journal. */
export interface EndedSession {
  id: string;
  rep?: string;
  scenario: { id: string; title: string };
  updatedAt: number;
  repTurns: number;
  endReason?: string;
  scorecard?: Pick<Scorecard, 'overallScore' | 'band' | 'metricResults' | 'compliance'>;
}

export function fromSession(s: EndedSession, source: string): PracticeRecord {
  const card = s.scorecard!;
  const reason = s.endReason ?? 'rep-ended';
  return {
    id: s.id,
    rep: s.rep ?? null,
    scenarioId: s.scenario.id,
    title: s.scenario.title,
    at: s.updatedAt,
    overallScore: card.overallScore,
    band: card.band,
    metrics: Object.fromEntries(card.metricResults.map((m) => [m.id, m.score])),
    endReason: reason,
    committed: reason === 'commitment',
    walkedOut: reason === 'walk-out',
    compliance: card.compliance?.flags.map((f) => f.kind) ?? [],
    repTurns: s.repTurns,
    tags: [],
    source,
    weakComponents: Object.fromEntries(card.metricResults.flatMap((m) => weakest(m))),
  };
}

function weakest(m: MetricResult): [string, string][] {
  let low: { name: string; score: number } | undefined;
  for (const c of m.components)
    if (c.applicable && c.score !== null && (low === undefined || c.score < low.score))
      low = { name: c.name, score: c.score };
  return low ? [[m.id, low.name]] : [];
}

export type ReportRun = Pick<
  RunResult,
  'index' | 'name' | 'file' | 'scenario' | 'seed' | 'repetition' | 'overallScore' | 'metrics' | 'endReason' | 'repTurns'
> & {
  compliance?: { kind: string }[];
  band: string | null;
  outcome: { commitment: string };
  tags?: string[];
  rep?: string;
  date?: string;
};

/**
 * Batch runs have no session id: one is derived from what makes a run itself, so the same report
 * read twice (or as JSON and as JSONL) counts once, while another rep's or another day's does not.
 */
export function runId(r: ReportRun): string {
  const key = JSON.stringify([
    r.rep ?? null,
    r.date ?? null,
    r.file,
    r.name,
    r.scenario,
    r.seed,
    r.repetition,
    r.index,
  ]);
  return `run-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}

/** `at` for a run without --date: when its report was written. */
export function fromRun(r: ReportRun, fallbackAt: number, source: string): PracticeRecord {
  const dated = r.date === undefined ? NaN : Date.parse(r.date);
  return {
    id: runId(r),
    rep: r.rep ?? null,
    scenarioId: r.scenario,
    title: r.scenario,
    at: Number.isFinite(dated) ? dated : fallbackAt,
    overallScore: r.overallScore,
    band: r.band,
    metrics: r.metrics,
    endReason: r.endReason,
    committed: r.outcome.commitment === 'agreed',
    walkedOut: r.endReason === 'walk-out',
    compliance: (r.compliance ?? []).map((f) => f.kind),
    repTurns: r.repTurns,
    tags: r.tags ?? [],
    source,
    weakComponents: {},
  };
}
