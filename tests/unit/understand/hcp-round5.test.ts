// HCP round 5: fresh lines written for this test, not taken from the labeled set, from calls written
// outside it: an HCP correcting the rep, a bare "Do that." to a plan, budgets in seconds, clipped problem
// statements, a "no" that keeps the rep talking, shrugs, practice "if"s, worry without the stock words,
// a price as a barrier, patients' feelings reported. Each row is an act beside a near miss; `has` is what
// a trainer hears in the LAST turn, `not` what it must not be read as.
// Written before the fixes: 31 of the first 61 rows were misread then. Held out, written after them and
// measured before any further fix: 1 of 17 ("with the card, which they can manage" read as a cost objection).
// Probes of the new rules came last: 2 of the stay rule (it read "come back Thursday and go over the data" as
// an offer to leave) and 4 of the others (3 caught them misfiring, 1 an older misread); 3 rows for bare counts
// ("Two, tops.") came with their rule. On the code before this round, 46 of all 88 rows fail.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const RESPONSE = 'R: In the phase 3 study, 61 percent of patients responded by week 24.';
const SPEED = 'R: So speed of onset matters more to you than how long the response lasts?';
const HUB = 'R: I can bring our hub pharmacist Thursday at eight to walk your MA through the PA forms. Should I?';
const LUNCH = 'R: How about a twenty-minute in-service for your infusion nurses next Wednesday at noon?';
const SLOWS = 'R: What slows your team down most right now?';
const BLEED = 'R: When a patient on an anticoagulant comes in bleeding, where does the time go?';
const LEAVE = 'R: I can see the waiting room is full. Would it be better if I came back another day?';
const STOP = "R: I don't want to keep you from your patients. I can leave the card and go.";
const TRY = 'R: Would you be willing to start it in your next two eligible patients?';
const COPAY = 'R: The savings card brings most commercial copays down to ten dollars.';
const COUNT = 'R: How many of your patients are on a DOAC right now?';
const JAK = 'R: Ruxatinib is an oral JAK inhibitor, so no injections and no infusion chair.';
const PRICE = 'R: The list price is in line with the other biologics in the class.';
const NEEDLE = 'R: What do your patients say when you bring up a weekly injection?';
const DOSING = 'R: How do you usually dose in your older patients?';

/** Correcting the rep: irritation, and a question put again when the HCP names what she asked. */
const CORRECTIONS: Row[] = [
  { lines: [SPEED, 'C: No, I said the opposite.'], has: 'emotion_cue' },
  { lines: [SPEED, 'C: No, most of mine care about how long it lasts.'], not: 'emotion_cue' },
  { lines: [RESPONSE, "C: That's response rate. I asked about durability."], has: 'emotion_cue' },
  { lines: [RESPONSE, "C: That's response rate. I asked about durability."], has: 'asks_question' },
  {
    lines: [RESPONSE, 'C: I asked our MSL about durability last spring, and she had nothing past a year.'],
    not: 'emotion_cue',
  },
  { lines: [RESPONSE, "C: You're not answering my question."], has: 'emotion_cue' },
  { lines: [RESPONSE, 'C: Okay, that answers my question about the week 24 cutoff.'], not: 'emotion_cue' },
  {
    lines: ['R: So most of your patients are on the daily tablet?', 'C: I said weekly, not daily.'],
    has: 'emotion_cue',
  },
  { lines: [RESPONSE, 'C: My fellow said the same thing at journal club.'], not: 'emotion_cue' },
];

/** A bare go-ahead to a concrete plan is a yes; a "do that" with no plan on the table is not. */
const GO_AHEADS: Row[] = [
  { lines: [HUB, 'C: Do that.'], has: 'agrees' },
  { lines: [HUB, 'C: Sure, do that.'], has: 'agrees' },
  { lines: [LUNCH, 'C: Yes, set it up.'], has: 'agrees' },
  { lines: [LUNCH, 'C: Book it. The nurses will want the pens.'], has: 'agrees' },
  {
    lines: [
      "R: I'd like to cover three things: how you manage flares now, the new data, and whether a trial makes sense.",
      'C: We have until my next patient is roomed, so go.',
    ],
    has: 'agrees',
  },
  { lines: [HUB, "C: Don't do that. My MA hates surprise visits."], not: 'agrees' },
  { lines: ['R: Most offices run the PA through our hub portal.', 'C: We do that already.'], not: 'agrees' },
];

