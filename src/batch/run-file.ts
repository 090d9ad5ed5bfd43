// Run files: the schema of a scripted batch run, and one parsed file turned into its runs.
import { z } from 'zod';
import { validate, type Parsed } from '../data-file.js';
import { BandSchema, METRIC_IDS } from '../scoring/index.js';
import { MAX_TURN_CHARS } from '../session/index.js';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const Bound = z.number().min(0).max(5);
const METRICS: readonly string[] = METRIC_IDS;

const minNotAboveMax = (b: { min?: number; max?: number }) =>
  b.min === undefined || b.max === undefined || b.min <= b.max;

export const MetricExpectSchema = z
  .strictObject({ min: Bound.optional(), max: Bound.optional() })
  .refine(minNotAboveMax, 'min is above max');

export const ExpectSchema = z
  .strictObject({
    minOverall: Bound.optional(),
    maxOverall: Bound.optional(),
    /** One band, or any of several. */
    band: z.union([BandSchema, z.array(BandSchema).min(1)]).optional(),
    metrics: z
      .record(z.string(), MetricExpectSchema)
      .superRefine((metrics, ctx) => {
        for (const id of Object.keys(metrics)) {
          if (!METRICS.includes(id))
            ctx.addIssue({
              code: 'custom',
              path: [id],
              message: `unknown metric "${id}" (use one of: ${METRICS.join(', ')})`,
            });
        }
      })
      .optional(),
    /** `none`: any compliance flag fails the run (issue #17). */
    compliance: z.literal('none').optional(),
    /** At most this many compliance flags. */
    maxFlags: z.number().int().min(0).max(1000).optional(),
  })
  .refine((e) => minNotAboveMax({ min: e.minOverall, max: e.maxOverall }), 'minOverall is above maxOverall');

export const RunSchema = z.strictObject({
  name: text(200),
  /** A scenario id, or a path to a scenario file relative to the run file. */
  scenario: text(1000),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  hcp: text(40).default('scripted'),
  tags: z.array(text(60)).default([]),
  /** The rep's lines, in order; the HCP answers between them. */
  turns: z.array(text(MAX_TURN_CHARS)).min(1, 'needs at least one rep turn'),
  expect: ExpectSchema.default({}),
});

export type RunDef = z.infer<typeof RunSchema>;
export type Expectations = z.infer<typeof ExpectSchema>;

/** A run as read from its file; `at` is its path inside the file for problems ("[2]." or ""). */
export interface RunEntry {
  def: RunDef;
  at: string;
}

const RunList = z.array(RunSchema).min(1, 'needs at least one run');
const RunsWrapper = z.strictObject({ runs: RunList });

/** A file holds one run, a list of runs, or `{ runs: [...] }`. */
export function parseRunFile(value: unknown, file: string): Parsed<RunEntry[]> {
  const entries = toEntries(value, file);
  if (!entries.ok) return entries;
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { def, at } of entries.value) {
    const first = seen.get(def.name);
    if (first !== undefined)
      problems.push(`${file}: ${at}name: duplicate run name "${def.name}" (also ${first || 'the first run'})`);
    else seen.set(def.name, at.replace(/\.$/, ''));
  }
  return problems.length > 0 ? { ok: false, problems } : entries;
}

function toEntries(value: unknown, file: string): Parsed<RunEntry[]> {
  if (Array.isArray(value)) {
    const parsed = validate(RunList, value, file);
    return parsed.ok ? { ok: true, value: parsed.value.map((def, i) => ({ def, at: `[${i}].` })) } : parsed;
  }
  if (value !== null && typeof value === 'object' && 'runs' in value) {
    const parsed = validate(RunsWrapper, value, file);
    return parsed.ok ? { ok: true, value: parsed.value.runs.map((def, i) => ({ def, at: `runs[${i}].` })) } : parsed;
  }
  const parsed = validate(RunSchema, value, file);
  return parsed.ok ? { ok: true, value: [{ def: parsed.value, at: '' }] } : parsed;
}
