// `roleplay batch <files|dirs...>`: scripted runs through one SessionManager, reported for people and CI.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import ora from 'ora';
import { loadRuns, parseShard, planRuns, runBatch, toReport, type BatchProgress } from '../../batch/index.js';
import { UsageError } from '../../errors.js';
import { formatProgress } from '../../render/index.js';
import { loadLibrary } from '../../scenario/index.js';
import { createMemoryStore, createSessionManager } from '../../session/index.js';
import { resolveDataDir } from '../../store/index.js';
import type { CliContext } from '../context.js';
import { parseDate, parseMinScore, parseRep, parseSeed } from '../flags.js';
import type { LlmFlags } from '../llm-flags.js';
import { llmEngineFor } from '../llm-kit.js';
import { checkOut, failOnFailures, pickFormat, writeReport } from '../report-out.js';
import { readRubric } from '../score-input.js';

export interface BatchOptions extends LlmFlags {
  hcp?: string;
  format?: string;
  out?: string;
  jobs?: string;
  repeat?: string;
  seed?: string;
  filter?: string[];
  wide?: boolean;
  minScore?: string;
  shard?: string;
  failFast?: boolean;
  failOnFlag?: boolean;
  rubric?: string;
  rep?: string;
  date?: string;
}

/** scripted by default; llm (run file `hcp: llm` or --hcp llm) rewords replies, cached so a re-run makes no calls. */
const ENGINES = ['scripted', 'llm'];

export async function runBatchCommand(ctx: CliContext, paths: string[], o: BatchOptions): Promise<void> {
  const settings = readSettings(ctx, o);
  const out = await checkOut(ctx, o.out);
  const rubric = await readRubric(ctx, o.rubric);
  const loaded = await loadRuns(paths, {
    cwd: ctx.cwd,
    engines: ENGINES,
    library: () => loadLibrary(ctx.globals().scenarios),
  });
  const runs = o.hcp === undefined ? loaded : loaded.map((r) => ({ ...r, hcp: o.hcp! }));
  const planned = planRuns(runs, {
    repeat: settings.repeat,
    seed: settings.seed,
    tags: o.filter,
    shard: settings.shard,
  });
  // One manager for the whole batch (docs/architecture.md); memory only, so no journal and no history.
  const cacheDir = join(resolveDataDir(ctx.env).root, 'cache', 'llm');
  const llm = llmEngineFor(ctx, {
    fallback: o.fallback,
    llmTimeout: o.llmTimeout,
    cache: o.cache !== false,
    cacheDir,
    noticeOnce: true,
  });
  const manager = createSessionManager({ store: createMemoryStore(), rubric, engines: { llm } });
  const progress = openProgress(ctx);
  const outcome = await runBatch(planned, manager, {
    jobs: settings.jobs,
    failFast: o.failFast,
    minScore: settings.minScore,
    failOnFlag: o.failOnFlag === true,
    onProgress: progress.update,
    clock: Date.now,
  }).finally(progress.stop);
  const report = toReport(outcome.results.map((r) => ({ ...r, ...settings.stamp })));
  await writeReport(ctx, report, settings.format, out, o.wide === true);
  if (outcome.notStarted > 0)
    ctx.io.stderr.write(`roleplay: --fail-fast: stopped after a failure; ${outcome.notStarted} run(s) not started\n`);
  failOnFailures(ctx, report, settings.format === 'table' && !o.out);
}

function readSettings(ctx: CliContext, o: BatchOptions) {
  if (o.hcp !== undefined && !ENGINES.includes(o.hcp)) {
    throw new UsageError(`unknown HCP engine "${o.hcp}"`, '--hcp', `use one of: ${ENGINES.join(', ')}`);
  }
  const rep = parseRep(o.rep, ctx.env);
  const date = parseDate('--date', o.date);
  return {
    format: pickFormat(ctx, o.format, o.out, true),
    jobs: parseCount('--jobs', o.jobs, availableParallelism(), 1024),
    repeat: parseCount('--repeat', o.repeat, 1, 10_000),
    seed: parseSeed(o.seed),
    minScore: parseMinScore(o.minScore),
    shard: o.shard === undefined ? undefined : parseShard(o.shard),
    // Only when asked: reports otherwise hold no times, so any --jobs gives the same bytes.
    stamp: {
      ...(rep !== undefined ? { rep } : {}),
      ...(date !== undefined ? { date: new Date(date).toISOString() } : {}),
    },
  };
}

function parseCount(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${flag} must be a whole number from 1 to ${max}, got "${value}"`, flag);
  return n;
}

/** A spinner line on stderr, only when stderr is a terminal; stdout carries nothing but the report. */
function openProgress(ctx: CliContext): { update?(p: BatchProgress): void; stop(): void } {
  // A pty with no size (`script` in CI) reports 0 columns, and ora then loops forever clearing lines.
  if (!ctx.io.isErrTTY || (ctx.io.stderr as NodeJS.WriteStream).columns === 0) return { stop: () => undefined };
  const spinner = ora({ stream: ctx.io.stderr as NodeJS.WriteStream, isEnabled: true, discardStdin: false }).start(
    'starting',
  );
  const update = (p: BatchProgress) => {
    spinner.text = formatProgress(p);
    // Between these the spinner's own timer redraws; the runner yields after every run so it can.
    if (p.done === 0) spinner.render();
  };
  return { update, stop: () => spinner.stop() };
}