/** Budgets in seconds or a single minute; counts of patients are no clock. */
const CLOCK: Row[] = [
  { lines: ['R: Dr. Ames, do you have a moment for the new renal data?', 'C: Thirty seconds. Go.'], has: 'time_cue' },
  { lines: ['R: Could I show you the new dosing card?', "C: You've got a minute."], has: 'time_cue' },
  { lines: ['R: Could I show you the new dosing card?', 'C: One minute, then I need the room.'], has: 'time_cue' },
  {
    lines: ['R: Can I walk you through the new renal data?', "C: Ninety seconds, then I'm back on the floor."],
    has: 'time_cue',
  },
  { lines: [COUNT, "C: I've got maybe fifteen patients on it."], not: 'time_cue' },
  { lines: [COUNT, 'C: I see about twenty a day in the anticoagulation clinic.'], not: 'time_cue' },
  { lines: [COUNT, "C: I've got about forty on the waitlist for the clinic."], not: 'time_cue' },
  {
    lines: ['R: How long does the reconstitution take?', 'C: About thirty seconds once it is at room temperature.'],
    not: 'time_cue',
  },
  {
    lines: ['R: How long does the pen training take?', 'C: About ten minutes, if they bring their glasses.'],
    not: 'time_cue',
  },
];

/** A count alone is a budget when the rep just spoke of time or the HCP sends the rep off with "Go.". */
const BARE_COUNTS: Row[] = [
  { lines: ['R: Do you have a few minutes for the renal data?', 'C: Two, tops.'], has: 'time_cue' },
  { lines: ['R: Could I show you the dosing card?', 'C: Five. Go.'], has: 'time_cue' },
  { lines: ['R: How many biologic starts do you do a month?', 'C: Three, maybe four.'], not: 'time_cue' },
];

/** A clipped problem statement that answers "what slows you down?" states a need. */
const PROBLEMS: Row[] = [
  { lines: [SLOWS, 'C: Refills. Constant refill calls.'], has: 'shares_need' },
  { lines: [BLEED, 'C: Getting the factor up from the blood bank. Sometimes an hour.'], has: 'shares_need' },
  { lines: [SLOWS, 'C: Callbacks from the specialty pharmacy. Every single day.'], has: 'shares_need' },
  {
    lines: [
      "R: What's the biggest holdup between diagnosis and the first infusion?",
      'C: Scheduling the port. Two weeks, easy.',
    ],
    has: 'shares_need',
  },
  {
    lines: ["R: What's most difficult for your MAs with the refill process?", 'C: Faxes. Constant faxes.'],
    has: 'shares_need',
  },
  { lines: ['R: What keeps patients from starting it?', 'C: The copay, mostly.'], has: 'shares_need' },
  { lines: ['R: Is the injection hard for them?', 'C: Not at all.'], not: 'shares_need' },
  { lines: [SLOWS, 'C: Hard to say.'], not: 'shares_need' },
  { lines: ['R: Did the dosing cards I left get to your nurses?', 'C: They did, thanks.'], not: 'shares_need' },
];

/** A "no" to the rep's offer to stop lets the call go on; a "no" to coming back declines. */
const STAY: Row[] = [
  { lines: [LEAVE, "C: No, it's fine. Go on."], not: 'declines' },
  { lines: [STOP, 'C: No, stay, go on.'], not: 'declines' },
  { lines: [STOP, 'C: No, stay, go on.'], has: 'agrees' },
  { lines: [LEAVE, "C: No, you're fine. What did you want to show me?"], not: 'declines' },
  {
    lines: ['R: Should I come back after your P&T meeting next month?', "C: No, don't bother coming back."],
    has: 'declines',
  },
  { lines: [TRY, "C: No, it's not one for my practice."], has: 'declines' },
];

