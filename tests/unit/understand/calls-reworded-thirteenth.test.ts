// The labeled calls said a thirteenth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { itKinds, itRows, type ActRow as Row, type KindRow } from '../../support/act-rows.js';

/** A point aimed at the group of patients she described ties to her, however it names that group. */
const HER_GROUP: Row[] = [
  {
    lines: [
      "C: Did the trial leave out people who inject drugs? That's nearly half my cellulitis admissions.",
      "R: No, about 18 percent injected. Response was 78 versus 76 percent. And that's the group where the bed-day case is strongest for you, since you can't discharge them with a PICC.",
    ],
    has: 'priority_link',
  }, // misread
  {
    lines: [
      'C: Morning. What have you got?',
      "R: Velora works in older adults. That's the group where it shines, and it's once a day.",
    ],
    not: 'priority_link',
  },
];

/** A plan whose only business is learning about the rep's host as a person is small talk, not an agenda. */
const ACQUAINTED: KindRow[] = [
  {
    lines: [
      "R: Hi, I'm Jordan. Honestly, my goal today is mostly to learn a bit about you. How long have you been here?",
    ],
    kind: 'pitch',
  }, // misread
  { lines: ["R: Morning, cheers for the time. Mostly I'm here to learn a bit about you today."], kind: 'pitch' }, // misread
  {
    lines: ["R: My goal today is to learn a bit about you and how you handle patients who can't inject."],
    kind: 'agenda',
  },
  { lines: ['R: Today is mostly about getting to know you.'], kind: 'pitch' },
];

itRows({ 'her group': HER_GROUP });
itKinds('purpose', { ACQUAINTED });
