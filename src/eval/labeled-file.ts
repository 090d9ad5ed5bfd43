// Validates a labeled conversation `<id>.json` (docs/scoring.md, docs/data-formats.md), reporting every problem at once.
import { z } from 'zod';
import { validate, type Parsed } from '../data-file.js';
import { MAX_TURN_CHARS, METRIC_IDS, type MetricId } from '../scoring/index.js';
import { authorOf, LABEL_BANDS, OVERALL_BANDS } from './band.js';
import type { LabeledConversation } from './types.js';

/** docs/scoring.md (n/a rules): only these two metrics may be n/a; the six core ones never are. */
const MAY_BE_NA: ReadonlySet<string> = new Set(['objection_navigation', 'adaptability']);

const oneOf = (values: readonly string[]) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `must be one of ${values.join(', ')}`;

const nonEmpty = z.string().refine((s) => s.trim() !== '', 'must not be empty');

const Speaker = z.enum(['rep', 'customer'], { error: oneOf(['rep', 'customer']) });

const TurnSchema = z.object({
  speaker: Speaker,
  text: nonEmpty.refine(
    (s) => s.length <= MAX_TURN_CHARS,
    `is over the ${MAX_TURN_CHARS.toLocaleString('en-US')}-character limit`,
  ),
});

function labelSchema(id: MetricId) {
  const band = z.enum(LABEL_BANDS, { error: oneOf(LABEL_BANDS) });
  const never = `is n/a, but ${id} is never n/a (LABELS.md): use low when the rep showed none of it`;
  return z.object({ band: MAY_BE_NA.has(id) ? band : band.refine((b) => b !== 'n/a', never), why: nonEmpty });
}

/** Strict: a misspelt metric id is a label that would silently count for nothing. */
const ExpectedSchema = z.strictObject(
  Object.fromEntries(METRIC_IDS.map((id) => [id, labelSchema(id)])) as Record<MetricId, ReturnType<typeof labelSchema>>,
);

/** Unknown top-level keys (traps, overall_raters, raters inside labels) are the trainers' notes: allowed. */
const LabeledSchema = z.object({
  id: nonEmpty,
  description: z.string().optional(),
  scenario: z.string().optional(),
  turns: z.array(TurnSchema).min(1, 'must hold at least one turn'),
  expected: ExpectedSchema,
  expected_overall: z.enum(OVERALL_BANDS, { error: oneOf(OVERALL_BANDS) }),
});

/** `value` parsed from `file`, whose name without `.json` is `name` (and must be the id). */
export function parseLabeled(value: unknown, file: string, name: string): Parsed<LabeledConversation> {
  const parsed = validate(LabeledSchema, value, file);
  const problems = parsed.ok ? [] : [...parsed.problems];
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id.trim() !== '' && id !== name) {
    problems.push(`${file}: id: is "${id}", but the file is ${name}.json (they must match)`);
  }
  if (!parsed.ok || problems.length > 0) return { ok: false, problems };
  const v = parsed.value;
  const expected = Object.fromEntries(METRIC_IDS.map((m) => [m, v.expected[m].band]));
  return {
    ok: true,
    value: { id: v.id, file, author: authorOf(v.id), turns: v.turns, expected, expectedOverall: v.expected_overall },
  };
}
