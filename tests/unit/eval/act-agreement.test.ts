// Turn-by-turn act agreement: counts, zero divisions, macro-F1 over acts with support of 5 or more.
import { describe, expect, it } from 'vitest';
import { actAgreement } from '../../../src/eval/index.js';

const ACTS = ['open_question', 'paraphrase', 'rebuttal', 'agrees'];

describe('actAgreement', () => {
  it('counts TP, FP and FN turn by turn, an act once per turn', () => {
    const r = actAgreement(
      [
        {
          id: 'A01',
          gold: [['open_question'], ['agrees'], ['open_question', 'open_question']],
          predicted: [['open_question', 'open_question'], [], ['paraphrase']],
        },
      ],
      ACTS,
    );
    const row = (act: string) => r.perAct.find((x) => x.act === act)!;
    expect(row('open_question')).toMatchObject({
      support: 2,
      predicted: 1,
      tp: 1,
      fp: 0,
      fn: 1,
      precision: 1,
      recall: 0.5,
      f1: 0.667,
    });
    expect(row('agrees')).toMatchObject({ support: 1, predicted: 0, tp: 0, fp: 0, fn: 1 });
    expect(row('paraphrase')).toMatchObject({ support: 0, predicted: 1, tp: 0, fp: 1, fn: 0 });
    expect(r.turns).toBe(3);
    expect(r.files).toBe(1);
  });

  it.each([
    { name: 'never predicted', gold: [['rebuttal']], predicted: [[]], precision: null, recall: 0, f1: 0 },
    { name: 'never in the gold', gold: [[]], predicted: [['rebuttal']], precision: 0, recall: null, f1: 0 },
    { name: 'on neither side', gold: [[]], predicted: [[]], precision: null, recall: null, f1: null },
    { name: 'always right', gold: [['rebuttal']], predicted: [['rebuttal']], precision: 1, recall: 1, f1: 1 },
  ])('handles an act $name without dividing by zero', ({ gold, predicted, precision, recall, f1 }) => {
    const row = actAgreement([{ id: 'A01', gold, predicted }], ['rebuttal']).perAct[0]!;
    expect({ precision: row.precision, recall: row.recall, f1: row.f1 }).toEqual({ precision, recall, f1 });
  });

  it('averages macro-F1 over acts with support of 5 or more only, and lists the weakest', () => {
    const turns = (n: number, acts: string[]) => Array.from({ length: n }, () => acts);
    // open_question: 5 gold, all found (F1 1); paraphrase: 6 gold, none found (F1 0);
    // rebuttal: 4 gold, none found (F1 0, but support 4: left out).
    const gold = [...turns(5, ['open_question']), ...turns(6, ['paraphrase']), ...turns(4, ['rebuttal'])];
    const predicted = [...turns(5, ['open_question']), ...turns(6, []), ...turns(4, [])];
    const r = actAgreement([{ id: 'A01', gold, predicted }], ACTS);
    expect(r.macroF1).toBe(0.5);
    expect(r.macroActs).toBe(2);
    expect(r.minSupport).toBe(5);
    expect(r.weakest).toEqual([
      { act: 'paraphrase', f1: 0 },
      { act: 'open_question', f1: 1 },
    ]);
  });

  it('has no macro-F1 when no act reaches the support threshold', () => {
    const r = actAgreement([{ id: 'A01', gold: [['agrees']], predicted: [['agrees']] }], ACTS);
    expect(r.macroF1).toBeNull();
    expect(r.weakest).toEqual([]);
  });

  it('takes the threshold and the number of weakest acts as options', () => {
    const r = actAgreement([{ id: 'A01', gold: [['agrees'], ['rebuttal']], predicted: [['agrees'], []] }], ACTS, {
      minSupport: 1,
      weakest: 1,
    });
    expect(r.macroF1).toBe(0.5);
    expect(r.weakest).toEqual([{ act: 'rebuttal', f1: 0 }]);
  });
});
