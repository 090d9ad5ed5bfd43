import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, RubricSchema } from '../../../src/scoring/index.js';
import { unsafePattern } from '../../../src/scoring/safe-pattern.js';

describe('unsafePattern', () => {
  it.each([
    '\\b\\d{1,2}(:\\d{2})?\\s?(am|pm|a\\.m\\.|p\\.m\\.)',
    '\\b\\d{1,2}:\\d{2}\\b',
    'next (monday|tuesday)',
    '[(+*]+',
    '(?:ab)+',
  ])('accepts %s', (p) => expect(unsafePattern(p)).toBeUndefined());

  it.each(['(a|a)+$', '(a+)+', '(a*)*b', '((ab)+)*', '(\\w+\\s?)+$', '(x|y){2,}', '(a)\\1', 'a'.repeat(201)])(
    'refuses %s',
    (p) => expect(unsafePattern(p)).toBeDefined(),
  );

  it('accepts every pattern of the built-in rubric', () => {
    for (const p of DEFAULT_RUBRIC.specificTimePatterns) expect(unsafePattern(p)).toBeUndefined();
  });

  it('makes a rubric with a backtracking pattern invalid, naming the field', () => {
    const r = RubricSchema.safeParse({ ...DEFAULT_RUBRIC, specificTimePatterns: ['(a|a)+$'] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['specificTimePatterns', 0], message: expect.stringContaining('catastrophic backtracking') });
  });
});
