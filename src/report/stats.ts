// Small statistics the report is made of: means over scored values only (n/a is never a number),
// quartiles, half-point bins and ISO weeks. Every mean is rounded to 0.01, as batch summaries are.

/**
 * Half up, after a nudge far below a cent: a sum's last bit depends on the order it was added in,
 * and a mean of exactly x.xx5 must round the same way whichever file came first.
 */
export const round2 = (n: number): number => Math.round(n * 100 + 1e-7) / 100;

export const scored = (values: readonly (number | null | undefined)[]): number[] =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

export function mean(values: readonly (number | null | undefined)[]): number | null {
  const xs = scored(values);
  return xs.length === 0 ? null : round2(xs.reduce((a, b) => a + b, 0) / xs.length);
}

/** Quantile q of sorted values, interpolated between ranks (the spreadsheet's QUARTILE.INC). */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return round2(sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo));
}

/** Scores 1–5 in eight half-point bins; 5.0 falls in the last, anything below 1 in the first. */
export function halfPointBins(values: readonly number[]): number[] {
  const bins = new Array<number>(8).fill(0);
  for (const v of values) bins[Math.min(7, Math.max(0, Math.floor((v - 1) * 2)))]!++;
  return bins;
}

const DAY_MS = 86_400_000;

/** The Monday (UTC) of the ISO week holding `t`, as YYYY-MM-DD. */
export function weekOf(t: number): string {
  const day = Math.floor(t / DAY_MS);
  // 1970-01-01 was a Thursday: days since a Monday are (day + 3) mod 7.
  const monday = day - ((((day + 3) % 7) + 7) % 7);
  let text = MONDAYS.get(monday);
  if (text === undefined) MONDAYS.set(monday, (text = new Date(monday * DAY_MS).toISOString().slice(0, 10)));
  return text;
}

/** 10,000 sessions fall in a few dozen weeks: each Monday is formatted once. */
const MONDAYS = new Map<number, string>();

export const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * Where a series is heading: the mean of its later half against its earlier half (the middle value
 * of an odd count in neither). A quarter point either way is a move a trainer would notice.
 */
export function trendOf(values: readonly (number | null)[], threshold = 0.25): 'up' | 'down' | 'flat' | null {
  const xs = scored(values);
  if (xs.length < 2) return null;
  const half = Math.floor(xs.length / 2);
  const early = mean(xs.slice(0, half))!;
  const late = mean(xs.slice(xs.length - half))!;
  const delta = late - early;
  return delta >= threshold ? 'up' : delta <= -threshold ? 'down' : 'flat';
}
