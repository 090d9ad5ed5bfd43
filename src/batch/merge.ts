// `roleplay merge`: shard reports joined into the report one unsharded run would have written.
import { InvalidInputError } from '../errors.js';
import { toReport, type BatchReport, type RunResult } from './result.js';

export { readReport, RunShape } from './report-shape.js';

/** Runs in their original order, summary recomputed; the same run in two reports is an error. */
export function mergeReports(reports: readonly { file: string; report: BatchReport }[]): BatchReport {
  const seen = new Map<number, string>();
  const problems: string[] = [];
  const runs: RunResult[] = [];
  for (const { file, report } of reports) {
    for (const run of report.runs) {
      const first = seen.get(run.index);
      if (first !== undefined) problems.push(`${file}: run ${run.index} ("${run.name}") is also in ${first}`);
      else {
        seen.set(run.index, file);
        runs.push(run);
      }
    }
  }
  if (problems.length > 0) {
    throw new InvalidInputError('the reports overlap; merge the outputs of different --shard values', problems);
  }
  return toReport(runs.sort((a, b) => a.index - b.index));
}