/** Probes written after the stay rule: a proposal to come back "and go over" the data is no offer to leave. */
const STAY_PROBES: Row[] = [
  {
    lines: [
      'R: Could I come back Thursday and go over the data with your team?',
      "C: No, my team's booked solid all month.",
    ],
    has: 'declines',
  },
  {
    lines: ['R: I can go through the data in two minutes, or come back later. Which works?', 'C: No, go ahead.'],
    not: 'declines',
  },
];

/** A shrug is clipped and disengaged; a short fact that answers a closed question is not. */
const SHRUGS: Row[] = [
  { lines: [COPAY, 'C: Whatever their plan requires.'], has: 'disinterest_cue' },
  { lines: [COPAY, 'C: Sure. Whatever.'], has: 'disinterest_cue' },
  { lines: [COPAY, 'C: Mm. Fine.'], has: 'disinterest_cue' },
  { lines: [COUNT, 'C: About twenty.'], not: 'disinterest_cue' },
  { lines: ['R: Which day is your clinic for new starts?', 'C: Tuesdays, mostly.'], not: 'disinterest_cue' },
  {
    lines: [COPAY, 'C: Whatever their plan requires, the card has to work at the counter the first time.'],
    not: 'disinterest_cue',
  },
];

/** An "if" that describes what the HCP does is practice; an "if" on a yes is a condition. */
const IFS: Row[] = [
  { lines: [DOSING, "C: If they're over seventy-five I start at half dose."], not: 'conditional' },
  { lines: [DOSING, "C: If they're over seventy-five I start at half dose."], has: 'shares_need' },
  {
    lines: ['R: When do you move a patient to insulin?', 'C: If the A1c is over ten I go straight to basal.'],
    not: 'conditional',
  },
  {
    lines: [
      'R: How does your pharmacy handle a shortage?',
      "C: If the generic's out, we call the prescriber for an alternative.",
    ],
    not: 'conditional',
  },
  { lines: [TRY, 'C: If the plan approves it without a fight, I would start two.'], has: 'conditional' },
  { lines: [TRY, 'C: If my partners sign off, sure, put me down for one.'], has: 'conditional' },
];

/** Worry about harm without the words "side effect"; a price as a barrier, not a price with cover. */
const CONCERNS: Row[] = [
  {
    lines: [JAK, "C: I'm cautious with JAKs in my older patients. That warning scared a lot of us."],
    has: 'objection_safety',
  },
  { lines: [JAK, "C: I'm cautious with JAKs in my older patients."], has: 'objection_safety' },
  {
    lines: ['R: Do you use topical steroids much?', "C: I'm cautious with oral steroids in my older patients, so yes."],
    not: 'objection_safety',
  },
  { lines: [JAK, "C: I'm careful with anything that drops pressure in my eighty-year-olds."], has: 'objection_safety' },
  { lines: [JAK, "C: I'm careful about how I explain a new pill to families."], not: 'objection_safety' },
  { lines: [COUNT, 'C: Thirty, maybe thirty-five a month, and climbing.'], not: 'objection_cost' },
  {
    lines: [PRICE, 'C: The copay is three hundred and fifty dollars a month for most of them.'],
    has: 'objection_cost',
  },
  {
    lines: [PRICE, "C: It's three fifty a month, and most of them have coverage through the union plan."],
    not: 'objection_cost',
  },
  {
    lines: [PRICE, 'C: At that per member per month, my plan would need to see offsets first.'],
    has: 'objection_cost',
  },
];

/** Patients' feelings reported are the patients' situation; the HCP's own worry is a cue. */
const PATIENTS_FEEL: Row[] = [
  { lines: [NEEDLE, 'C: A few of them are nervous about needles.'], has: 'shares_need' },
  { lines: [NEEDLE, 'C: A few of them are nervous about needles.'], not: 'emotion_cue' },
  { lines: [NEEDLE, 'C: The parents are scared of anything with a steroid in it.'], not: 'emotion_cue' },
  { lines: [NEEDLE, "C: Honestly, I'm nervous they'll just stop coming in."], has: 'emotion_cue' },
];

