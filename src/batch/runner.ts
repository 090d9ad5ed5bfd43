// Plays planned runs through the one SessionManager, --jobs at a time, results in input order.
import { setImmediate as nextTick } from 'node:timers/promises';
import type { SessionManager } from '../session/index.js';
import { checkExpectations } from './expect.js';
import type { PlannedRun } from './plan.js';
import { toRunResult, type EndReason, type RunResult } from './result.js';

export interface BatchProgress {
  done: number;
  total: number;
  failures: number;
  /** Estimated milliseconds left; null before the first run finishes. */
  etaMs: number | null;
}

export interface RunnerOptions {
  jobs: number;
  failFast?: boolean;
  minScore?: number;
  /** Any compliance flag fails the run (`--fail-on-flag`). */
  failOnFlag?: boolean;
  onProgress?(p: BatchProgress): void;
  /** For the ETA only; never reaches a result. */
  clock?(): number;
}

export interface BatchOutcome {
  /** In input order, whatever finished first. */
  results: RunResult[];
  /** Runs never started because --fail-fast stopped the batch. */
  notStarted: number;
}

export type BatchSessions = Pick<SessionManager, 'start' | 'respond' | 'end'>;

export async function runBatch(
  planned: readonly PlannedRun[],
  sessions: BatchSessions,
  o: RunnerOptions,
): Promise<BatchOutcome> {
  const clock = o.clock ?? (() => 0);
  const started = clock();
  const slots: (RunResult | undefined)[] = new Array(planned.length);
  let next = 0;
  let done = 0;
  let failures = 0;
  let stopped = false;
  o.onProgress?.({ done: 0, total: planned.length, failures: 0, etaMs: null });
  const worker = async () => {
    while (!stopped && next < planned.length) {
      const i = next++;
      const result = await playRun(planned[i]!, sessions, o.minScore, o.failOnFlag);
      slots[i] = result;
      done++;
      if (!result.passed) failures++;
      if (!result.passed && o.failFast) stopped = true;
      const elapsed = clock() - started;
      o.onProgress?.({
        done,
        total: planned.length,
        failures,
        etaMs: Math.round((elapsed / done) * (planned.length - done)),
      });
      // The scripted HCP never waits on I/O: yield so timers (the spinner) and signals get a turn.
      await nextTick();
    }
  };
  const settled = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(o.jobs, planned.length)) }, worker),
  );
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  const results = slots.filter((r): r is RunResult => r !== undefined);
  return { results, notStarted: planned.length - next };
}

/** One conversation: start, say each scripted turn until the HCP ends it, end (idempotent), check. */
export async function playRun(
  p: PlannedRun,
  sessions: BatchSessions,
  minScore?: number,
  failOnFlag = false,
): Promise<RunResult> {
  const { run } = p;
  const session = await sessions.start(run.scenarioData, { seed: p.seed, engine: run.hcp });
  let endedEarly: EndReason | null = null;
  for (const [i, text] of run.turns.entries()) {
    const { reply } = await sessions.respond(session.id, text);
    if (reply.ended) {
      if (i < run.turns.length - 1) endedEarly = reply.ended;
      break;
    }
  }
  const ended = await sessions.end(session.id);
  const failures = checkExpectations(ended.scorecard!, run.expect, minScore, failOnFlag);
  return toRunResult(p, ended, failures, endedEarly);
}
