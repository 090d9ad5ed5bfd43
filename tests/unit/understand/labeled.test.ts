// Regression guard on the labeled conversations (../shared/labeled/dev, absent in a user's clone):
// the reader's acts and the scorer's bands must not slip below where rp-2 stands. These are floors
// under today's figures, not the goals (see `roleplay eval` for the full report).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../../../src/scoring/index.js';
import { evaluate, parseActs, parseLabeled, type LabeledConversation } from '../../../src/eval/index.js';
import { hasShared, SHARED } from '../../support/paths.js';

const DIR = resolve(SHARED, 'labeled/dev');

function load(): LabeledConversation[] {
  const names = readdirSync(DIR)
    .filter((n) => n.endsWith('.json') && !n.endsWith('.acts.json'))
    .sort();
  return names.map((n) => {
    const parsed = parseLabeled(JSON.parse(readFileSync(join(DIR, n), 'utf8')), n, n.replace(/\.json$/, ''));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const actsFile = join(DIR, n.replace(/\.json$/, '.acts.json'));
    const acts = parseActs(JSON.parse(readFileSync(actsFile, 'utf8')), actsFile, parsed.value);
    if (!acts.ok) throw new Error(acts.problems.join('\n'));
    return { ...parsed.value, acts: acts.value };
  });
}

if (!hasShared) {
  describe('labeled conversations', () => {
    it.skip(`skipped: ../shared/labeled/dev not present (looked in ${DIR})`, () => {});
  });
} else {
  describe('labeled conversations', () => {
    const report = evaluate(load(), { rubric: DEFAULT_RUBRIC, acts: true });

    it('agrees with the trainers on at least three in four metric bands and four in five overall bands', () => {
      expect(report.files).toBe(40);
      expect(report.metricAgreement.agreement).toBeGreaterThanOrEqual(75);
      expect(report.overallAgreement.agreement).toBeGreaterThanOrEqual(80);
    });

    it("agrees on at least 68% of each author's metric bands", () => {
      for (const a of report.perAuthor)
        expect({ author: a.author, atLeast68: a.metrics.agreement! >= 68 }).toEqual({
          author: a.author,
          atLeast68: true,
        });
    });

    it('reads the annotated acts with a macro-F1 of at least 0.78', () => {
      expect(report.acts!.macroF1).toBeGreaterThanOrEqual(0.78);
    });

    it('ranks conversations by overall score the way trainers band them (Spearman ≥ 0.8)', () => {
      expect(report.spearman.rho).toBeGreaterThanOrEqual(0.8);
    });
  });
}