/** Probes of this round's rules, written after them, each a near miss of one rule. */
const PROBES: Row[] = [
  { lines: [LUNCH, 'C: Bring it up with my office manager.'], not: 'agrees' },
  {
    lines: ['R: The savings card covers most of the copay.', "C: I'm careful with savings cards; half of them expire."],
    not: 'objection_safety',
  },
  { lines: [PRICE, "C: My patients pay twenty dollars a month and don't blink."], not: 'objection_cost' },
  {
    lines: [RESPONSE, 'C: I asked about durability at P&T last month, and nobody had numbers.'],
    not: 'emotion_cue',
  },
];

/** Held out: written after the fixes above, measured before any further fix. */
const HELD_OUT: Row[] = [
  {
    lines: [
      'R: The median duration of response was fourteen months.',
      "C: That's duration. My question was how many responded at all.",
    ],
    has: 'asks_question',
  },
  {
    lines: [
      'R: So the pharmacy delays are the main thing for you?',
      'C: No, I said the opposite. The pharmacy is fast; the PA is slow.',
    ],
    has: 'emotion_cue',
  },
  {
    lines: ['R: I can have our nurse educator call your MA on Friday to set up the pen training.', 'C: Good, do that.'],
    has: 'agrees',
  },
  {
    lines: [
      'R: I could bring our reimbursement specialist by next Tuesday at two. Would that work?',
      'C: Yeah, schedule it.',
    ],
    has: 'agrees',
  },
  { lines: ['R: Can I take a few minutes to walk you through the data?', 'C: Forty-five seconds.'], has: 'time_cue' },
  {
    lines: ['R: How many infusions does your center do?', "C: I've got about sixty a week in the chairs."],
    not: 'time_cue',
  },
  {
    lines: [
      "R: What's the hardest part of transitions of care for your team?",
      'C: Discharge meds. Nobody reconciles them.',
    ],
    has: 'shares_need',
  },
  {
    lines: ["R: I can tell this is a bad time. I'll come back another day.", "C: No, you're okay. Keep going."],
    not: 'declines',
  },
  {
    lines: ["R: I can tell this is a bad time. I'll come back another day.", "C: No, you're okay. Keep going."],
    has: 'agrees',
  },
  {
    lines: ['R: The pen has a hidden needle and clicks when the dose is done.', 'C: Okay. Whatever.'],
    has: 'disinterest_cue',
  },
  { lines: ['R: Which plan covers most of your patients?', 'C: Mostly the state plan.'], not: 'disinterest_cue' },
  {
    lines: ['R: How do you manage their potassium?', "C: If it's over five and a half we hold the ARB."],
    not: 'conditional',
  },
  {
    lines: [
      'R: The annual cost is comparable to the other biologics.',
      'C: Forty thousand dollars a year per member is still forty thousand.',
    ],
    has: 'objection_cost',
  },
  {
    lines: [
      'R: Most of your patients qualify for the copay card.',
      "C: It's twenty dollars a month with the card, which they can manage.",
    ],
    not: 'objection_cost',
  },
  {
    lines: [
      "R: It's a topical JAK, so the oral warnings don't apply.",
      "C: I'm wary of anything in that class on a child's skin.",
    ],
    has: 'objection_safety',
  },
  {
    lines: ['R: What do families say about the injections?', 'C: Most of the moms are terrified of the needle.'],
    not: 'emotion_cue',
  },
  {
    lines: ["R: What's been the hardest part of this year?", "C: Honestly? I'm exhausted. Two of my partners left."],
    has: 'emotion_cue',
  },
];

describe('HCP round 5', () => {
  const rows = [
    ...CORRECTIONS,
    ...GO_AHEADS,
    ...CLOCK,
    ...BARE_COUNTS,
    ...PROBLEMS,
    ...STAY,
    ...STAY_PROBES,
    ...SHRUGS,
    ...IFS,
    ...CONCERNS,
    ...PATIENTS_FEEL,
    ...HELD_OUT,
    ...PROBES,
  ].map((r) => ({ ...r, said: r.lines.at(-1) }));
  it.each(rows)('$said', expectRow);
});
