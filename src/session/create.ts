// Wires the one SessionManager: journal store, HCP engines, scorer, history, clock and ids.
import { randomBytes, randomInt } from 'node:crypto';
import { createScriptedEngine, type HcpEngine, type HcpState, open, step } from '../hcp/index.js';
import { DEFAULT_RUBRIC, scoreTranscript, type Rubric } from '../scoring/index.js';
import type { Scenario } from '../scenario/index.js';
import { UsageError } from '../errors.js';
import type { LockOptions, WriteFn } from '../store/index.js';
import { createFileStore } from './file-store.js';
import { createHistoryBook, type HistoryBook } from './history-book.js';
import { SessionManager, type SessionManagerDeps } from './manager.js';
import type { SessionStore } from './store.js';

export interface SessionKitOptions {
  store: SessionStore;
  /** Where ended sessions are recorded; none for batch runs. */
  history?: HistoryBook;
  rubric?: Rubric;
  /** Extra engines by name (e.g. 'llm'); 'scripted' is always there. */
  engines?: Record<string, HcpEngine>;
  clock?: () => number;
  newId?: () => string;
  newSeed?: () => number;
  onWarning?: (message: string) => void;
  afterEndEvent?: () => void;
  cacheSize?: number;
}

/** The journals and history of a data dir, sharing one lock owner and one write function. */
export function openDataStores(
  dir: { sessions: string; history: string },
  o: { lock?: LockOptions; write?: WriteFn; repairEveryMs?: number } = {},
) {
  const store = createFileStore(dir.sessions, { lock: o.lock, write: o.write });
  const history = createHistoryBook({
    file: dir.history,
    store,
    lock: o.lock,
    write: o.write,
    repairEveryMs: o.repairEveryMs,
  });
  return { store, history };
}

/** Pure replay of rep turns through the scripted state machine (resume = replay). */
export function replayState(scenario: Scenario, seed: number, repTexts: readonly string[], from?: HcpState): HcpState {
  let state = from ?? open(scenario, seed).state;
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
      if (!engine)
        throw new UsageError(
          `unknown HCP engine "${name}"`,
          undefined,
          `use one of: ${Object.keys(engines).join(', ')}`,
        );
      return engine;
    },
    replay: replayState,
    score: (turns, meta) => scoreTranscript(turns, rubric, meta),
    clock: o.clock ?? Date.now,
    newId: o.newId ?? (() => randomBytes(16).toString('hex')),
    newSeed: o.newSeed ?? (() => randomInt(1, 2 ** 31 - 1)),
    onWarning: o.onWarning,
    history: o.history,
    afterEndEvent: o.afterEndEvent,
    cacheSize: o.cacheSize,
  };
  return new SessionManager(deps);
}
