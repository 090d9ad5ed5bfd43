// `roleplay batch <files|dirs...>`: scripted runs through one SessionManager, reported for people and CI.
import type { Command } from 'commander';
import { collect, type CliContext } from '../context.js';
import { addLlmOptions } from '../llm-flags.js';
import type { BatchOptions } from '../run/batch.js';

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
    .option(
      '--filter <tag>',
      'only runs whose run file lists this tag under `tags:` (tags only, not names; repeatable: any of them)',
      collect,
    )
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
    .action(async (paths: string[], o: BatchOptions) =>
      (await import('../run/batch.js')).runBatchCommand(ctx, paths, o),
    );
}
