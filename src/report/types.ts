// The trainer's report (issue 18): one practiced session as the report reads it, and the report as data.

/** One ended session or batch run, whatever file it came from. */
export interface PracticeRecord {
  /** Session id; a batch run gets one derived from what identifies it (duplicates count once). */
  id: string;
  /** Who practiced; null for sessions from before issue 18 or without --rep. */
  rep: string | null;
  scenarioId: string;
  title: string;
  /** When it was practiced (ms since the epoch): a session's end, a batch run's --date. */
  at: number;
  overallScore: number | null;
  band: string | null;
  metrics: Record<string, number | null>;
  /** Why it ended: time-out, walk-out, commitment, rep-ended. */
  endReason: string;
  /** The HCP agreed to a next step. */
  committed: boolean;
  walkedOut: boolean;
  /** Kinds of the compliance flags the session raised (issue 17); [] for none or before issue 17. */
  compliance: string[];
  repTurns: number;
  tags: string[];
  /** The file it was read from, for the drill-down. */
  source: string;
  /** Per metric, its weakest component when the file holds components (journals). */
  weakComponents: Record<string, string>;
}

export type Trend = 'up' | 'down' | 'flat' | null;

export interface MetricMean {
  mean: number | null;
  trend: Trend;
}

export interface RepRow {
  rep: string;
  sessions: number;
  meanOverall: number | null;
  metrics: Record<string, MetricMean>;
  /** Sessions with at least one compliance flag. */
  flagged: number;
  flags: Record<string, number>;
  lastPractice: number;
  lastSessionId: string;
}

export interface Distribution {
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
  /** Session scores per half-point bin from 1 up: [1,1.5), [1.5,2), … [4.5,5]. */
  bins: number[];
}

export interface TrendPoint {
  /** Monday of the ISO week (UTC), YYYY-MM-DD. */
  week: string;
  mean: number | null;
  n: number;
}

export interface MetricSection {
  id: string;
  name: string;
  distribution: Distribution;
  /** Team mean per week, oldest first. */
  team: TrendPoint[];
  /** Each rep's mean per week, on the same weeks as `team`. */
  byRep: Record<string, TrendPoint[]>;
}

export interface WeakestRow {
  rep: string;
  metricId: string;
  metric: string;
  mean: number;
  /** The coaching line given most often for that metric in this rep's sessions. */
  coaching: string;
  /** How many of the rep's sessions got that line. */
  coachingCount: number;
}

export interface ScenarioRow {
  scenarioId: string;
  title: string;
  attempts: number;
  meanOverall: number | null;
  committed: number;
  walkedOut: number;
}

/** A session as the drill-down lists it: its record, named ("(no name)") and with its flag kinds once each. */
export interface SessionRow extends Omit<PracticeRecord, 'rep' | 'compliance' | 'tags' | 'weakComponents'> {
  rep: string;
  flags: string[];
}

export interface TeamReport {
  sessions: number;
  from: number;
  to: number;
  metrics: { id: string; name: string }[];
  reps: RepRow[];
  metricSections: MetricSection[];
  weakest: WeakestRow[];
  scenarios: ScenarioRow[];
  sessionRows: SessionRow[];
}
