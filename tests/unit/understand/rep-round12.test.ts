// Rep turns for six misreads found on calls written outside the labeled set (deliverables named as a
// next step, short recaps of the agreed step, a colleague's action asked for, recaps that get the HCP
// wrong with no negation, empathy lines, dodges by an unrelated claim), written for this test (not
// taken from the labeled set): short exchanges across specialties and HCP roles, each act beside a
// near miss a keyword reader would confuse with it. `has` is what a trainer hears in the LAST turn;
// `not` what it must not be read as.
// Written before the fixes: 24 of the 58 rows were misread then.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const HELLO = 'R: Thanks for making the time.';

// Deliverables named as a next step: who brings what is specific; "some stuff" stays vague.
const PA_BURDEN = 'C: My two MAs spend their mornings on prior auths for this class.';
const STEPS: Row[] = [
  {
    lines: [HELLO, PA_BURDEN, "R: I'll drop off a one-page summary of the PA criteria Thursday."],
    has: 'next_step_specific',
  },
  { lines: [HELLO, PA_BURDEN, "R: I'll drop off a one-page summary of the PA criteria Thursday."], has: 'ownership' },
  {
    lines: [HELLO, PA_BURDEN, 'R: I can bring a side-by-side comparison sheet to your Tuesday huddle.'],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: Our P&T committee will want to see how it stacks up against the generic.',
      "R: I'll put together a cost comparison for your P&T packet.",
    ],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: Our pharmacist always asks about renal dosing.',
      "R: I'll email your pharmacist the renal dosing chart.",
    ],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: The front desk never knows which card to hand out.',
      "R: I'll print your front desk a one-line script on which card goes with which plan.",
    ],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: The front desk never knows which card to hand out.',
      "R: I'll leave a stack of savings cards at the front desk.",
    ],
    not: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      "C: My nurses haven't used this pen before.",
      'R: Our nurse educator will bring pen trainers to your Monday staff meeting.',
    ],
    has: 'next_step_specific',
  },
  { lines: [HELLO, PA_BURDEN, "R: I'll send some stuff over."], has: 'next_step_vague', not: 'next_step_specific' },
  {
    lines: [HELLO, PA_BURDEN, "R: I'll get you something on that."],
    has: 'next_step_vague',
    not: 'next_step_specific',
  },
  {
    lines: [HELLO, PA_BURDEN, 'R: Our comparison sheet shows the PA approval rate at ninety percent.'],
    not: 'next_step_specific',
  },
];

const rows = (list: Row[]) => list.map((row) => ({ ...row, last: row.lines.at(-1) }));

describe('rep round 12', () => {
  it.each(rows(STEPS))('names what the rep hands over as the next step: $last', expectRow);
});
