// The HCP-quality report as data: outcomes per scenario and seed against the targets, detector counts.
import { casedTerms } from './casing.mjs';
import { DETECTORS, checkRun } from './check-run.mjs';
import { meetsOutcomeTargets } from './targets.mjs';

export const ROLES = ['strong', 'weak', 'mixed'];

/** A script's role from its tags (strong, weak or mixed). */
export const roleOf = (result) => ROLES.find((r) => result.tags.includes(r));

/**
 * `played`: one { seed, result, scenario } per run played, `result` a batch RunResult. Rows are
 * grouped by scenario, in the order scenarios were first played, then by seed.
 */
export function buildQualityReport(played) {
  const rows = new Map();
  const findings = Object.fromEntries(DETECTORS.map((d) => [d.id, { count: 0, examples: [] }]));
  const cased = new Map();
  let replies = 0;
  for (const { seed, result, scenario } of played) {
    const key = `${scenario.id}\u0000${seed}`;
    if (!rows.has(key)) rows.set(key, { scenario: scenario.id, seed });
    const role = roleOf(result);
    if (role !== undefined)
      rows.get(key)[role] = { openness: result.outcome.openness, commitment: result.outcome.commitment };
    if (!cased.has(scenario.id)) cased.set(scenario.id, casedTerms(scenario));
    const checked = checkRun(result, scenario, cased.get(scenario.id));
    replies += checked.replies;
    for (const { id } of DETECTORS) {
      findings[id].count += checked[id].length;
      for (const f of checked[id]) findings[id].examples.push({ run: result.name, seed, ...f });
    }
  }
  const order = [...new Set(played.map((p) => p.scenario.id))];
  const byScenarioThenSeed = (a, b) => order.indexOf(a.scenario) - order.indexOf(b.scenario) || a.seed - b.seed;
  const table = [...rows.values()].sort(byScenarioThenSeed).map((r) => ({ ...r, met: meetsOutcomeTargets(r) }));
  const count = (k) => table.filter((r) => r.met[k]).length;
  return {
    runs: played.length,
    replies,
    rows: table,
    outcomes: {
      total: table.length,
      all: count('all'),
      strong: count('strong'),
      weak: count('weak'),
      mixed: count('mixed'),
    },
    findings,
  };
}

/** Labels of the targets the report misses; empty when every one is met. */
export function missedTargets(report) {
  const missed = report.outcomes.all < report.outcomes.total ? ['strong/weak/mixed outcomes'] : [];
  for (const d of DETECTORS) if (report.findings[d.id].count > 0) missed.push(d.label);
  return missed;
}
