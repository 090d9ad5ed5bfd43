// The labeled calls said an eighteenth way (see calls-reworded.test.ts): in clinicians' and payers'
// shorthand, and with each turn's sentences rebuilt (answer first, ellipsis, the point mid-turn), in other
// therapy areas. Rows marked "misread" failed before.
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

/** Weighing two offered options ("more") asks her to pick one; ranking an open list ("most … or something else") does not. */
const PICK_ONE: Row[] = [
  {
    lines: [
      'C: Half my week is PA appeals, and the other half is patients walking away at pickup.',
      'R: Fair worry. What stings more for you: the PA hours your staff burns, or the out-of-pocket number at pickup?',
    ],
    has: 'closed_question',
    not: 'open_question',
  }, // misread
  {
    lines: [
      "C: Between the shortages and the rejected claims, I'm drowning.",
      "R: That's a lousy position. What's hurting more at the moment — supply, or the rejections?",
    ],
    has: 'closed_question',
    not: 'open_question',
  }, // misread
  {
    lines: [
      'C: The copay and the paperwork both kill it.',
      'R: Where does it pinch more for you: the PA burden for your team or what patients pay at pickup?',
    ],
    has: 'closed_question',
  }, // misread
  {
    lines: [
      'C: Those are the patients I worry about.',
      'R: What would matter most to you for them: fewer readmissions, fewer labs, or something else?',
    ],
    has: 'open_question',
  },
  {
    lines: ['C: It depends on the patient.', 'R: What makes the bigger difference in how you decide?'],
    has: 'open_question',
  },
];

itRows({
  'pick one': PICK_ONE,
});
