// The eval report as text: summary, capped misses, 100 columns, sanitized ids, acts weakest first.
import { describe, expect, it } from 'vitest';
import {
  actAgreement,
  authorAgreement,
  metricAgreement,
  overallCorrelation,
  type EvalReport,
  type Observation,
} from '../../../src/eval/index.js';
import { renderEval } from '../../../src/render/eval.js';
import { obs } from '../eval/builders.js';

const IDS = ['question_quality', 'conversation_control_structure'];

function reportOf(observations: Observation[], acts?: EvalReport['acts']): EvalReport {
  const a = metricAgreement(observations, IDS);
  const perAuthor = authorAgreement(observations, IDS);
  return {
    files: observations.length,
    rubric: { version: 'rp-2@2.0.0', hash: 'f'.repeat(64) },
    authors: perAuthor.map((r) => r.author),
    metricAgreement: a.metrics,
    overallAgreement: a.overall,
    spearman: overallCorrelation(observations),
    perMetric: a.perMetric,
    perAuthor,
    misses: a.misses,
    overallMisses: a.overallMisses,
    ...(acts ? { acts } : {}),
  };
}

/** 30 files, every band missed: 90 misses, far more than the 40 lines the misses may take. */
const missed = Array.from({ length: 30 }, (_, k) =>
  obs(
    `A${String(k).padStart(2, '0')}-call`,
    { question_quality: ['high', 1], conversation_control_structure: ['low', 5] },
    ['high', 1],
  ),
);

describe('renderEval', () => {
  it('starts with the file count and both agreements', () => {
    const out = renderEval(
      reportOf([
        obs('A01', { question_quality: ['high', 4.5], conversation_control_structure: ['low', 3] }, ['high', 4]),
      ]),
    );
    expect(out.split('\n')[0]).toBe('1 file: metric agreement 50.0% (1/2), overall agreement 100.0% (1/1)');
    expect(out).toContain('Per metric');
    expect(out).toContain('Per author');
    expect(out).toContain('Confusion');
  });

  it('shows at most 40 lines of misses and counts the rest', () => {
    const out = renderEval(reportOf(missed));
    const from = out.split('\n').findIndex((l) => l.startsWith('Misses'));
    const tail = out
      .split('\n')
      .slice(from + 1)
      .filter((l) => l !== '');
    expect(tail.length).toBeLessThanOrEqual(41);
    // Each file takes a name line and 3 misses: 10 files fill the 40 lines.
    expect(tail.at(-1)).toBe('… and 60 more in 20 files (--json lists every one)');
  });

  it('keeps every line within 100 columns', () => {
    const long = obs(`A01-${'x'.repeat(150)}`, {
      question_quality: ['high', 1],
      conversation_control_structure: ['low', 5],
    });
    for (const line of renderEval(reportOf([...missed, long])).split('\n'))
      expect(line.length).toBeLessThanOrEqual(100);
  });

  it('strips terminal escapes from file ids', () => {
    const out = renderEval(reportOf([obs('A01-\u001B]0;pwned\u0007evil', { question_quality: ['high', 1] })]));
    expect(out).toContain('A01-evil');
    expect(out).not.toContain('\u001B');
  });

  it('lists acts by F1, weakest first, with macro-F1 and the weakest acts', () => {
    const gold = [...Array(5).fill(['open_question']), ...Array(5).fill(['paraphrase'])] as string[][];
    const predicted = [...Array(5).fill(['open_question']), ...Array(5).fill([])] as string[][];
    const acts = { skipped: 2, ...actAgreement([{ id: 'A01', gold, predicted }], ['open_question', 'paraphrase']) };
    const out = renderEval(reportOf(missed.slice(0, 1), acts));
    expect(out).toContain('Acts: 1 file, 10 turns; 2 files without .acts.json skipped');
    expect(out.indexOf('│ paraphrase')).toBeLessThan(out.indexOf('│ open_question'));
    expect(out).toContain('macro-F1 0.50 over 2 acts with support ≥ 5');
    expect(out).toContain('weakest: paraphrase 0.00, open_question 1.00');
  });
});
