// Which numbers a rep states as results, and whether a scenario fact bears them out (issue #17).
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLIANCE_RULES as R } from '../../../src/compliance/index.js';
import { factNumbers, matchesFact, statNumbers } from '../../../src/compliance/numbers.js';

const stated = (s: string) => statNumbers(s, R).map((n) => n.text);

describe('statNumbers', () => {
  it.each([
    { s: 'LDL fell 51% from baseline.', out: ['51%'] },
    { s: 'MADRS improved by 2.4 points.', out: ['2.4 points'] },
    { s: 'The hazard ratio was 0.82.', out: ['0.82'] },
    { s: 'Hospitalizations were reduced by 26 percent.', out: ['26%'] },
    { s: 'Leaks dropped by 3 a day.', out: ['3'] },
    { s: 'The copay is $15 a month.', out: ['$15'] },
    { s: 'Take 200 mg once a day for 12 weeks.', out: [] },
    { s: 'I have two minutes and 40 patients today.', out: [] },
    { s: 'It is a beta-3 agonist given at week 12.', out: [] },
  ])('finds $out in "$s"', ({ s, out }) => expect(stated(s)).toEqual(out));
});

describe('matchesFact', () => {
  const facts = factNumbers(
    'MADRS improved by 2.4 points; akathisia in 4 percent; weigh risk in those over 65; 92 percent fell.',
    R.statUnits,
  );
  const check = (s: string) => statNumbers(s, R).every((n) => matchesFact(n, facts, R.hedgeTolerance));
  it.each([
    { s: 'It improved MADRS by 2.4 points.', ok: true },
    { s: 'It improved MADRS by 4 points.', ok: false },
    { s: 'Akathisia was 4 percent.', ok: true },
    { s: '65 percent responded.', ok: false },
    { s: 'Activity fell by over 90 percent.', ok: true },
    { s: 'Activity fell by over 95 percent.', ok: false },
    { s: 'Activity fell by about 60 percent.', ok: false },
  ])('"$s" is borne out: $ok', ({ s, ok }) => expect(check(s)).toBe(ok));
});
