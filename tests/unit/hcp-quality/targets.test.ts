// The outcome targets per scenario and seed, and runs the HCP let go past its time budget.
import { describe, expect, it } from 'vitest';
import { meetsOutcomeTargets, turnsPastBudget } from '../../hcp-quality/detect/index.mjs';

const o = (openness: number, commitment = 'none') => ({ openness, commitment });

describe('meetsOutcomeTargets', () => {
  it('is met when strong ends at 7+ agreed, weak at 3 or less, mixed in between', () => {
    expect(meetsOutcomeTargets({ strong: o(7, 'agreed'), weak: o(3), mixed: o(5, 'asked') })).toEqual({
      strong: true,
      weak: true,
      mixed: true,
      all: true,
    });
  });

  it.each([
    {
      what: 'a strong rep without an agreed commitment',
      runs: { strong: o(9, 'asked'), weak: o(2), mixed: o(5) },
      missed: 'strong',
    },
    { what: 'a weak rep the HCP warmed to', runs: { strong: o(8, 'agreed'), weak: o(4), mixed: o(5) }, missed: 'weak' },
    {
      what: 'a mixed rep ending where a strong one does',
      runs: { strong: o(8, 'agreed'), weak: o(1), mixed: o(7) },
      missed: 'mixed',
    },
    {
      what: 'a mixed rep ending where a weak one does',
      runs: { strong: o(8, 'agreed'), weak: o(1), mixed: o(3) },
      missed: 'mixed',
    },
    { what: 'a script that was not played', runs: { strong: o(8, 'agreed'), weak: o(1) }, missed: 'mixed' },
  ])('is missed for $what', ({ runs, missed }) => {
    const met = meetsOutcomeTargets(runs);
    expect(met.all).toBe(false);
    expect(
      Object.entries(met)
        .filter(([k, v]) => k !== 'all' && !v)
        .map(([k]) => k),
    ).toEqual([missed]);
  });
});

describe('turnsPastBudget', () => {
  it.each([
    { turns: 6, budget: 6, late: 0 },
    { turns: 4, budget: 6, late: 0 },
    { turns: 8, budget: 6, late: 2 },
  ])('$turns rep turns on a budget of $budget are $late late', ({ turns, budget, late }) =>
    expect(turnsPastBudget(turns, budget)).toBe(late),
  );
});
