// The labeled calls said a tenth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { describe } from 'vitest';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

const TIME = 'C: I need to run in a minute.';

/** Letting her go to what comes next in her day, or naming it, works to her clock. */
const HER_DAY: Row[] = [
  { lines: [TIME, 'R: Your nurse is calling, so fast: it is one pill at home.'], has: 'time_adapt' }, // misread
  { lines: ['C: What does it do?', 'R: It works so fast: within an hour.'], not: 'time_adapt' },
  {
    lines: [
      'C: Go on.',
      'R: How do you start them now?',
      'C: Metformin, then whatever the plan covers.',
      'R: Makes sense. Thursday at two for the coverage sheet?',
      'C: Yes, Thursday works.',
      "R: Great. I'll let you go to your clinic.",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'C: Go on.',
      'R: What would help you most?',
      'C: A sheet I can hand the patient.',
      "R: I'll bring one. I can tell your telehealth visit is close, so quickly: Thursday at two?",
    ],
    has: 'time_adapt',
  },
  {
    lines: [
      'C: Go on.',
      'R: What would help you most?',
      'C: A sheet.',
      'R: Your A1c target is close for most of them, quickly.',
    ],
    not: 'time_adapt',
  },
  { lines: ['R: Can I show you the trial?', "C: I'm pressed, so keep it short."], has: 'time_cue' }, // misread
];

/** "Good point." alone, opening the turn, acknowledges whatever she pressed on; after a bare "Sure." there is nothing. */
const ALONE: Row[] = [
  {
    lines: [
      'R: Is it the dosing you mean?',
      'C: Against warfarin, fine. But how many of the patients were older than eighty? Those are the ones we see.',
      'R: Understandable. About four hundred, so I would be careful there.',
    ],
    has: 'acknowledge',
  }, // misread
  { lines: ['R: Is it the dosing you mean?', 'C: Sure.', 'R: Good point. It is once a week.'], not: 'acknowledge' },
];

/** Harm named plainly, a worry said as "my issue is with", contentment in other words: her objections. */
const PUSHBACK: Row[] = [
  {
    lines: [
      'R: It helps them sleep.',
      'C: Older patients and sleeping pills are a bad mix. They fall and get confused.',
    ],
    has: 'objection_safety',
  }, // misread
  {
    lines: [
      'R: How are the adjuncts going?',
      'C: My issue is with the atypicals, people put on twenty pounds and quit.',
    ],
    has: 'objection_safety',
  }, // misread
  { lines: ['R: What do you use?', 'C: Twenty pounds is what my patients lose on the diet.'], not: 'objection_safety' },
  { lines: ['R: What do you use?', 'C: The monoclonals. Frankly, they do the job.'], has: 'objection_status_quo' }, // misread
  { lines: ['R: What do you use?', "C: Honestly, I don't lack for options here."], has: 'objection_status_quo' }, // misread
  { lines: ['R: Would they switch?', 'C: My patients are accustomed to two inhalers.'], has: 'objection_status_quo' }, // misread
  { lines: ['R: Could I see Dr. Patel for five minutes?', "C: Dr. Patel isn't taking anyone today."], has: 'declines' }, // misread
];

/** "One more weekly injectable." pushes back; "One more thing:" asks; with a topic beside it, the topic is the objection. */
const ONE_MORE: Row[] = [
  { lines: ['R: It is a weekly pen.', 'C: One more weekly injectable. Just what I needed.'], has: 'objection_other' }, // misread
  { lines: ['R: It is a weekly pen.', 'C: One more thing: is it oral?'], not: 'objection_other' },
  {
    lines: ['R: It is a combination pill.', 'C: One more combination pill. So, one more PA.'],
    has: 'objection_access',
  }, // misread
  {
    lines: ['R: It is a combination pill.', 'C: Another combination pill. Which means another PA.'],
    not: 'objection_other',
  }, // misread
];

const PITCHED = ['R: Vantrelle is an add-on for depression.', 'C: My patients gain weight on add-ons.'];

/** A recap frame carried on to a comma, then the rep's product; "so that's terrific!" after a maybe. */
const MISSTATED: Row[] = [
  {
    lines: [
      ...PITCHED,
      'R: So, pulling together everything we talked about, Vantrelle seems a perfect match for your patients. Will you try it?',
    ],
    has: 'misstated_recap',
  }, // misread
  {
    lines: [
      ...PITCHED,
      'R: So, pulling together everything we talked about, weight is what stops your patients. Have I got that?',
    ],
    not: 'misstated_recap',
  },
  {
    lines: [
      'R: Would you try it?',
      'C: No. Only a young patient who refuses shots, maybe. Nothing more.',
      "R: Great, that covers anyone under fifty, so that's terrific! I'll check in next week.",
    ],
    has: 'misstated_recap',
  }, // misread
];

/** "I stop back in" proposes the rep's own visit; "sometime in the next two weeks" is a window, said loosely. */
const VISITS: Row[] = [
  {
    lines: [
      'C: What do you suggest?',
      'R: Here is an idea: next Tuesday I stop back in with the coverage sheet. Would that help?',
    ],
    has: 'ownership',
  }, // misread
  { lines: ['C: Fine.', "R: I'll bring the dosing chart sometime in the next two weeks."], has: 'next_step_specific' }, // misread
  { lines: ['C: Fine.', "R: I'll check back sometime."], not: 'next_step_specific' },
];

/** "How annoying is it when…?", "How great would it be if…?": the rep supplies the feeling; a leading, closed question. */
const SUPPLIED: Row[] = [
  {
    lines: ['C: Potassium is the problem.', 'R: How annoying is it when potassium forces you to stop an ARB?'],
    has: 'closed_question',
  }, // misread
  {
    lines: ['C: Potassium is the problem.', 'R: How great would it be if you never had to stop the ARB again?'],
    has: 'closed_question',
  }, // misread
  { lines: ['C: Potassium is the problem.', 'R: How do you handle it when potassium climbs?'], has: 'open_question' },
];

