// The labeled calls said by other reps and HCPs in other words (see calls-reworded.test.ts): steps the
// rep owns in any verb, purposes in other shapes, … Rows marked "misread" failed before.
import { describe, expect, it } from 'vitest';
import { itRows, kindOf, type ActRow as Row } from '../../support/act-rows.js';

const ASK = 'C: Fine. What happens next?';
const PITCH = 'R: Ossivane cut fractures by half in the TALON trial, with one shot every six months.';

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

/** Steps and answers around them, in other words. */
const AROUND_STEPS: Row[] = [
  {
    lines: [
      ASK,
      "R: I'll be back in three weeks, and you can tell me whether a script showed up and whether the card worked.",
    ],
    has: 'next_step_specific', // misread
  },
  { lines: [ASK, "R: Sure. I'll check back in two weeks."], not: 'next_step_specific' },
  {
    lines: [
      'R: Would you stock two pens for them?',
      "C: Depends who's prescribing it.",
      'R: Mostly the dermatology group at Riverside. Any of their patients come to you?',
      "C: A few of Chen's. Fine, whatever. I'm not stocking a thing until a prescription shows up. If one does, I'll order one pen.",
    ],
    not: 'declines', // misread
  },
  {
    lines: [
      'C: The week-two readmissions are the problem, and no new lab tracking for my staff.',
      'R: Your two priorities, as I have them: stop the week-two slide, and no new lab tracking. Can I bring the coverage details Wednesday at ten?',
    ],
    has: 'recap', // misread
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

/** Her point, in the words she used: a hyphen more or less, a demand, a worry named as the point. */
const HER_POINT: Row[] = [
  {
    lines: [
      'C: Where this falls apart for me is coverage. Every new drug means a pile of prior auths, and my folks are on fixed incomes.',
      "R: Can't argue with that. Which hurts more day to day: the prior-auth work your staff gets stuck with, or what the patient gets charged?",
    ],
    has: 'explore', // misread
  },
  {
    lines: ['R: Ten fewer admissions per hundred.', "C: That's a relative number. Give me the absolute."],
    has: 'asks_question',
  }, // misread
  { lines: ['R: Plenty of hospitals use it.', 'C: Plenty of hospitals. Name one.'], has: 'asks_question' }, // misread
  {
    lines: [PITCH, 'C: Denials are exactly what I worry about. If it stays this concrete, I can look at it.'],
    not: 'emotion_cue', // misread
  },
  {
    lines: [PITCH, "C: And the pen isn't what worries me. Half my patients are on a fixed income."],
    not: 'emotion_cue',
  }, // misread
  { lines: [PITCH, 'C: What really bothers me is polypharmacy. My seniors are on twelve pills.'], has: 'emotion_cue' },
  {
    lines: [PITCH, "C: She'd rather break the other hip than take those pills again. It gets under my skin."],
    has: 'emotion_cue', // misread
  },
];

/** A rep on the defensive and an HCP who is done, in other words. */
const DEFENSIVE: Row[] = [
  {
    lines: [
      "C: Your company's last rep sold my fellows on lung-function results that weren't real. Why would I give you my time?",
      "R: Sorry to hear that. I only took over this territory last month, so that wasn't on me. Anyway, Fibrelta is now approved.",
    ],
    has: 'rebuttal', // misread
  },
  {
    lines: [
      "C: Your company's last rep sold my fellows on lung-function results that weren't real. Why would I give you my time?",
      'R: Bottom line, the lung-function results were really impressive and patients did great.',
    ],
    not: 'priority_link', // misread
  },
  {
    lines: [
      'R: Would Monday or Thursday work better for lunch?',
      "C: I've heard what I need to. Leave the leaflet with the receptionist.",
    ],
    has: 'brush_off', // misread
  },
  {
    lines: [
      'R: Would Monday or Thursday work better for lunch?',
      "C: I've heard what I need to. Leave the leaflet with the receptionist.",
    ],
    has: 'declines', // misread
  },
];

/** Short replies and asks that only sound like something else. */
const SOUNDS_LIKE: Row[] = [
  {
    lines: [
      "C: Huh. Not bad. What's coverage like?",
      'R: Most Part D plans list it on tier three after one generic; for commercial, a copay card brings it to fifteen dollars.',
      'C: Got it.',
    ],
    not: 'disinterest_cue', // misread
  },
  {
    lines: [
      "C: In the older crowd I'm careful: memory, falls, a couple with glaucoma. It worries me.",
      'R: Could you try Vesquira on the next three patients where memory or fall risk makes you hesitate on an anticholinergic?',
    ],
    not: 'explore', // misread
  },
];

/** Putting her off, and her asking what the visit is for. */
const PUT_OFF: Row[] = [
  {
    lines: [
      'C: No two days alike, I suppose. What are you here for?',
      "R: I'll get to it, don't worry. What's a normal Tuesday like for you?",
    ],
    has: 'dodges_question', // misread
  },
  {
    lines: [
      'C: No two days alike, I suppose. What are you here for?',
      "R: I'll get to it, don't worry. What's a normal Tuesday like for you?",
    ],
    not: 'ownership', // misread
  },
  {
    lines: ['R: So what got you into primary care?', 'C: No two days alike, I suppose. What are you here for?'],
    has: 'disinterest_cue', // misread
  },
  {
    lines: [
      'C: Someone who gets to it fast. I need to go.',
      'R: Sure! How about I stop back in a week or so and we keep going?',
    ],
    has: 'next_step_vague', // misread
  },
  { lines: [ASK, "R: I'll bring the renal dosing chart in a week or two."], has: 'next_step_specific' },
  {
    lines: ['R: How about I stop back in a week or so and we keep going?', 'C: Reception does my schedule.'],
    has: 'brush_off', // misread
  },
];

/** A scheduled meeting: a yes to the agenda, the price pushed back on, a time check the rep makes unasked. */
const MEETING: Row[] = [
  {
    lines: [
      'R: Three pieces, if that suits you: first a few minutes on how P&T weighs IV antibiotics, then about ten on the results, and the last five on the paperwork.',
      'C: Sounds fine.',
    ],
    has: 'agrees', // misread
  },
  {
    lines: [
      'R: Acquisition is fourteen hundred dollars per course, against roughly two hundred for vancomycin.',
      "C: That's seven times as much. Tough to justify.",
    ],
    has: 'objection_cost', // misread
  },
  {
    lines: [
      'R: What does the committee look at?',
      'C: Cost per course, mainly, and the observation unit.',
      'R: How many patients land there a month?',
      'C: Thirty-five, forty.',
      "R: I want to respect your time — we're about fifteen minutes in. Quick summary: the committee looks at cost per course, and the observation unit is where it hurts.",
    ],
    has: 'time_adapt', // misread
  },
];

/** Content with what she has, said in the other order; a check-in after a proposal asks for the yes. */
const HAS_ENOUGH: Row[] = [
  {
    lines: [
      "R: Hi, I'm Sam from Arlo.",
      "C: I can give you twenty minutes. To be upfront, I've got plenty of asthma biologics already.",
    ],
    has: 'objection_status_quo', // misread
  },
  {
    lines: [
      'C: Denials are what I worry about.',
      'R: Then here is an idea: within two weeks I come back with the prior-auth specifics for the hub, and we sit down with your MA. Useful?',
    ],
    has: 'commitment_request', // misread
  },
];

/** An answer that cannot help her patients, and a rep who sees how it feels. */
const MISFITS: Row[] = [
  {
    lines: [
      'C: Half my patients are on Medicare and a fixed income, and the copay kills it.',
      'R: Good news: our copay program brings patients with commercial coverage down to fifteen dollars a month.',
    ],
    not: 'priority_link', // misread
  },
  {
    lines: [
      'C: Most of my patients have commercial plans, and the copay kills it.',
      'R: Good news: our copay program brings patients with commercial coverage down to fifteen dollars a month.',
    ],
    has: 'priority_link',
  },
  { lines: ['C: We lost a patient last week.', "R: I can absolutely see why that's upsetting."], not: 'ownership' }, // misread
  { lines: ['C: Fine, come back.', 'R: I can see you Tuesday at noon with the dosing sheet.'], has: 'ownership' },
];

/** Working to her clock, said as a person would. */
const HER_CLOCK: Row[] = [
  {
    lines: [
      'R: Which of your patients would you not touch?',
      "C: Anyone who's stable. If someone's a year in and holding steady, I'm leaving them alone.",
    ],
    not: 'time_cue', // misread
  },
  {
    lines: [
      'R: Which of your patients would you not touch?',
      "C: Anyone who's stable. And I'm leaving, my clinic starts now.",
    ],
    has: 'time_cue',
  },
  { lines: ['R: Which of your patients would you not touch?', "C: I have to go, that's my pager."], has: 'time_cue' },
  {
    lines: ['R: Which of your patients would you not touch?', "C: I have to run, that clinic won't wait."],
    has: 'time_cue',
  },
  {
    lines: [
      'C: Yes, Wednesday works. I have to run.',
      "R: You'll have the absolute event rates in your inbox this afternoon, and I'll sit down with Carla on Wednesday at ten to set up the order set and the discharge checklist. Go on, don't keep the bronch suite waiting.",
    ],
    has: 'time_adapt',
  },
  {
    lines: [
      'C: Someone who gets to it fast. I need to go.',
      'R: Sure, sure! How about I stop back in a week and we keep going?',
    ],
    has: 'ownership', // misread
  },
];

describe('a purpose built on her words', () => {
  it('a plan to learn how she works, after what she said last month, is an agenda', () => {
    expect(
      kindOf(
        'purpose',
        "R: Last month you said your COPD readmissions were on the scorecard. With about ten minutes, I'd like to get a picture of how those patients are handled today.",
      ),
    ).toBe('agenda'); // misread
  });
});

describe('the labeled calls in a third wording', () => {
  const groups = {
    STEPS,
    AROUND_STEPS,
    WHY_HERE,
    HER_POINT,
    DEFENSIVE,
    SOUNDS_LIKE,
    PUT_OFF,
    MEETING,
    HAS_ENOUGH,
    MISFITS,
    HER_CLOCK,
  };
  itRows(groups);
});
