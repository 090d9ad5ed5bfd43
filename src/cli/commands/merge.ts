// `roleplay merge <json files...>`: joins `batch --shard` JSON reports into the unsharded report.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function registerMerge(program: Command, ctx: CliContext): void {
  program
    .command('merge')
    .description('join JSON reports from `batch --shard i/n` into one report, in the original run order')
    .argument('<reports...>', 'JSON reports written by `roleplay batch --format json`')
    .option('--format <format>', 'table, json, jsonl, csv, junit or markdown (default: json)')
    .option('--out <file>', 'write the merged report to <file> (atomically) instead of stdout')
    .addHelpText(
      'after',
      `
The merged report equals the one a single unsharded batch writes: runs ordered by
their index, summary recomputed. Exit 1 when any merged run failed; 2 for an --out
that cannot be written; 3 when a file is not a batch report, two reports hold the
same run, or the disk could not hold the merged report whole.

Examples:
  $ roleplay batch scenarios/runs --shard 1/2 --out shard-1.json
  $ roleplay batch scenarios/runs --shard 2/2 --out shard-2.json
  $ roleplay merge shard-*.json --format junit --out report.xml
`,
    )
    .action(async (files: string[], o: { format?: string; out?: string }) =>
      (await import('../run/merge.js')).runMerge(ctx, files, o),
    );
}
