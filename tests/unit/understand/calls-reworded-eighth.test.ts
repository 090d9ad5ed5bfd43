// The labeled calls said an eighth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { describe } from 'vitest';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

const KNEES = 'C: What matters to me with knees is whether they can keep walking without pain.';

/** Beside a point tied to her, a measured result is the evidence for it; an unmeasured outcome or hype is generic. */
const MEASURED: Row[] = [
  {
    lines: [
      KNEES,
      'R: Right, keeping them walking. Ossena is a gel rubbed on the knee twice a day. In the STRIDE study WOMAC scores fell by about thirty-five percent at twelve weeks, against twenty for placebo gel.',
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: [
      KNEES,
      'R: Right, keeping them walking. Ossena is a gel rubbed on the knee twice a day. In the STRIDE study WOMAC scores fell by about thirty-five percent at twelve weeks, the best in the class.',
    ],
    has: 'generic_benefit',
  },
  {
    lines: [
      KNEES,
      'R: Right, keeping them walking. Ossena is a gel rubbed on the knee twice a day. And the results in the STRIDE study were really strong and durable.',
    ],
    has: 'generic_benefit',
  },
  {
    lines: [
      'C: What have you got?',
      "R: It's a gel for knee arthritis, and in STRIDE 61 percent of patients had their pain halved.",
    ],
    has: 'generic_benefit',
  },
];

/** A price compared against what she pays now is a cost objection. */
const PRICED: Row[] = [
  { lines: ['C: Our current antibiotic costs a fraction of yours.'], has: 'objection_cost' }, // misread
  { lines: ["C: It's far pricier than what we use now."], has: 'objection_cost' }, // misread
  { lines: ['C: Only a fraction of my patients would qualify.'], not: 'objection_cost' },
];

describe('the labeled calls in an eighth wording', () => {
  itRows({ MEASURED, PRICED });
});
