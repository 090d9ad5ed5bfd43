// Data shapes shared by every layer (docs/data-formats.md: keep names stable).
export type Speaker = 'rep' | 'customer';

/** The longest turn accepted anywhere (REPL, start/respond, HTTP, transcripts, run files): a turn, not a document. */
export const MAX_TURN_CHARS = 20_000;

export interface Turn {
  speaker: Speaker;
  text: string;
  /** Milliseconds since the epoch, when known. */
  t?: number;
}

export interface Evidence {
  turn: number;
  quote: string;
}

export interface ComponentResult {
  name: string;
  score: number | null;
  applicable: boolean;
  weight: number;
  rationale: string;
  evidence: Evidence[];
}

export interface MetricResult {
  id: string;
  metric: string;
  optional: boolean;
  score: number | null;
  applicable: boolean;
  components: ComponentResult[];
}

export type Band = 'Exceptional' | 'Strong' | 'Developing' | 'Emerging' | 'Needs focus';

/** What a rep must never say to an HCP (issue #17): one flag per violation, from the rubric's compliance rules. */
export type ComplianceKind =
  | 'misquoted_data'
  | 'absolute_claim'
  | 'off_label'
  | 'minimizing_safety'
  | 'missing_fair_balance'
  | 'disparaging_competitor'
  | 'adverse_event_not_routed';

export interface ComplianceFlag {
  kind: ComplianceKind;
  /** 0-based turn index, as in evidence. */
  turn: number;
  quote: string;
  rule: string;
  sayInstead: string;
}

export interface ComplianceResult {
  flags: ComplianceFlag[];
  /** Whether the scenario's compliance data (facts, label, fair balance, competitors) was known. */
  scenarioChecked: boolean;
}

export interface Scorecard {
  overallScore: number | null;
  band: Band | null;
  metricResults: MetricResult[];
  rubricVersion: string;
  rubricHash: string;
  /** Set when there was nothing to score (e.g. no rep turn). */
  note?: string;
  scenarioId?: string;
  sessionId?: string;
  /** Compliance flags (issue #17); absent on scorecards made before it. */
  compliance?: ComplianceResult;
}
