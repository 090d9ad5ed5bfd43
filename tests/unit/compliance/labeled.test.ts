// Precision and recall of every compliance flag on the labeled rep turns of tests/fixtures/compliance
// (issue #17): each turn is a violation of one kind or a close-but-compliant line. Prints the table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCompliance, COMPLIANCE_KINDS } from '../../../src/compliance/index.js';
import { loadScenarioFile, type Scenario } from '../../../src/scenario/index.js';
import { DEFAULT_RUBRIC, readTranscript } from '../../../src/scoring/index.js';
import type { ComplianceKind, Turn } from '../../../src/types.js';
import { ROOT } from '../../support/paths.js';

interface Case {
  id: string;
  scenario: string;
  before?: ({ rep: string } | { hcp: string })[];
  safetyGiven?: boolean;
  rep: string;
  expect: ComplianceKind | 'none';
}

type LabeledSet = { safetyLines: Record<string, string>; cases: Case[] };
const read = (name: string) => parse(readFileSync(join(ROOT, 'tests/fixtures/compliance', name), 'utf8')) as LabeledSet;
const data = read('labeled.yaml');
const heldOut = read('heldout.yaml');
const scenarios = new Map<string, Scenario>();

beforeAll(async () => {
  for (const id of new Set([data, heldOut].flatMap((set) => set.cases.map((c) => c.scenario)))) {
    const loaded = await loadScenarioFile(join(ROOT, 'scenarios', `${id}.yaml`));
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    scenarios.set(id, loaded.value);
  }
});

function turnsOf(c: Case, set: LabeledSet): Turn[] {
  const turns: Turn[] = [];
  if (c.safetyGiven === true)
    turns.push({ speaker: 'rep', text: set.safetyLines[c.scenario]! }, { speaker: 'customer', text: 'Go on.' });
  for (const t of c.before ?? [])
    turns.push('rep' in t ? { speaker: 'rep', text: t.rep } : { speaker: 'customer', text: t.hcp });
  turns.push({ speaker: 'rep', text: c.rep });
  return turns;
}

/** The kinds flagged on the labeled (last) turn. */
function predict(c: Case, set: LabeledSet = data): Set<ComplianceKind> {
  const turns = turnsOf(c, set);
  const result = checkCompliance(
    turns,
    readTranscript(turns, DEFAULT_RUBRIC),
    DEFAULT_RUBRIC.compliance,
    scenarios.get(c.scenario),
  );
  return new Set(result.flags.filter((f) => f.turn === turns.length - 1).map((f) => f.kind));
}

interface Row {
  kind: ComplianceKind;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

function score(got: readonly { c: Case; p: Set<ComplianceKind> }[]): Row[] {
  return COMPLIANCE_KINDS.map((kind) => {
    const tp = got.filter(({ c, p }) => c.expect === kind && p.has(kind)).length;
    const fp = got.filter(({ c, p }) => c.expect !== kind && p.has(kind)).length;
    const fn = got.filter(({ c, p }) => c.expect === kind && !p.has(kind)).length;
    return {
      kind,
      tp,
      fp,
      fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  });
}

const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : (n / d).toFixed(2).padStart(5));

describe('compliance flags on the labeled set', () => {
  it('has at least 40 labeled rep turns, every kind and close-but-compliant lines among them', () => {
    expect(data.cases.length).toBeGreaterThanOrEqual(40);
    for (const k of [...COMPLIANCE_KINDS, 'none'])
      expect(data.cases.filter((c) => c.expect === k).length, k).toBeGreaterThanOrEqual(4);
  });

  it('reaches precision 0.9 and recall 0.85 for every kind', () => {
    const got = data.cases.map((c) => ({ c, p: predict(c) }));
    const rows = score(got);
    const held = heldOut.cases.map((c) => ({ c, p: predict(c, heldOut) }));
    const heldRows = new Map(score(held).map((r) => [r.kind, r]));
    const isWrong = ({ c, p }: { c: Case; p: Set<ComplianceKind> }) =>
      c.expect === 'none' ? p.size > 0 : !p.has(c.expect) || p.size > 1;
    const wrong = [...got, ...held].filter(isWrong);
    const table = rows.map((r) => {
      const h = heldRows.get(r.kind)!;
      return `${r.kind.padEnd(26)} ${String(r.tp + r.fn).padStart(3)} ${pct(r.tp, r.tp + r.fp)} ${pct(r.tp, r.tp + r.fn)}   held out: ${h.tp + h.fn} ${pct(h.tp, h.tp + h.fp)} ${pct(h.tp, h.tp + h.fn)}`;
    });
    const negatives = got.filter(({ c }) => c.expect === 'none');
    console.log(
      [
        `kind                       pos  prec   rec   (${data.cases.length} turns, ${negatives.length} close-but-compliant; held out: ${heldOut.cases.length} turns)`,
        ...table,
        `close-but-compliant lines not flagged: ${negatives.filter(({ p }) => p.size === 0).length}/${negatives.length}`,
        ...wrong.map(({ c, p }) => `  miss ${c.id}: expected ${c.expect}, got ${[...p].join(', ') || 'none'}`),
      ].join('\n'),
    );
    for (const r of rows) {
      expect(r.precision, `${r.kind} precision`).toBeGreaterThanOrEqual(0.9);
      expect(r.recall, `${r.kind} recall`).toBeGreaterThanOrEqual(0.85);
    }
  });
});
