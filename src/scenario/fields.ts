// Field shapes every scenario schema uses: trimmed text, kebab-case ids, lists of match terms.
import { z } from 'zod';

export const text = (max = 2000) => z.string().trim().min(1, 'must not be empty').max(max);
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, single hyphens)')
  .max(64);
export const terms = z.array(text(80)).min(1, 'needs at least one term');
