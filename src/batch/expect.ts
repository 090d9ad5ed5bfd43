// Checks a scorecard against a run's expectations (and --min-score), as readable failure lines.
import type { Band, ComplianceFlag, Scorecard } from '../types.js';
import type { Expectations } from './run-file.js';

/** A bound as written (3 → "3.0", 3.25 → "3.25"); scores are already rounded to 0.1. */
export const formatBound = (n: number): string => (Number.isInteger(n * 10) ? n.toFixed(1) : String(n));
const formatValue = (s: number): string => s.toFixed(1);

/** "absolute_claim at turn 3: \"It's completely safe.\"": a flag as a failure names it. */
export const describeFlag = (f: ComplianceFlag): string => `${f.kind} at turn ${f.turn}: "${f.quote}"`;

/** Compliance failures: `compliance: none`, `maxFlags`, and with --fail-on-flag every flag. */
function checkCompliance(card: Scorecard, expect: Expectations, failOnFlag: boolean): string[] {
  const flags = card.compliance?.flags ?? [];
  if (flags.length === 0) return [];
  const all = flags.map(describeFlag).join('; ');
  const out: string[] = [];
  if (expect.compliance === 'none') out.push(`compliance: ${flags.length} flag(s), expected none: ${all}`);
  else if (expect.maxFlags !== undefined && flags.length > expect.maxFlags)
    out.push(`compliance: ${flags.length} flag(s) > maxFlags ${expect.maxFlags}: ${all}`);
  else if (failOnFlag) out.push(...flags.map((f) => `--fail-on-flag: compliance flag ${describeFlag(f)}`));
  return out;
}

/** Failure lines such as "overall 2.4 < minOverall 3.5"; empty when everything holds. */
export function checkExpectations(
  card: Scorecard,
  expect: Expectations,
  minScore?: number,
  failOnFlag = false,
): string[] {
  const failures: string[] = [];
  const overall = card.overallScore;
  const below = (label: string, value: number | null, bound: number | undefined, name: string) => {
    if (bound === undefined) return;
    if (value === null) failures.push(`${label} n/a, expected ${name} ${formatBound(bound)}`);
    else if (value < bound) failures.push(`${label} ${formatValue(value)} < ${name} ${formatBound(bound)}`);
  };
  const above = (label: string, value: number | null, bound: number | undefined, name: string) => {
    if (bound === undefined) return;
    if (value === null) failures.push(`${label} n/a, expected ${name} ${formatBound(bound)}`);
    else if (value > bound) failures.push(`${label} ${formatValue(value)} > ${name} ${formatBound(bound)}`);
  };
  below('overall', overall, expect.minOverall, 'minOverall');
  above('overall', overall, expect.maxOverall, 'maxOverall');
  below('overall', overall, minScore, '--min-score');
  const bandFailure = checkBand(card.band, expect.band);
  if (bandFailure) failures.push(bandFailure);
  for (const [id, bounds] of Object.entries(expect.metrics ?? {})) {
    const score = card.metricResults.find((m) => m.id === id)?.score ?? null;
    below(id, score, bounds.min, 'min');
    above(id, score, bounds.max, 'max');
  }
  failures.push(...checkCompliance(card, expect, failOnFlag));
  return failures;
}

function checkBand(band: Band | null, expected: Band | Band[] | undefined): string | undefined {
  if (expected === undefined) return undefined;
  const allowed = Array.isArray(expected) ? expected : [expected];
  if (band !== null && allowed.includes(band)) return undefined;
  return `band ${band ?? 'n/a'} is not ${allowed.join(' or ')}`;
}
