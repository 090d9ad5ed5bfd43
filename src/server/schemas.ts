// Request bodies and queries for the session routes, validated with zod; problems become one 400 line.
import { z } from 'zod';
import { badRequest } from './http-errors.js';

const sessionId = z.string().min(1, 'is empty');

export const startBody = z.strictObject({
  scenarioId: z.string().min(1, 'is empty'),
  seed: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
});

/** `message` length is the session layer's rule (MAX_TURN_CHARS → 413), so it is not capped here. */
export const respondBody = z.strictObject({ sessionId, message: z.string() });

export const endBody = z.strictObject({ sessionId });

export const sessionQuery = z.object({ sessionId });

/** The parsed value, or a 400 naming every problem; input values are never echoed (they may be a rep's words). */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => {
    const path = i.path.length > 0 ? i.path.join('.') : what;
    if (i.code === 'invalid_type' && /received undefined/.test(i.message)) return `${path} is required`;
    if (i.code === 'unrecognized_keys') return `${what}: unknown field(s) ${i.keys.join(', ')}`;
    return `${path}: ${i.message}`;
  });
  throw badRequest(problems.join('; '));
}
