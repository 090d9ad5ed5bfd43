// `roleplay merge`: shard reports joined into the report one unsharded run would have written.
import { z } from 'zod';
import { validate } from '../data-file.js';
import { InvalidInputError } from '../errors.js';
import { RunOutcomeSchema } from './outcome.js';
import { toReport, type BatchReport, type RunResult } from './result.js';

/**
 * Enough of a run to merge and render it, typed as the renderers use it (a hand-edited report with
 * `seed: "=cmd()"` must not reach a CSV as text); other fields pass through untouched.
 */
export const RunShape = z.looseObject({
  index: z.number().int().min(0),
  name: z.string(),
  file: z.string(),
  scenario: z.string(),
  seed: z.number(),
  repetition: z.number().int().min(1),
  passed: z.boolean(),
  failures: z.array(z.string()),
  overallScore: z.number().nullable(),
  band: z.string().nullable(),
  metrics: z.record(z.string(), z.number().nullable()),
  endReason: z.string(),
  endedEarly: z.string().nullable(),
  repTurns: z.number().int().min(0),
  outcome: RunOutcomeSchema,
});
const ReportShape = z.looseObject({ runs: z.array(RunShape), summary: z.looseObject({}) });

/** Checks a parsed JSON file is a batch report; returns the original objects so key order survives. */
export function readReport(value: unknown, file: string): { ok: true; value: BatchReport } | { ok: false; problems: string[] } {
  // Reports are machine-written and hold whole transcripts: no cap on how many values.
  const checked = validate(ReportShape, value, file, Number.POSITIVE_INFINITY);
  return checked.ok ? { ok: true, value: value as BatchReport } : checked;
}

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
