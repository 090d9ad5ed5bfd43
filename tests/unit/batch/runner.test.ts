// The runner: input order whatever finishes first, --fail-fast, early endings and progress events.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchProgress, type PlannedRun } from '../../../src/batch/index.js';
import type { HcpEngine, HcpState } from '../../../src/hcp/types.js';
import { SessionManager, createMemoryStore } from '../../../src/session/index.js';
import type { Turn } from '../../../src/types.js';
import { aState } from '../../builders.js';
import { aLoadedRun, aPlannedRun } from './builders.js';

const stateAfter = (turns: number): HcpState => aState({ patience: 10, repTurns: turns });

/** Replies after a delay that depends on the seed, so later runs often finish first; "bye" ends it. */
const slowEngine: HcpEngine = {
  name: 'scripted',
  open: async () => ({ text: 'Hello.', cues: [], state: stateAfter(0) }),
  respond: async ({ state, repText, seed }) => {
    await sleep((seed * 7) % 5);
    const ended = repText === 'bye' ? ('walk-out' as const) : undefined;
    return {
      text: `Reply to: ${repText}`,
      cues: [],
      state: stateAfter(state.repTurns + 1),
      ...(ended ? { ended } : {}),
    };
  },
};

/** Overall score = the number of rep turns, so expectations are easy to aim. */
function aManager(): SessionManager {
  let n = 0;
  return new SessionManager({
    store: createMemoryStore(),
    engine: () => slowEngine,
    replay: (_s, _seed, texts, from) => stateAfter((from?.repTurns ?? 0) + texts.length),
    score: (turns: Turn[]) => {
      const reps = turns.filter((t) => t.speaker === 'rep').length;
      return { overallScore: reps, band: null, metricResults: [], rubricVersion: 'test', rubricHash: 'test' };
    },
    clock: () => 0,
    newId: () => (n++).toString(16).padStart(32, '0'),
    newSeed: () => 1,
  });
}

const planned = (n: number, o: (i: number) => Partial<PlannedRun['run']> = () => ({})): PlannedRun[] =>
  Array.from({ length: n }, (_, i) =>
    aPlannedRun({ index: i, seed: n - i, run: aLoadedRun({ name: `run ${i}`, turns: ['one', 'two'], ...o(i) }) }),
  );

describe('runBatch', () => {
  it.each([1, 3, 8])('returns results in input order with --jobs %i', async (jobs) => {
    const { results } = await runBatch(planned(12), aManager(), { jobs });
    expect(results.map((r) => r.name)).toEqual(Array.from({ length: 12 }, (_, i) => `run ${i}`));
  });

  it('gives the same results whatever --jobs is', async () => {
    const one = await runBatch(planned(10), aManager(), { jobs: 1 });
    const four = await runBatch(planned(10), aManager(), { jobs: 4 });
    expect(JSON.stringify(four.results)).toBe(JSON.stringify(one.results));
  });

  it('marks a run failed with the expectation it missed', async () => {
    const { results } = await runBatch(
      planned(2, (i) => ({ expect: { minOverall: i === 1 ? 3 : 1 } })),
      aManager(),
      { jobs: 2 },
    );
    expect(results.map((r) => [r.passed, r.failures])).toEqual([
      [true, []],
      [false, ['overall 2.0 < minOverall 3.0']],
    ]);
  });

  it('stops sending turns when the HCP ends the conversation, and says so', async () => {
    const { results } = await runBatch(
      planned(1, () => ({ turns: ['one', 'bye', 'three'] })),
      aManager(),
      { jobs: 1 },
    );
    expect(results[0]).toMatchObject({ repTurns: 2, endReason: 'walk-out', endedEarly: 'walk-out' });
    expect(results[0]!.transcript.map((t) => t.text)).toEqual([
      'Hello.',
      'one',
      'Reply to: one',
      'bye',
      'Reply to: bye',
    ]);
  });

  it('does not call an ending on the last scripted turn early', async () => {
    const { results } = await runBatch(
      planned(1, () => ({ turns: ['one', 'bye'] })),
      aManager(),
      { jobs: 1 },
    );
    expect(results[0]).toMatchObject({ endReason: 'walk-out', endedEarly: null });
  });

  it('starts no new run after the first failure with --fail-fast, and reports what ran', async () => {
    const runs = planned(6, (i) => ({ expect: { minOverall: i === 1 ? 5 : 0 } }));
    const { results, notStarted } = await runBatch(runs, aManager(), { jobs: 1, failFast: true });
    expect(results.map((r) => r.name)).toEqual(['run 0', 'run 1']);
    expect(notStarted).toBe(4);
  });

  it('applies --min-score to every run', async () => {
    const { results } = await runBatch(planned(1), aManager(), { jobs: 1, minScore: 2.5 });
    expect(results[0]!.failures).toEqual(['overall 2.0 < --min-score 2.5']);
  });

  it('reports progress from 0 to the total with failures so far and an ETA', async () => {
    const events: BatchProgress[] = [];
    let t = 0;
    const runs = planned(3, (i) => ({ expect: { minOverall: i === 0 ? 5 : 0 } }));
    await runBatch(runs, aManager(), { jobs: 1, onProgress: (p) => events.push(p), clock: () => (t += 100) });
    expect(events.map((e) => [e.done, e.total, e.failures])).toEqual([
      [0, 3, 0],
      [1, 3, 1],
      [2, 3, 1],
      [3, 3, 1],
    ]);
    // The clock ticks 100 ms a read: after run 1, 100 ms for 1 of 3, so 200 ms to go; after run 2, 100.
    expect(events.map((e) => e.etaMs)).toEqual([null, 200, 100, 0]);
  });

  it('returns an empty outcome for an empty shard', async () => {
    expect(await runBatch([], aManager(), { jobs: 4 })).toEqual({ results: [], notStarted: 0 });
  });
});
