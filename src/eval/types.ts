// Data shapes of an evaluation: labeled conversations in, plain observations to the agreement math.
import type { Turn } from '../types.js';
import type { LabelBand, OverallBand } from './band.js';

/** One validated `<id>.json` of a labeled folder (docs/scoring.md, docs/data-formats.md), with its `.acts.json` when read. */
export interface LabeledConversation {
  id: string;
  /** The file as the user named it, for messages. */
  file: string;
  author: string;
  turns: Turn[];
  /** Consensus band per metric id. */
  expected: Record<string, LabelBand>;
  expectedOverall: OverallBand;
  /** Gold acts of each turn (docs/scoring.md "From turns to acts"), each act once; absent when there is no `.acts.json`. */
  acts?: string[][];
}

/** What the scorer made of one labeled conversation, as plain data so the math is testable without it. */
export interface Observation {
  id: string;
  author: string;
  /** Trainers' consensus band per metric id. */
  labels: Record<string, LabelBand>;
  overallLabel: OverallBand;
  /** Scorer's 1–5 score per metric id; null when it found the metric not applicable. */
  scores: Record<string, number | null>;
  overallScore: number | null;
}

/** Gold and predicted acts of every turn of one conversation, same indexes as its transcript. */
export interface ActObservation {
  id: string;
  gold: readonly (readonly string[])[];
  predicted: readonly (readonly string[])[];
}
