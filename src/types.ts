// Data shapes shared by every layer (ARCHITECTURE.md "Data shapes": keep names stable).
export type Speaker = 'rep' | 'customer';

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
}
