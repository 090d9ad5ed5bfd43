// Journal events: the source of truth for a session. A session is the fold of its events.
import type { Scenario } from '../scenario/index.js';
import type { EndReason } from '../hcp/index.js';
import type { Scorecard } from '../types.js';

export const JOURNAL_VERSION = 1;

export interface StartEvent {
  type: 'start';
  v: typeof JOURNAL_VERSION;
  sessionId: string;
  /** A copy of the scenario, so the journal alone can resume or score the session. */
  scenario: Scenario;
  seed: number;
  engine: string;
  /** Who practiced (`--rep`, ROLEPLAY_REP); journals written before issue 18 have none. */
  rep?: string;
  t: number;
  opening: { text: string; cues: string[] };
}

export interface RepEvent {
  type: 'rep';
  turn: number;
  text: string;
  t: number;
}

export interface HcpEvent {
  type: 'hcp';
  turn: number;
  text: string;
  cues: string[];
  t: number;
  ended?: EndReason;
  /** Set when an LLM failed and the scripted words were used for this turn. */
  fallback?: boolean;
}

export interface EndEvent {
  type: 'end';
  t: number;
  reason: EndReason;
  scorecard: Scorecard;
}

export type SessionEvent = StartEvent | RepEvent | HcpEvent | EndEvent;
