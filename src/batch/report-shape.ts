// What a batch report file must hold to be read back (`merge`, `report`): checked by shape, with
// no engine behind it, so readers load fast.
import { z } from 'zod';
import { validate } from '../data-file.js';
import { RunOutcomeSchema } from './outcome-schema.js';
import type { BatchReport } from './result.js';

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
  compliance: z.array(z.looseObject({ kind: z.string() })).optional(),
});
const ReportShape = z.looseObject({ runs: z.array(RunShape), summary: z.looseObject({}) });

/** Checks a parsed JSON file is a batch report; returns the original objects so key order survives. */
export function readReport(
  value: unknown,
  file: string,
): { ok: true; value: BatchReport } | { ok: false; problems: string[] } {
  // Reports are machine-written and hold whole transcripts: no cap on how many values.
  const checked = validate(ReportShape, value, file, Number.POSITIVE_INFINITY);
  return checked.ok ? { ok: true, value: value as BatchReport } : checked;
}
