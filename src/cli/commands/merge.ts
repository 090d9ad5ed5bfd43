// `roleplay merge <json files...>`: joins `batch --shard` JSON reports into the unsharded report.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/** Reports carry full transcripts: far bigger than a run file may be. */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

export function registerMerge(program: Command, ctx: CliContext): void {
  program
    .command('merge')
    .description('join JSON reports from `batch --shard i/n` into one report, in the original run order')
    .argument('<reports...>', 'JSON reports written by `roleplay batch --format json`')
    .option('--format <format>', 'table, json, jsonl, csv, junit or markdown (default: json)')
    .option('--out <file>', 'write the merged report to <file> (atomically) instead of stdout')
    .addHelpText('after', `
The merged report equals the one a single unsharded batch writes: runs ordered by
their index, summary recomputed. Exit 1 when any merged run failed; 2 for an --out
that cannot be written; 3 when a file is not a batch report, two reports hold the
same run, or the disk could not hold the merged report whole.

Examples:
  $ roleplay batch scenarios/runs --shard 1/2 --out shard-1.json
  $ roleplay batch scenarios/runs --shard 2/2 --out shard-2.json
  $ roleplay merge shard-*.json --format junit --out report.xml
`)
    .action(async (files: string[], o: { format?: string; out?: string }) => {
      const { pickFormat, checkOut, writeReport, failOnFailures } = await import('../report-out.js');
      const { mergeReports } = await import('../../batch/index.js');
      const format = await pickFormat(ctx, o.format, o.out, false);
      const out = await checkOut(ctx, o.out);
      const report = mergeReports(await readReports(ctx, files));
      await writeReport(ctx, report, format, out);
      await failOnFailures(ctx, report, false);
    });
}

async function readReports(ctx: CliContext, files: readonly string[]) {
  const { resolve } = await import('node:path');
  const { readReport } = await import('../../batch/index.js');
  const { readDataFile } = await import('../../data-file.js');
  const { InvalidInputError } = await import('../../errors.js');
  const problems: string[] = [];
  const reports = [];
  for (const file of files) {
    const data = await readDataFile(resolve(ctx.cwd, file), MAX_REPORT_BYTES);
    const parsed = data.ok ? readReport(data.value, file) : data;
    if (parsed.ok) reports.push({ file, report: parsed.value });
    else for (const p of parsed.problems) problems.push(p);
  }
  if (problems.length > 0) throw new InvalidInputError(`${problems.length} problem(s) in the reports; nothing merged`, problems);
  return reports;
}
