// Numeric flags shared by several commands, parsed once the same way, with usage errors naming the flag.
import { UsageError } from '../errors.js';

/** `--seed` as a non-negative whole number. */
export function parseSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new UsageError(`--seed must be a whole number, got "${value}"`, '--seed');
  return n;
}

/** Longest rep name kept: a name, not a document. */
const MAX_REP_CHARS = 80;

/**
 * Who practiced: `--rep`, else ROLEPLAY_REP, else nobody (issue 18). Trimmed; control characters
 * and an over-long name are a usage error, so reports never carry what a terminal would act on.
 */
export function parseRep(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const from = flag !== undefined ? '--rep' : 'ROLEPLAY_REP';
  const raw = flag ?? env.ROLEPLAY_REP;
  if (raw === undefined || (flag === undefined && raw.trim() === '')) return undefined;
  const name = raw.trim();
  if (name === '' || name.length > MAX_REP_CHARS || /[\u0000-\u001f\u007f-\u009f]/.test(name)) {
    throw new UsageError(`${from} must be a name of 1 to ${MAX_REP_CHARS} printable characters, got "${raw}"`, from);
  }
  return name;
}

/** A day (YYYY-MM-DD, UTC) or an ISO 8601 time, as milliseconds since the epoch. */
export function parseDate(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value.trim());
  const t = day || iso ? Date.parse(day ? `${value.trim()}T00:00:00Z` : value.trim()) : NaN;
  if (!Number.isFinite(t))
    throw new UsageError(
      `${flag} must be a date (YYYY-MM-DD) or an ISO time (2026-03-02T09:30Z), got "${value}"`,
      flag,
    );
  return t;
}

/** `--min-score` as a number from 0 to 5. */
export function parseMinScore(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 5)
    throw new UsageError(`--min-score must be a number from 0 to 5, got "${value}"`, '--min-score');
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