/** Hands that cannot work the device, doubt they take it, promises heard before: her other objections. */
const OTHER: Row[] = [
  {
    lines: [
      'R: Our pen is simple.',
      "C: Half of them can't handle a syringe. And I'd have no idea whether they're really taking it.",
    ],
    has: 'objection_other',
  }, // misread
  { lines: ["R: I'll keep the log myself.", 'C: Brent made the same kind of promises.'], has: 'objection_other' }, // misread
];

/** Her worry said back as the question it raises ("can their hands handle it") asks; it does not turn her around. */
const ASKED_BACK: Row[] = [
  {
    lines: [
      'R: What gets in the way?',
      "C: Their hands. Half of them can't handle a syringe.",
      'R: So really two questions: can their hands handle it, and would you hear if they quit. The pen has no button.',
    ],
    not: 'misstated_recap',
  }, // misread
];

/** A place of her work busy now, her next patient, no time for a presentation: time cues. */
const BUSY_NOW: Row[] = [
  { lines: ['R: Can I see Dr. Patel?', "C: We're two MAs short and the waiting room is rammed."], has: 'time_cue' }, // misread
  { lines: ['R: Can I see Dr. Patel?', "C: The lobby's heaving, sorry."], has: 'time_cue' }, // misread
  { lines: ['R: What do you use?', 'C: The formulary list is full of generics.'], not: 'time_cue' },
  { lines: ['R: How was flu season?', 'C: The clinic was full of flu patients last winter.'], not: 'time_cue' },
  { lines: ['R: Do you see much gout?', "C: A few. Listen, I've got to see my next one."], has: 'time_cue' }, // misread
  {
    lines: ['R: Can I walk you through the data?', "C: A proper presentation just isn't possible today."],
    has: 'time_cue',
  }, // misread
];

/** "Here's what I have in mind: …" lays out the call; "within a fortnight" is a window a step can be asked on. */
const LAID_OUT: Row[] = [
  {
    lines: [
      "R: Thanks for the time. Here's what I have in mind: get a feel for how you treat AF, then see if a next step makes sense. Is that alright?",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      'C: What next?',
      'R: A suggestion: within a fortnight or so I return and we go over it with your MA. Would that help?',
    ],
    has: 'commitment_request',
  }, // misread
];

const USE = 'R: What do you use?';

/** Content with what she has, in other words; a day that suits her agrees to it. */
const CONTENT: Row[] = [
  { lines: [USE, 'C: The basal insulins we use here suit us very well.'], has: 'objection_status_quo' }, // misread
  { lines: [USE, 'C: Iron sucrose is perfectly adequate for most patients.'], has: 'objection_status_quo' }, // misread
  { lines: ['R: Could you use our handout?', "C: We've got a handout of our own."], has: 'objection_status_quo' }, // misread
  { lines: ['R: Could I come back Tuesday?', 'C: Tuesday suits me.'], not: 'objection_status_quo' },
  {
    lines: ['R: Shall I come back next month?', 'C: Fine by me. Next month, bring the form.'],
    not: 'objection_status_quo',
  }, // misread
  { lines: [USE, 'C: Veltrozin is fine with me.'], has: 'objection_status_quo' },
  { lines: [USE, "C: To be frank, there's no shortage of preventives in my cupboard."], not: 'objection_access' }, // misread
];

const ANSWERED = [
  'C: Is it covered on Part D?',
  'R: Most plans cover it at tier three after a topical, and a card brings commercial copays to twenty dollars.',
];

/** "Right." to the answer to her own question takes it in; after a pitch she did not ask for, it shrugs. */
const TAKEN_IN: Row[] = [
  { lines: [...ANSWERED, 'C: Right.'], not: 'disinterest_cue' }, // misread
  { lines: [...ANSWERED, 'C: Fair enough.'], not: 'disinterest_cue' },
  {
    lines: ['R: Our inhaler has a dose counter, a foil strip, a new powder and a breath-actuated device.', 'C: Right.'],
    has: 'disinterest_cue',
  },
];

const NO_ROOM = 'C: Another combination pill means another PA. I have no capacity for that.';

/** Pressing an ask on past her concern, waving a worry away, a nod and then "That said": rebuttals. */
const PRESSED: Row[] = [
  { lines: [NO_ROOM, 'R: Still, would you give it a try in one patient?'], has: 'rebuttal' }, // misread
  { lines: [NO_ROOM, 'R: Would you be willing to try it, though, with one suitable patient?'], has: 'rebuttal' }, // misread
  { lines: [NO_ROOM, 'R: Would you still see patients on Fridays?'], not: 'rebuttal' },
  {
    lines: [
      'C: Hypnotics in the elderly are a bad idea. They fall.',
      "R: Oh, Dormyra is very safe; on this one, that's honestly not a concern. Do you use trazodone?",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: The old drug does perfectly well if you titrate it.',
      'R: I totally hear that, brilliant point. That said, the numbers tell the story. More patients hit target on Uralex.',
    ],
    has: 'rebuttal',
  }, // misread
];

describe('calls said a tenth way', () => {
  itRows({
    HER_DAY,
    ALONE,
    PUSHBACK,
    ONE_MORE,
    MISSTATED,
    VISITS,
    SUPPLIED,
    OTHER,
    ASKED_BACK,
    BUSY_NOW,
    LAID_OUT,
    CONTENT,
    TAKEN_IN,
    PRESSED,
  });
});
