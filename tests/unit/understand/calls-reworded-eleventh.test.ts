// The labeled calls said an eleventh way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { describe } from 'vitest';
import { itKinds, itRows, type ActRow as Row, type KindRow } from '../../support/act-rows.js';

/** A short opening word on her situation, in her words and with nothing of the rep's in it, takes it in. */
const HER_WORLD: Row[] = [
  {
    lines: [
      'C: My teachers on the seizure drug tell me they lose their words in class.',
      'R: Losing words is a dealbreaker for a teacher. Where do things go when a side effect makes someone stop?',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: I have eleven pens sitting in my fridge that I cannot return.',
      "R: You're stuck with eleven pens. What made the prescriber change?",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: I have eleven pens sitting in my fridge that I cannot return.',
      "R: We'll take the eleven pens back on Friday. What made the prescriber change?",
    ],
    not: 'acknowledge',
  },
  {
    lines: ['C: How many pens come in a box?', 'R: Eleven pens come in a box. Anything else on the pens?'],
    not: 'acknowledge',
  },
];

/** A reply that opens by granting her point, then asks on it, has not answered her question yet. */
const GRANTED_FIRST: Row[] = [
  {
    lines: [
      'C: Okay, but what is it going to cost them? My Medicare folks get killed on anything brand.',
      "R: Fair, that's usually where this falls apart. Which plans are most of your post-stent patients on?",
    ],
    not: 'answers_question',
  }, // misread
  {
    lines: [
      'C: Okay, but what is it going to cost them?',
      "R: Fair, that's usually where cost comes up. About twenty dollars a month with the card.",
    ],
    has: 'answers_question',
  },
];

/** After her clock, a step and a plain "Would that be all right?" on it wraps up; a new question does not. */
const SIGNED_OFF: Row[] = [
  {
    lines: [
      'C: Fine, send it over. I have a patient waiting.',
      "R: In that case, tonight you'll get an email with the subgroup results. Would that be all right?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'C: Fine, send it over. I have a patient waiting.',
      "R: Then tonight you'll get an email. What else do you use for the older ones?",
    ],
    not: 'time_adapt',
  },
];

/** "Enjoy your evening." is goodbye: beside a "Sure," it takes no part in what the rep offered. */
const GOODBYE: Row[] = [
  {
    lines: ['C: Hi.', "R: I'll drop some materials off up front.", 'C: Sure, thanks, Maya. Enjoy your evening.'],
    not: 'agrees',
  }, // misread
  {
    lines: [
      'C: Hi.',
      'R: Could we meet Thursday at 2 to go over the data?',
      'C: Sure, Thursday at 2 works. Enjoy your evening.',
    ],
    has: 'agrees',
  },
];

/** A clipped reply that only says "a few" or "no idea" shrugs; a count, or a few words more, answers. */
const SHRUGGED: Row[] = [
  {
    lines: ['C: Hi.', 'R: How many of your patients on dialysis are above goal on potassium?', 'C: No idea. A few.'],
    has: 'disinterest_cue',
  }, // misread
  { lines: ['C: Hi.', 'R: Do you see many patients needing IV iron?', 'C: We do a fair few.'], has: 'disinterest_cue' }, // misread
  {
    lines: [
      'C: Hi.',
      'R: How many of your patients on dialysis are above goal on potassium?',
      "C: About twenty, I'd guess.",
    ],
    not: 'disinterest_cue',
  },
  {
    lines: [
      'C: Hi.',
      'R: How many of your patients on dialysis are above goal on potassium?',
      'C: A fair few, mostly the diabetics.',
    ],
    not: 'disinterest_cue',
  },
];

/** Sent to a drop-off place ("Stick them in there.", "Talk to reception.") is a brush-off; a greeting is none. */
const HANDED_OFF: Row[] = [
  {
    lines: [
      'C: We use the old one.',
      'R: Could I come back Thursday with the coverage sheet?',
      'C: Ha. Stick them in there, so.',
    ],
    has: 'brush_off',
  }, // misread
  {
    lines: [
      'C: We use the old one.',
      'R: Could I come back Thursday with the coverage sheet?',
      'C: Talk to reception.',
    ],
    has: 'brush_off',
  }, // misread
  {
    lines: [
      'C: We use the old one.',
      'R: Could I come back Thursday with the coverage sheet?',
      "C: Put it there and we'll talk Thursday at 2.",
    ],
    not: 'brush_off',
  },
  {
    lines: [
      'C: We use the old one.',
      'R: What gets in the way for them?',
      'C: Put a ninety-dollar copay in front of them and the script never gets filled.',
    ],
    not: 'brush_off',
  },
  { lines: ["C: Good to see you. We're pretty happy with the basal insulins we use here."], not: 'brush_off' }, // misread
];

