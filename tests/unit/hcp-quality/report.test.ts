// The quality report: outcomes grouped by scenario and seed, detector counts, the text and the misses.
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../src/batch/index.js';
import {
  buildQualityReport,
  missedTargets,
  renderQualityReport,
  type Played,
} from '../../hcp-quality/detect/index.mjs';
import { aRunResult } from '../batch/builders.js';
import { aScenario } from './builders.js';

const scenario = aScenario();
const outcome = (openness: number, commitment: RunResult['outcome']['commitment']): RunResult['outcome'] => ({
  openness,
  commitment,
  objections: { raised: 0, resolved: 0 },
  prioritiesUncovered: { uncovered: 0, total: 1 },
  endReason: null,
});
const transcript = (...replies: string[]): RunResult['transcript'] =>
  replies.flatMap((text, i) =>
    i === 0
      ? [{ speaker: 'customer' as const, text }]
      : [
          { speaker: 'rep' as const, text: 'What matters most?' },
          { speaker: 'customer' as const, text },
        ],
  );

function played(
  seed: number,
  role: string,
  openness: number,
  commitment: RunResult['outcome']['commitment'],
  replies = ['Hello.', 'Falls.'],
): Played {
  const result = aRunResult({
    name: `lipid-test ${role}`,
    tags: [role],
    outcome: outcome(openness, commitment),
    transcript: transcript(...replies),
    repTurns: replies.length - 1,
  });
  return { seed, result, scenario };
}

const ALL_MET = [played(1, 'strong', 8, 'agreed'), played(1, 'weak', 2, 'none'), played(1, 'mixed', 5, 'asked')];

describe('buildQualityReport', () => {
  it('puts each scenario and seed on one row with the three roles, seeds in order', () => {
    const report = buildQualityReport([played(2, 'strong', 9, 'agreed'), ...ALL_MET]);
    expect(report.rows.map((r) => [r.scenario, r.seed, r.strong?.openness, r.met.all])).toEqual([
      ['lipid-test', 1, 8, true],
      ['lipid-test', 2, 9, false],
    ]);
    expect(report.outcomes).toEqual({ total: 2, all: 1, strong: 2, weak: 1, mixed: 1 });
  });

  it('counts replies and findings across runs, with the run and seed of each', () => {
    const report = buildQualityReport([
      played(1, 'strong', 8, 'agreed', ['Hello.', 'Falls are my worry here.', 'Falls are my worry here.']),
    ]);
    expect(report.replies).toBe(2);
    expect(report.findings.repeatedReplies).toEqual({
      count: 1,
      examples: [{ run: 'lipid-test strong', seed: 1, turn: 4, firstTurn: 2, text: 'Falls are my worry here.' }],
    });
  });
});

describe('missedTargets', () => {
  it('is empty when every target is met', () => {
    expect(missedTargets(buildQualityReport(ALL_MET))).toEqual([]);
  });

  it('names the outcome targets and each detector that found something', () => {
    const report = buildQualityReport([
      ...ALL_MET.slice(0, 2),
      played(1, 'mixed', 9, 'asked', ['Hello.', 'How would that work for ldl goal?']),
    ]);
    expect(missedTargets(report)).toEqual(['strong/weak/mixed outcomes', 'seam: lowercased acronym or proper noun']);
  });
});

describe('renderQualityReport', () => {
  it('prints a row per scenario and seed, then every number with its target', () => {
    const text = renderQualityReport(buildQualityReport(ALL_MET));
    expect(text).toContain('lipid-test     1  8 agreed      2 none        5 asked       -\n');
    expect(text).toContain('scenario×seed meeting all three outcome targets         1/1      1/1     pass\n');
    expect(text).toContain('verbatim repeated replies                               0        0       pass\n');
  });

  it('quotes findings only when asked for examples', () => {
    const report = buildQualityReport([played(1, 'weak', 2, 'none', ['Hello.', 'How would that work for ldl goal?'])]);
    expect(renderQualityReport(report)).not.toContain('reply to rep turn 1');
    expect(renderQualityReport(report, { examples: 1 })).toContain(
      '  lipid-test weak · seed 1 · reply to rep turn 1 · ldl\n    How would that work for ldl goal?\n',
    );
  });
});
