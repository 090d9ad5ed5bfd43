// `roleplay batch <files|dirs...>`: scripted runs through one SessionManager, reported for people and CI.
import type { Command } from 'commander';
import { collect, type CliContext } from '../context.js';
import type { BatchProgress } from '../../batch/index.js';
import { addLlmOptions, type LlmFlags } from '../llm-kit.js';

interface BatchOptions extends LlmFlags {
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

const HELP = `
A run file (YAML or JSON) holds one run, a list of runs, or { runs: [...] };
a folder means every .yaml/.yml/.json file in it, sorted by name:
  name: strong discovery                        # unique in its file
  scenario: primary-care-hypertension-discovery # an id, or a path relative to the run file
  seed: 7                                       # optional; default: derived from the name
  tags: [discovery, smoke]                      # for --filter
  hcp: llm                                      # optional: a model rewords the HCP (ROLEPLAY_LLM_*; see README)
  turns:                                        # the rep's lines; the HCP answers between them
    - Thanks for the time. What matters most to you with your hypertension patients?
  expect:                                       # all optional
    minOverall: 3.5
    band: [Strong, Exceptional]
    metrics: { question_quality: { min: 3.0 } }
    compliance: none                            # any compliance flag fails the run
    maxFlags: 1                                 # or: at most this many flags

--format defaults to table on a terminal and json otherwise (with --out: from the
extension, .xml junit, .csv, .jsonl, .md markdown, else json). jsonl is one
{"type":"run"} line per run, then one {"type":"summary"} line. Reports never hold
times or session ids, so the same runs give the same bytes whatever --jobs is.

Exit codes: 0 every run passed · 1 an expectation, --min-score or --fail-on-flag failed ·
2 bad flags, or an --out that cannot be written (checked before any run) ·
3 an invalid run file (every problem listed, nothing run), or a report the disk
could not hold whole (nothing is left at --out) · 5 the llm HCP's server failed
under --no-fallback. llm replies are cached in ROLEPLAY_HOME/cache/llm by
(model, prompt), so a re-run makes no calls (--no-cache).

Examples:
  $ roleplay batch scenarios/runs
  $ roleplay batch scenarios/runs --format junit --out report.xml
  $ roleplay batch scenarios/runs --filter strong --min-score 3.5   # runs tagged "strong"
  $ roleplay batch scenarios/runs --fail-on-flag --format junit --out report.xml
  $ roleplay batch scenarios/runs --shard 1/2 --out shard-1.json   # on CI job 1 of 2
  $ roleplay merge shard-1.json shard-2.json --out report.json
  $ roleplay batch runs/ --rep "Dana Smith" --date 2026-03-02 --out dana-w10.json   # for \`roleplay report\`
`;

export function registerBatch(program: Command, ctx: CliContext): void {
  const batch = program
    .command('batch')
    .description('play scripted rep turns from run files and report scores against expectations')
    .argument('<paths...>', 'run files, or folders of run files')
    .option('--format <format>', 'table, json, jsonl, csv, junit or markdown')
    .option('--out <file>', 'write the report to <file> (atomically) instead of stdout')
    .option('--jobs <n>', 'runs in flight at once (default: number of CPU cores)')
    .option('--repeat <n>', 'play every run <n> times, with seeds seed, seed+1, …')
    .option('--seed <n>', 'use this seed for every run (overrides the run files)')
    .option('--filter <tag>', "only runs whose run file lists this tag under `tags:` (tags only, not names; repeatable: any of them)", collect)
    .option('--wide', 'table at full width, however wide the terminal')
    .option('--min-score <n>', 'also fail any run whose overall score is below <n>')
    .option('--shard <i/n>', 'play only shard i of n (split by position; merge the reports with `roleplay merge`)')
    .option('--fail-fast', 'start no new run after the first failure')
    .option('--fail-on-flag', 'also fail any run with a compliance flag (misquoted data, off-label, ...)')
    .option('--rubric <file>', 'score with an edited rubric (see `roleplay rubric`)')
    .option('--hcp <engine>', 'play every run with this HCP engine (scripted or llm), whatever the run files say')
    .option('--rep <name>', 'record every run as practiced by <name>, for `roleplay report` (also ROLEPLAY_REP)')
    .option('--date <date>', 'record every run as practiced on <date> (YYYY-MM-DD or ISO time), for `roleplay report`');
  addLlmOptions(batch, { cache: true })
    .addHelpText('after', HELP)
    .action(async (paths: string[], o: BatchOptions) => runBatchCommand(ctx, paths, o));
}

async function runBatchCommand(ctx: CliContext, paths: string[], o: BatchOptions): Promise<void> {
  const settings = await readSettings(ctx, o);
  const { checkOut, writeReport, failOnFailures } = await import('../report-out.js');
  const out = await checkOut(ctx, o.out);
  const { loadRuns, planRuns, runBatch, toReport } = await import('../../batch/index.js');
  const { loadLibrary } = await import('../../scenario/index.js');
  const { createSessionManager, createMemoryStore } = await import('../../session/index.js');
  const { readRubric } = await import('../score-input.js');
  const rubric = await readRubric(ctx, o.rubric);
  const loaded = await loadRuns(paths, { cwd: ctx.cwd, engines: ENGINES, library: () => loadLibrary(ctx.globals().scenarios) });
  const runs = o.hcp === undefined ? loaded : loaded.map((r) => ({ ...r, hcp: o.hcp! }));
  const planned = planRuns(runs, { repeat: settings.repeat, seed: settings.seed, tags: o.filter, shard: settings.shard });
  // One manager for the whole batch (ARCHITECTURE.md); memory only, so no journal and no history.
  const { llmEngineFor } = await import('../llm-kit.js');
  const { resolveDataDir } = await import('../../store/data-dir.js');
  const { join } = await import('node:path');
  const cacheDir = join(resolveDataDir(ctx.env).root, 'cache', 'llm');
  const llm = await llmEngineFor(ctx, { fallback: o.fallback, llmTimeout: o.llmTimeout, cache: o.cache !== false, cacheDir, noticeOnce: true });
  const manager = createSessionManager({ store: createMemoryStore(), rubric, engines: { llm } });
  const progress = await openProgress(ctx);
  const outcome = await runBatch(planned, manager, {
    jobs: settings.jobs, failFast: o.failFast, minScore: settings.minScore, failOnFlag: o.failOnFlag === true, onProgress: progress.update, clock: Date.now,
  }).finally(progress.stop);
  const report = toReport(outcome.results.map((r) => ({ ...r, ...settings.stamp })));
  await writeReport(ctx, report, settings.format, out, o.wide === true);
  if (outcome.notStarted > 0) ctx.io.stderr.write(`roleplay: --fail-fast: stopped after a failure; ${outcome.notStarted} run(s) not started\n`);
  await failOnFailures(ctx, report, settings.format === 'table' && !o.out);
}

async function readSettings(ctx: CliContext, o: BatchOptions) {
  if (o.hcp !== undefined && !ENGINES.includes(o.hcp)) {
    const { UsageError } = await import('../../errors.js');
    throw new UsageError(`unknown HCP engine "${o.hcp}"`, '--hcp', `use one of: ${ENGINES.join(', ')}`);
  }
  const { availableParallelism } = await import('node:os');
  const { parseShard } = await import('../../batch/index.js');
  const { parseMinScore, parseSeed, parseRep, parseDate } = await import('../flags.js');
  const rep = parseRep(o.rep, ctx.env);
  const date = parseDate('--date', o.date);
  const { pickFormat } = await import('../report-out.js');
  return {
    format: await pickFormat(ctx, o.format, o.out, true),
    jobs: await parseCount('--jobs', o.jobs, availableParallelism(), 1024),
    repeat: await parseCount('--repeat', o.repeat, 1, 10_000),
    seed: parseSeed(o.seed),
    minScore: parseMinScore(o.minScore),
    shard: o.shard === undefined ? undefined : parseShard(o.shard),
    // Only when asked: reports otherwise hold no times, so any --jobs gives the same bytes.
    stamp: { ...(rep !== undefined ? { rep } : {}), ...(date !== undefined ? { date: new Date(date).toISOString() } : {}) },
  };
}

async function parseCount(flag: string, value: string | undefined, fallback: number, max: number): Promise<number> {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    const { UsageError } = await import('../../errors.js');
    throw new UsageError(`${flag} must be a whole number from 1 to ${max}, got "${value}"`, flag);
  }
  return n;
}

/** A spinner line on stderr, only when stderr is a terminal; stdout carries nothing but the report. */
async function openProgress(ctx: CliContext): Promise<{ update?(p: BatchProgress): void; stop(): void }> {
  // A pty with no size (`script` in CI) reports 0 columns, and ora then loops forever clearing lines.
  if (!ctx.io.isErrTTY || (ctx.io.stderr as NodeJS.WriteStream).columns === 0) return { stop: () => undefined };
  const { default: ora } = await import('ora');
  const { formatProgress } = await import('../../render/batch/index.js');
  const spinner = ora({ stream: ctx.io.stderr as NodeJS.WriteStream, isEnabled: true, discardStdin: false }).start('starting');
  const update = (p: BatchProgress) => {
    spinner.text = formatProgress(p);
    // Between these the spinner's own timer redraws; the runner yields after every run so it can.
    if (p.done === 0) spinner.render();
  };
  return { update, stop: () => spinner.stop() };
}
