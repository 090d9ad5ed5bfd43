// The rubric's identity: sha256 of its canonical JSON, carried by every scorecard.
import { createHash } from 'node:crypto';
import type { Rubric } from './rubric-schema.js';

/** JSON with object keys sorted at every level, so equal rubrics hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 hex of the rubric's canonical JSON: carried by every scorecard. */
export function rubricHash(rubric: Rubric): string {
  return createHash('sha256').update(canonicalJson(rubric)).digest('hex');
}
