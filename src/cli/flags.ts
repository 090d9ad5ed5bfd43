// Numeric flags shared by several commands, parsed once the same way, with usage errors naming the flag.
import { UsageError } from '../errors.js';

/** `--seed` as a non-negative whole number. */
export function parseSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`--seed must be a whole number, got "${value}"`, '--seed');
  return n;
}

/** `--min-score` as a number from 0 to 5. */
export function parseMinScore(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 5) throw new UsageError(`--min-score must be a number from 0 to 5, got "${value}"`, '--min-score');
  return n;
}

/** `--min-agreement` as a percentage from 0 to 100 (a trailing % is allowed: `85%`). */
export function parseMinAgreement(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().replace(/%$/, '');
  const n = text === '' ? NaN : Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 100) {
    throw new UsageError(`--min-agreement must be a percentage from 0 to 100, got "${value}"`, '--min-agreement');
  }
  return n;
}