/** "Not this <anything> year" and "isn't seeing anybody" say no, as "not this year" and "anyone" did. */
const NOT_NOW: Row[] = [
  {
    lines: [
      'C: We use the old one.',
      'R: Would you try it with two patients next month?',
      'C: Not this budget year, no.',
    ],
    has: 'declines',
  }, // misread
  {
    lines: [
      'C: We use the old one.',
      'R: Would you try it with two patients next month?',
      "C: Honestly, Dr. Patel isn't seeing anybody today.",
    ],
    has: 'declines',
  }, // misread
];

const EARLIER = [
  'C: Hi.',
  'R: Thanks for the time. How do you handle anticoagulation in your older patients?',
  'C: Carefully. Renal function mostly.',
  'R: Makes sense. How often do you check it?',
];

/** A reply that opens by pointing back at what she asked ("That group…", "It's in…") answers it. */
const POINTS_BACK: Row[] = [
  {
    lines: [
      'C: A good number of mine hold off on insulin for a year. In which settings has this done well, in your experience?',
      "R: That group matters a lot: a year's delay means a year of high A1c. The biggest gains come from people who will say yes to one injection a week.",
    ],
    has: 'answers_question',
  }, // misread
  {
    lines: [
      ...EARLIER,
      "C: Plenty of reps would just say it's safer. Have the data in the over-eighties been published?",
      "R: It's in a secondary analysis, and our medical science liaison could take you through it. Safety has looked consistent after launch.",
    ],
    not: 'dodges_question',
  }, // misread
  {
    lines: [
      'C: How does Pulmovra do on Part D?',
      'R: Our new inhaler has a dose counter and fewer flare-ups than a dual inhaler.',
    ],
    has: 'dodges_question',
  },
];

const TEN_MINUTES = ['C: Hi.', 'R: Dr. Lee, could I have ten minutes on your heart-failure patients?'];
const SHEETS = ['C: We use the old one.', 'R: Would the practice sheets help? I can bring some Thursday.'];

/** The minutes the rep asked for, granted ("Ten minutes works."), and "Please, yes." say yes. */
const GRANTED: Row[] = [
  { lines: [...TEN_MINUTES, 'C: Ten minutes works.'], has: 'agrees' }, // misread
  { lines: [...TEN_MINUTES, 'C: Ten minutes I can do.'], has: 'agrees' }, // misread
  { lines: [...SHEETS, 'C: Please, yes.'], has: 'agrees' }, // misread
  { lines: [...SHEETS, 'C: Sure.'], not: 'agrees' },
  { lines: [...TEN_MINUTES, 'C: Sure, ten minutes.'], not: 'brush_off' }, // misread
];

/** Asking for this call's minutes is its time frame, not a step to come; with a day it is a step. */
const THIS_CALL: Row[] = [
  { lines: TEN_MINUTES, not: 'next_step_specific' }, // misread
  { lines: ['C: Hi.', 'R: Could I have ten minutes next Tuesday?'], has: 'next_step_specific' },
];

/** Why the rep came, said as "What I want is…" or "I came by about…". */
const CAME_FOR: Row[] = [
  {
    lines: ['C: Hello.', 'R: What I want is to learn how you manage patients above goal on one drug.'],
    has: 'purpose',
  }, // misread
  {
    lines: ['C: Hi.', 'R: Thanks for squeezing me in. I came by about Mistovan, the once-daily nasal spray.'],
    has: 'purpose',
  }, // misread
];

/** Whose learning the purpose is: the rep's ("minutes of listening") or hers ("for you to hear about…"). */
const WHOSE: KindRow[] = [
  {
    lines: [
      'C: Okay, I have a few minutes. Adjuncts have let me down before.',
      "R: Thanks. I'm here for a few minutes of listening, not a pitch. What went wrong with the adjuncts?",
    ],
    kind: 'agenda',
  }, // misread
  {
    lines: ['C: Hello.', 'R: What I want is for you to hear about Normavyn, our new pill.'],
    kind: 'pitch',
  }, // misread
  {
    lines: ['C: I have a few minutes.', "R: I'd rather use them to learn about your patients than to present."],
    kind: 'agenda',
  },
];

describe('calls said an eleventh way', () => {
  itRows({
    HER_WORLD,
    GRANTED_FIRST,
    SIGNED_OFF,
    GOODBYE,
    SHRUGGED,
    HANDED_OFF,
    NOT_NOW,
    POINTS_BACK,
    GRANTED,
    THIS_CALL,
    CAME_FOR,
  });
  itKinds('purpose', { WHOSE });
});
