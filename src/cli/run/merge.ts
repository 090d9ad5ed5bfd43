// `roleplay merge <json files...>`: joins `batch --shard` JSON reports into the unsharded report.
import { resolve } from 'node:path';
import { mergeReports, readReport } from '../../batch/index.js';
import { readDataFile } from '../../data-file.js';
import { InvalidInputError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { checkOut, failOnFailures, pickFormat, writeReport } from '../report-out.js';

/** Reports carry full transcripts: far bigger than a run file may be. */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

export async function runMerge(ctx: CliContext, files: string[], o: { format?: string; out?: string }): Promise<void> {
  const format = pickFormat(ctx, o.format, o.out, false);
  const out = await checkOut(ctx, o.out);
  const report = mergeReports(await readReports(ctx, files));
  await writeReport(ctx, report, format, out);
  failOnFailures(ctx, report, false);
}

async function readReports(ctx: CliContext, files: readonly string[]) {
  const problems: string[] = [];
  const reports = [];
  for (const file of files) {
    const data = await readDataFile(resolve(ctx.cwd, file), MAX_REPORT_BYTES);
    const parsed = data.ok ? readReport(data.value, file) : data;
    if (parsed.ok) reports.push({ file, report: parsed.value });
    else for (const p of parsed.problems) problems.push(p);
  }
  if (problems.length > 0)
    throw new InvalidInputError(`${problems.length} problem(s) in the reports; nothing merged`, problems);
  return reports;
}
