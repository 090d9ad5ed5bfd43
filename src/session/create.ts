// Wires the one SessionManager: journal store, HCP engines, scorer, history, clock and ids.
import { randomBytes, randomInt } from 'node:crypto';
import { createScriptedEngine, open, step } from '../hcp/index.js';
import type { HcpEngine, HcpState } from '../hcp/types.js';
import { DEFAULT_RUBRIC, scoreTranscript, type Rubric } from '../scoring/index.js';
import type { Scenario } from '../scenario/schema.js';
import { UsageError } from '../errors.js';
import { appendHistory } from '../store/history.js';
import { SessionManager, type SessionManagerDeps } from './manager.js';
import type { Session } from './session.js';
import type { SessionStore } from './store.js';

export interface SessionKitOptions {
  store: SessionStore;
  /** history.jsonl to append to when a session ends; none for batch runs. */
  historyFile?: string;
  rubric?: Rubric;
  /** Extra engines by name (e.g. 'llm'); 'scripted' is always there. */
  engines?: Record<string, HcpEngine>;
  clock?: () => number;
  newId?: () => string;
  newSeed?: () => number;
  onWarning?: (message: string) => void;
}

/** Pure replay of rep turns through the scripted state machine (resume = replay). */
export function replayState(scenario: Scenario, seed: number, repTexts: readonly string[]): HcpState {
  let state = open(scenario, seed).state;
  for (const text of repTexts) state = step(state, text, scenario, seed).reply.state;
  return state;
}

export function createSessionManager(o: SessionKitOptions): SessionManager {
  const rubric = o.rubric ?? DEFAULT_RUBRIC;
  const engines: Record<string, HcpEngine> = { scripted: createScriptedEngine(), ...o.engines };
  const deps: SessionManagerDeps = {
    store: o.store,
    engine(name) {
      const engine = engines[name];
      if (!engine) throw new UsageError(`unknown HCP engine "${name}"`, undefined, `use one of: ${Object.keys(engines).join(', ')}`);
      return engine;
    },
    replay: replayState,
    score: (turns, meta) => scoreTranscript(turns, rubric, meta),
    clock: o.clock ?? Date.now,
    newId: o.newId ?? (() => randomBytes(16).toString('hex')),
    newSeed: o.newSeed ?? (() => randomInt(1, 2 ** 31 - 1)),
    onWarning: o.onWarning,
    onEnded: o.historyFile ? (s) => appendHistory(o.historyFile!, toHistoryEntry(s)) : undefined,
  };
  return new SessionManager(deps);
}

function toHistoryEntry(s: Session) {
  const card = s.scorecard!;
  return {
    sessionId: s.id,
    scenarioId: s.scenario.id,
    title: s.scenario.title,
    startedAt: s.startedAt,
    endedAt: s.updatedAt,
    reason: s.endReason ?? 'rep-ended',
    repTurns: s.repTurns,
    overallScore: card.overallScore,
    band: card.band,
    metrics: Object.fromEntries(card.metricResults.map((m) => [m.id, m.score])),
    rubricVersion: card.rubricVersion,
  };
}
