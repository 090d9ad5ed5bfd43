// Which records a report covers: duplicates by session id counted once, then the trainer's filters.
import type { PracticeRecord } from './types.js';

export interface ReportFilter {
  since?: number;
  /** Inclusive. */
  until?: number;
  reps?: readonly string[];
  scenarios?: readonly string[];
  tags?: readonly string[];
}

/** What a rep with no name is called in every table: sessions from before issue 18, or without --rep. */
export const UNNAMED_REP = '(no name)';

export const repLabel = (r: Pick<PracticeRecord, 'rep'>): string => r.rep ?? UNNAMED_REP;

const fold = (s: string) => s.trim().toLowerCase();

/**
 * The first record of each id wins (files are read in the order given); a journal's components
 * fill in a history line's missing ones for the same session.
 */
export function dedupe(records: readonly PracticeRecord[]): { records: PracticeRecord[]; duplicates: number } {
  const byId = new Map<string, PracticeRecord>();
  let duplicates = 0;
  for (const r of records) {
    const seen = byId.get(r.id);
    if (seen === undefined) byId.set(r.id, r);
    else {
      duplicates++;
      if (Object.keys(seen.weakComponents).length === 0 && Object.keys(r.weakComponents).length > 0)
        byId.set(r.id, { ...seen, weakComponents: r.weakComponents });
    }
  }
  return { records: [...byId.values()], duplicates };
}

/** Reps and scenarios match whole names, ignoring case; several values of one filter mean any of them. */
export function applyFilter(records: readonly PracticeRecord[], f: ReportFilter): PracticeRecord[] {
  const reps = f.reps?.length ? new Set(f.reps.map(fold)) : undefined;
  const scenarios = f.scenarios?.length ? new Set(f.scenarios.map(fold)) : undefined;
  const tags = f.tags?.length ? new Set(f.tags.map(fold)) : undefined;
  return records.filter(
    (r) =>
      (f.since === undefined || r.at >= f.since) &&
      (f.until === undefined || r.at <= f.until) &&
      (!reps || reps.has(fold(repLabel(r)))) &&
      (!scenarios || scenarios.has(fold(r.scenarioId))) &&
      (!tags || r.tags.some((t) => tags.has(fold(t)))),
  );
}
