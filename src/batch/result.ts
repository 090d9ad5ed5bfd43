// What one batch run produced, and the report summary: pure data, identical whatever --jobs was.
import type { Session } from '../session/index.js';
import type { Band, ComplianceFlag } from '../types.js';
import { runOutcome, type RunOutcome } from './outcome.js';
import type { PlannedRun } from './plan.js';

export type EndReason = NonNullable<Session['endReason']>;

export interface TranscriptLine {
  speaker: 'rep' | 'customer';
  text: string;
  cues?: string[];
}

/** One run in a report. No wall-clock times or session ids, so reports compare byte for byte. */
export interface RunResult {
  /** Position in the full expanded list (files × runs × repeats); merge orders by it. */
  index: number;
  name: string;
  file: string;
  scenario: string;
  seed: number;
  hcp: string;
  tags: string[];
  repetition: number;
  overallScore: number | null;
  band: Band | null;
  metrics: Record<string, number | null>;
  passed: boolean;
  failures: string[];
  endReason: EndReason;
  /** Set when the HCP ended the conversation before every scripted turn was said. */
  endedEarly: EndReason | null;
  /** Rep turns actually said. */
  repTurns: number;
  /** Where the HCP was left: openness, commitment, objections, priorities, its end reason. */
  outcome: RunOutcome;
  transcript: TranscriptLine[];
  /** Compliance flags (issue #17); absent in reports written before them. */
  compliance?: ComplianceFlag[];
  rubricVersion: string;
  rubricHash: string;
  /** Who the runs stand for (`batch --rep`, ROLEPLAY_REP); absent otherwise (issue 18). */
  rep?: string;
  /** When the runs count as practiced (`batch --date`), ISO 8601; absent otherwise, so reports stay byte-identical. */
  date?: string;
}

export interface BatchSummary {
  count: number;
  passed: number;
  failed: number;
  meanOverall: number | null;
  meanPerMetric: Record<string, number | null>;
}

export interface BatchReport {
  runs: RunResult[];
  summary: BatchSummary;
}

export function toRunResult(
  p: PlannedRun,
  session: Session,
  failures: string[],
  endedEarly: EndReason | null,
): RunResult {
  const card = session.scorecard!;
  return {
    index: p.index,
    name: p.run.name,
    file: p.run.file,
    scenario: p.run.scenarioData.id,
    seed: p.seed,
    hcp: p.run.hcp,
    tags: p.run.tags,
    repetition: p.repetition,
    overallScore: card.overallScore,
    band: card.band,
    metrics: Object.fromEntries(card.metricResults.map((m) => [m.id, m.score])),
    passed: failures.length === 0,
    failures,
    endReason: session.endReason ?? 'rep-ended',
    endedEarly,
    repTurns: session.repTurns,
    outcome: runOutcome(session.hcpState, session.scenario, session.turns, session.hcpEnded),
    transcript: session.turns.map(({ speaker, text, cues }) =>
      cues && cues.length > 0 ? { speaker, text, cues } : { speaker, text },
    ),
    compliance: card.compliance?.flags ?? [],
    rubricVersion: card.rubricVersion,
    rubricHash: card.rubricHash,
  };
}

/** Means over applicable scores only (n/a is never averaged as a number), rounded to 0.01. */
export function summarize(runs: readonly RunResult[]): BatchSummary {
  const ids = [...new Set(runs.flatMap((r) => Object.keys(r.metrics)))];
  const passed = runs.filter((r) => r.passed).length;
  return {
    count: runs.length,
    passed,
    failed: runs.length - passed,
    meanOverall: mean(runs.map((r) => r.overallScore)),
    meanPerMetric: Object.fromEntries(ids.map((id) => [id, mean(runs.map((r) => r.metrics[id] ?? null))])),
  };
}

function mean(values: readonly (number | null)[]): number | null {
  const scores = values.filter((v): v is number => v !== null);
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
}

export const toReport = (runs: RunResult[]): BatchReport => ({ runs, summary: summarize(runs) });

/** "name" or "name #2" under --repeat. */
export const displayName = (r: Pick<RunResult, 'name' | 'repetition'>): string =>
  r.repetition > 1 ? `${r.name} #${r.repetition}` : r.name;
