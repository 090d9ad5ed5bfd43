// The labeled calls said by other reps and HCPs in other words (see calls-reworded.test.ts): steps the
// rep owns in any verb, purposes in other shapes, … Rows marked "misread" failed before.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const ASK = 'C: Fine. What happens next?';

/** Who does what next, and how concrete: a promise in any verb, a follow-up that says what it brings. */
const STEPS: Row[] = [
  {
    lines: [ASK, "R: I'll phone the ward clerk this afternoon and get the in-service on the calendar."],
    has: 'ownership', // misread
  },
  {
    lines: [ASK, "R: Good point. I'll contact the infusion team about a start date."],
    has: 'ownership', // misread
  },
  { lines: [ASK, "R: I'll admit I hadn't thought about the night shift."], not: 'ownership' },
  { lines: [ASK, "R: I'll keep it short: the pens hold at room temperature for a month."], not: 'ownership' },
  {
    lines: [ASK, 'R: Then I come back in two weeks with the renal dosing sheet for your nurses. Useful?'],
    has: 'next_step_specific', // misread
  },
  {
    lines: [ASK, "R: I'll check back in a couple of weeks to see how it's going."],
    not: 'next_step_specific',
  },
  { lines: [ASK, "R: Sure. I'll leave some brochures with the front desk."], not: 'next_step_specific' },
  {
    lines: [ASK, 'R: May I send you our liver and kidney safety data split by age and dose?'],
    has: 'next_step_specific', // misread
  },
  {
    lines: [ASK, 'R: All right if I email the subgroup numbers and the dosing card tonight?'],
    has: 'commitment_request', // misread
  },
  {
    lines: [ASK, "R: Start with two patients, and I'd come back Tuesday with the over-75 data."],
    has: 'ownership', // misread
  },
];

/** Why the rep came, in shapes the stock openers miss. */
const WHY_HERE: Row[] = [
  {
    lines: ["R: Thanks for seeing me. What I'm after is how you pick a first biologic these days."],
    has: 'purpose', // misread
  },
  {
    lines: [
      "R: Morning, Dr. Shah. Honestly, today's mostly about getting to know your clinic. How long have you been here?",
    ],
    has: 'purpose', // misread
  },
  {
    lines: ["R: Hi, I'm Dana from Veltra. Quick intro to Sprayol, our new allergy spray: two actives in one bottle."],
    has: 'purpose', // misread
  },
];

describe('the labeled calls in a third wording', () => {
  const groups = { STEPS, WHY_HERE };
  for (const [name, rows] of Object.entries(groups))
    for (const row of rows)
      it(`${name}: ${row.has ? 'has ' + row.has : 'not ' + row.not} :: ${row.lines.at(-1)!.slice(0, 60)}`, () =>
        expectRow(row));
});
