// A tiny stand-in HCP for session tests: counts turns, ends after `budget` rep turns.
import type { HcpEngine, HcpState } from '../../../src/hcp/types.js';
import { aState } from '../../builders.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import type { SessionManagerDeps } from '../../../src/session/manager.js';
import { SessionManager } from '../../../src/session/manager.js';
import type { SessionStore } from '../../../src/session/store.js';
import type { Scorecard } from '../../../src/types.js';

export const stateAfter = (turns: number, budget = 100): HcpState =>
  aState({ patience: budget - turns, repTurns: turns });

export function fakeEngine(budget = 100): HcpEngine {
  return {
    name: 'scripted',
    open: async () => ({ text: 'Hello.', cues: [], state: stateAfter(0, budget) }),
    respond: async ({ state, repText }) => {
      const turns = state.repTurns + 1;
      const ended = turns >= budget ? ('time-out' as const) : undefined;
      return {
        text: `Reply ${turns} to: ${repText}`,
        cues: [],
        state: stateAfter(turns, budget),
        ...(ended ? { ended } : {}),
      };
    },
  };
}

/** Scores by counting turns, so tests can see which transcript was scored. */
export const countingScore = (turns: { speaker: string }[]): Scorecard => ({
  overallScore: turns.filter((t) => t.speaker === 'rep').length,
  band: null,
  metricResults: [],
  rubricVersion: 'test',
  rubricHash: 'test',
});

export function managerOn(
  store: SessionStore,
  o: { budget?: number; ids?: string[]; cacheSize?: number } & Pick<SessionManagerDeps, 'history' | 'onWarning'> = {},
): SessionManager {
  let n = 0;
  const ids = o.ids ?? Array.from({ length: 50 }, (_, i) => i.toString(16).padStart(32, '0'));
  const engine = fakeEngine(o.budget);
  return new SessionManager({
    store,
    engine: () => engine,
    replay: (_s, _seed, texts, from) => stateAfter((from?.repTurns ?? 0) + texts.length, o.budget),
    score: countingScore,
    clock: () => 1_700_000_000_000 + n * 1000,
    newId: () => ids[n++]!,
    newSeed: () => 42,
    history: o.history,
    onWarning: o.onWarning,
    cacheSize: o.cacheSize,
  });
}

export const aScenario = (): Scenario =>
  ({ id: 'test-scenario', title: 'Test', hcp: { name: 'Dr. Test' } }) as unknown as Scenario;
