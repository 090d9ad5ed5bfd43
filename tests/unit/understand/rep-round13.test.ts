// Rep round 13: rep turns a trainer reads plainly, written for this test (not taken from the labeled
// set) across settings (rheumatology, oncology, a payer, pharmacists, the ED, a nurse navigator, an
// office manager, primary care, psychiatry), each act beside a near miss a keyword reader would confuse
// with it. `has` is what a trainer hears in the LAST turn; `not` what it must not be read as.
// Written before the fixes: 23 of 76 rows failed (three HCP lines were reworded first so the HCP side reads
// the objection or need the rep answers: "My patients aren't like that.", "I'm just not sold on another PCSK9."
// and the ED boarding line were read as nothing; later "It's what patients pay on Part D." too, as the HCP
// side took the denied "not worried about the warfarin interaction" for the need and missed the cost).
// Probes written after the fixes (23 rows): 4 caught new reading over-firing ("So the bottleneck is safety."
// as a paraphrase, "without a doubt" as no claim, "What do you think of the…?" as simplifying, "What is
// different about our pen…" as exploring), narrowed since; 3 hit older misreads outside this round and were
// reworded ("the bleeding data are fine" then "So bleeding risk is what holds you back." is still read as a
// paraphrase; "Mortality isn't what I'm judged on" denies nothing; "these days" reads as pointing back).
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const HELLO = 'R: Thanks for squeezing me in.';
const STEP_RULE =
  "C: Mostly the prior auth. The plans want them to fail a second anti-TNF first, and by then they've been flaring for two months.";
const INFUSION =
  'C: Half my new patients miss their first infusion because nobody explained the chair schedule to them.';
const VISITS =
  "C: My diabetics don't come back for their three-month visits. They come back when something goes wrong.";
const BOARDING =
  'C: We board psych patients in the hallway for two days because there are no beds upstairs, and it wears my nurses down.';
const MEMBERS = 'C: Our members stop the GLP-1s by month four, so we pay for the starts and never see the outcomes.';
const WARFARIN = "C: I'm not worried about the warfarin interaction. My patients can't afford the Part D copay.";

/** Saying the HCP's point back: in other words, word for word, or wrong. */
const RESTATING: Row[] = [
  {
    lines: [HELLO, STEP_RULE, "R: So the delay is the plan's step rule, not the clinical decision."],
    has: 'paraphrase',
  },
  {
    lines: [
      HELLO,
      STEP_RULE,
      'R: So the plans want them to fail a second anti-TNF first, and by then they are flaring.',
    ],
    has: 'parrot',
    not: 'paraphrase',
  },
  {
    lines: [
      HELLO,
      INFUSION,
      'R: So the first visit falls through before treatment starts, because the logistics never got explained.',
    ],
    has: 'paraphrase',
  },
  {
    lines: [
      HELLO,
      INFUSION,
      'R: So half your new patients miss their first infusion because nobody explained the chair schedule.',
    ],
    has: 'parrot',
    not: 'paraphrase',
  },
  { lines: [HELLO, VISITS, "R: It sounds like follow-up only happens once there's a crisis."], has: 'paraphrase' },
  { lines: [HELLO, VISITS, 'R: It sounds like Glucora would fix that for you.'], not: 'paraphrase' },
  {
    lines: [HELLO, BOARDING, 'R: So the bottleneck is inpatient beds, and the ED ends up holding them.'],
    has: 'paraphrase',
  },
  {
    lines: [
      HELLO,
      BOARDING,
      'R: So you board psych patients in the hallway for two days because there are no beds upstairs.',
    ],
    has: 'parrot',
  },
  {
    lines: [HELLO, MEMBERS, "R: So you're paying for therapy that gets dropped before it can show any value."],
    has: 'paraphrase',
  },
  { lines: [HELLO, MEMBERS, "R: So you'd see better value with our once-weekly pen."], not: 'paraphrase' },
  {
    lines: [HELLO, WARFARIN, 'R: So the warfarin interaction is your main worry.'],
    has: 'misstated_recap',
    not: 'paraphrase',
  },
  { lines: [HELLO, WARFARIN, "R: So it's the out-of-pocket cost on Part D that's in the way."], has: 'paraphrase' },
];

/** Hearing a concern out, or arguing with it. */
const CONCERNS: Row[] = [
  {
    lines: [
      HELLO,
      "C: I had a patient land in the ICU with colitis on a checkpoint inhibitor. I'm careful now.",
      'R: That would make anyone careful. What did you change in how you monitor?',
    ],
    has: 'acknowledge',
  },
  {
    lines: [
      HELLO,
      "C: I had a patient land in the ICU with colitis on a checkpoint inhibitor. I'm careful now.",
      'R: I hear you, but colitis is really rare with ours.',
    ],
    has: 'rebuttal',
    not: 'acknowledge',
  },
  {
    lines: [
      HELLO,
      "C: My Medicare patients can't afford another brand.",
      "R: That's a real constraint for a lot of your panel.",
    ],
    has: 'acknowledge',
  },
  {
    lines: [
      HELLO,
      "C: My Medicare patients can't afford another brand.",
      'R: Totally fair, but the copay card takes care of that.',
    ],
    has: 'rebuttal',
    not: 'acknowledge',
  },
  {
    lines: [
      HELLO,
      "C: The data's all from academic centers. I doubt it holds up in my patients.",
      'R: With respect, that is just not what we are seeing in community practices.',
    ],
    has: 'rebuttal',
  },
  {
    lines: [
      HELLO,
      "C: The data's all from academic centers. I doubt it holds up in my patients.",
      'R: Fair point, the sites were mostly academic. What is different about your patients?',
    ],
    has: 'acknowledge',
    not: 'rebuttal',
  },
  {
    lines: [
      HELLO,
      "C: The data's all from academic centers. I doubt it holds up in my patients.",
      'R: Fair point, the sites were mostly academic. What is different about your patients?',
    ],
    has: 'explore',
  },
];

/** Asking what lies behind a concern or a cue. */
const EXPLORING: Row[] = [
  {
    lines: [HELLO, "C: I don't see the need for another PCSK9.", 'R: What would you need to see to change your mind?'],
    has: 'explore',
  },
  {
    lines: [HELLO, "C: I don't see the need for another PCSK9.", 'R: Do you see lipid patients on Tuesdays?'],
    not: 'explore',
  },
  {
    lines: [HELLO, "C: I'm hesitant to start it in my older patients.", "R: What's making you hesitate with them?"],
    has: 'explore',
  },
  {
    lines: [HELLO, "C: I'm hesitant to start it in my older patients.", 'R: Where does the hesitation come from?'],
    has: 'explore',
  },
  {
    lines: [
      HELLO,
      "C: I'm hesitant to start it in my older patients.",
      'R: How many older patients do you see a week?',
    ],
    not: 'explore',
  },
];

/** Questions: open, closed, and prompts that ask without a question mark. */
const QUESTIONS: Row[] = [
  {
    lines: [HELLO, 'C: Sure, go ahead.', 'R: Talk me through the day a patient gets the diagnosis call.'],
    has: 'open_question',
    not: 'closed_question',
  },
  {
    lines: [HELLO, 'C: Sure, go ahead.', "R: I'd be interested to hear how you choose between the two."],
    has: 'open_question',
  },
  {
    lines: [HELLO, 'C: Sure, go ahead.', "R: I'd be interested in a lunch with your team next week."],
    not: 'open_question',
  },
  {
    lines: [HELLO, 'C: Sure, go ahead.', 'R: Are most of your referrals coming from the ED?'],
    has: 'closed_question',
    not: 'open_question',
  },
  {
    lines: [HELLO, 'C: Sure, go ahead.', 'R: How many of those patients end up on a second line?'],
    has: 'closed_question',
    not: 'open_question',
  },
  {
    lines: [HELLO, 'C: Sure, go ahead.', 'R: What happens after the script leaves your office?'],
    has: 'open_question',
    not: 'closed_question',
  },
  {
    lines: [HELLO, 'C: Sure, go ahead.', 'R: Walk me through who touches a prior auth in your office.'],
    has: 'open_question',
  },
];

const SAFETY_NEED = "C: My worry is bleeding in the frail ones. I've had two GI bleeds this year.";
/** Tying a point to what the HCP said matters, or claiming a benefit in the air. */
const LINKS: Row[] = [
  {
    lines: [
      HELLO,
      STEP_RULE,
      'R: Our access team has gotten exceptions for patients with documented loss of response, usually within a week.',
    ],
    has: 'priority_link',
  },
  {
    lines: [HELLO, STEP_RULE, 'R: Our product has a really strong efficacy profile.'],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  {
    lines: [
      HELLO,
      'C: Every one of these gets kicked back by the insurer the first time.',
      'R: Our reimbursement specialists write the appeal and usually turn it around in five days.',
    ],
    has: 'priority_link',
  },
  {
    lines: [HELLO, SAFETY_NEED, 'R: Our access team gets most prior authorizations approved within a week.'],
    not: 'priority_link',
  },
  {
    lines: [
      HELLO,
      'C: My front desk loses an hour a day chasing PA faxes.',
      'R: Our hub submits the PA electronically and calls your front desk with the decision.',
    ],
    has: 'priority_link',
  },
  {
    lines: [
      HELLO,
      'C: My biggest problem is neutropenia landing people in the hospital between cycles.',
      'R: In the phase 3 trial, hospitalizations for febrile neutropenia were cut in half.',
    ],
    has: 'priority_link',
  },
  {
    lines: [
      HELLO,
      'C: My biggest problem is neutropenia landing people in the hospital between cycles.',
      "R: It's a great option with a really clean profile.",
    ],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  {
    lines: [HELLO, SAFETY_NEED, 'R: In patients over eighty, major bleeding was lower than on warfarin.'],
    has: 'priority_link',
  },
];

/** Long, list-like detail nobody asked for, and detail that answers what was asked. */
const DETAIL: Row[] = [
  {
    lines: [
      HELLO,
      "C: I've got two minutes.",
      'R: Zelvara is a once-daily tablet with no titration, a 24-hour half-life, no food effect, no renal adjustment, three strengths, a copay card, a starter kit, and a patient app.',
    ],
    has: 'feature_dump',
  },
  {
    lines: [
      HELLO,
      "C: What's in the starter kit?",
      'R: A fourteen-day supply, a dosing calendar, a sharps container, and a card with the nurse line on it.',
    ],
    has: 'answers_question',
    not: 'feature_dump',
  },
];

/** Answering the HCP's question, or turning away from it. */
const ANSWERS: Row[] = [
  {
    lines: [
      HELLO,
      'C: Is it on the Blue Cross formulary?',
      'R: Yes, tier three with a PA, and our hub handles the PA.',
    ],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [HELLO, 'C: Is it on the Blue Cross formulary?', 'R: What matters more is the efficacy data.'],
    has: 'dodges_question',
  },
  {
    lines: [HELLO, 'C: Can it go through the same line as heparin?', 'R: Patients love how quickly it works.'],
    has: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      "C: Who do my patients call when the pharmacy can't fill it?",
      'R: They call the hub line, and a case manager finds a pharmacy with it in stock.',
    ],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      "C: Who do my patients call when the pharmacy can't fill it?",
      'R: Let me first show you the new response data.',
    ],
    has: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      "C: What's the most common reason patients stop it?",
      'R: Nausea in the first two weeks, mostly; it settles for most by week three.',
    ],
    has: 'answers_question',
    not: 'dodges_question',
  },
];

const RUSHED = "C: I've got a patient in room four, so make it fast.";
/** Signposts, time, and clearing up confusion. */
const RUNNING: Row[] = [
  {
    lines: [
      HELLO,
      'C: The nurses have been great with it.',
      'R: Switching topics for a second: how are your nurses handling the new REMS?',
    ],
    has: 'transition',
  },
  {
    lines: [
      HELLO,
      'C: The nurses have been great with it.',
      'R: Patients switching from the old pen need a quick lesson.',
    ],
    not: 'transition',
  },
  {
    lines: [
      HELLO,
      'C: The nurses have been great with it.',
      'R: Separate question, if I may: who handles your specialty pharmacy referrals?',
    ],
    has: 'transition',
  },
  {
    lines: [HELLO, 'C: The nurses have been great with it.', 'R: Keep the vials separate from the pens in the fridge.'],
    not: 'transition',
  },
  {
    lines: [
      HELLO,
      RUSHED,
      "R: Then just one thing: the hub now handles PA renewals. I'll leave the details with your MA.",
    ],
    has: 'time_adapt',
  },
  {
    lines: [
      HELLO,
      'C: I really have to run.',
      "R: Understood, I'll get out of your way. Could I come back Thursday at eight?",
    ],
    has: 'time_adapt',
  },
  {
    lines: [HELLO, 'C: I really have to run.', 'R: Let me walk you through the full phase 3 data set first.'],
    not: 'time_adapt',
  },
  {
    lines: [
      HELLO,
      "C: Sorry, I'm lost. What's the difference between the loading and maintenance phases?",
      "R: Think of the first two weeks as filling the tank; after that it's one shot a month.",
    ],
    has: 'simplify',
  },
  {
    lines: [HELLO, "C: I don't follow. Is it weekly or daily?", 'R: Weekly. One pen, the same day each week.'],
    has: 'simplify',
  },
  {
    lines: [
      HELLO,
      "C: I don't follow. Is it weekly or daily?",
      'R: It is a dual GIP and GLP-1 receptor agonist with a seven-day half-life allowing steady-state exposure after four doses.',
    ],
    not: 'simplify',
  },
];

const AGREED = 'C: Fine. Bring the coverage sheets Thursday and I will flag two patients.';
/** Closing: recaps, steps, who does what, and asks for commitment. */
const CLOSING: Row[] = [
  {
    lines: [HELLO, AGREED, "R: So to recap: you'll flag two patients, and I'll bring the coverage sheets Thursday."],
    has: 'recap',
  },
  {
    lines: [
      HELLO,
      'C: What does your nurse line do?',
      'R: Recapping the visit for patients is one thing our nurse line does.',
    ],
    not: 'recap',
  },
  {
    lines: [HELLO, AGREED, "R: I'll have our reimbursement specialist call your billing lead Tuesday morning."],
    has: 'next_step_specific',
  },
  {
    lines: [HELLO, AGREED, "R: I'll have our reimbursement specialist call your billing lead Tuesday morning."],
    has: 'ownership',
  },
  {
    lines: [HELLO, 'C: Okay, thanks for stopping by.', "R: Great, I'll be in touch."],
    has: 'next_step_vague',
    not: 'next_step_specific',
  },
  {
    lines: [HELLO, 'C: Maybe. We will see.', "R: Let's reconnect after your committee meets on the 12th."],
    has: 'next_step_specific',
  },
  {
    lines: [HELLO, 'C: Maybe. We will see.', 'R: Maybe down the road we can revisit it.'],
    has: 'next_step_vague',
    not: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: Your nurse educator was helpful.',
      "R: You'll get an email from her by Friday with the pen videos.",
    ],
    has: 'ownership',
  },
  {
    lines: [
      HELLO,
      'C: Your nurse educator was helpful.',
      "R: You'll see the difference in your patients within a week.",
    ],
    not: 'ownership',
  },
  {
    lines: [
      HELLO,
      'C: The data looks reasonable.',
      "R: Would you pick two patients from this week's list to start on it?",
    ],
    has: 'commitment_request',
  },
  {
    lines: [HELLO, 'C: The data looks reasonable.', 'R: Would you say most of them are already on metformin?'],
    not: 'commitment_request',
  },
  {
    lines: [HELLO, 'C: The data looks reasonable.', 'R: Can I count on you to bring it to P&T in March?'],
    has: 'commitment_request',
  },
];

/** Why the rep came, small talk, and turns with nothing in them. */
const FRAMING: Row[] = [
  {
    lines: ["R: I'm hoping to spend ten minutes on how your team handles PA renewals, then get out of your way."],
    has: 'purpose',
  },
  { lines: [HELLO, 'C: Go on.', "R: I'm hoping the new label helps your patients."], not: 'purpose' },
  {
    lines: ['R: Quick purpose for today: two questions about your renal patients and one coverage update.'],
    has: 'purpose',
  },
  { lines: [HELLO, 'C: Hi.', 'R: Did you catch the game last night? Unreal finish.'], has: 'off_topic' },
  { lines: [HELLO, 'C: Hi.', 'R: How does your game plan change when a patient relapses?'], not: 'off_topic' },
  { lines: [HELLO, 'C: Which plans cover it?', 'R: Uh, yeah, okay.'], has: 'no_content' },
  { lines: [HELLO, 'C: Which plans cover it?', 'R: Okay. Which plans do you see most?'], not: 'no_content' },
];

const COLITIS = "C: I had a patient land in the ICU with colitis on a checkpoint inhibitor. I'm careful now.";
const LOST = "C: Sorry, I'm lost. Which one is the loading dose?";
// Near misses written after the fixes, one or more per rule, so no rule fires past its point.
const PROBES: Row[] = [
  // A problem named in other words restates it; the same words in a claim or a dismissal do not.
  { lines: [HELLO, STEP_RULE, "R: So coverage won't be a problem with our hub."], not: 'paraphrase' },
  { lines: [HELLO, STEP_RULE, 'R: So the plans will cover it at tier two.'], not: 'paraphrase' },
  {
    lines: [
      HELLO,
      "C: I'm fine with apixaban, and the bleeding data are fine.",
      'R: So safety is what holds you back.',
    ],
    not: 'paraphrase',
  },
  // Access help ties to an access problem, not to a question about it, nor to another problem, nor as hype.
  {
    lines: [
      HELLO,
      'C: Do you have a hub that handles prior auths?',
      'R: Our access team handles prior auths and usually turns them around in a week.',
    ],
    not: 'priority_link',
  },
  { lines: [HELLO, STEP_RULE, 'R: Our access team is the best in the business, hands down.'], not: 'priority_link' },
  {
    lines: [
      HELLO,
      'C: My older patients fall, and dizziness worries me.',
      'R: It has a really strong safety profile overall.',
    ],
    not: 'priority_link',
  },
  // The rep denying what the HCP denied says it back; saying it plainly, or denying another clause, does not.
  {
    lines: [HELLO, INFUSION, 'R: So they do get the chair schedule explained, they just forget it.'],
    not: 'paraphrase',
  },
  {
    lines: [
      HELLO,
      "C: Readmissions are what I'm judged on, not mortality.",
      "R: So mortality is your main worry and readmissions don't matter.",
    ],
    has: 'misstated_recap',
  },
  {
    lines: [HELLO, WARFARIN, "R: So the warfarin interaction doesn't worry you; it's the copay on Part D."],
    has: 'paraphrase',
    not: 'misstated_recap',
  },
  {
    lines: [HELLO, "C: It's not a safety thing. It's the price.", 'R: So the bottleneck is safety.'],
    not: 'paraphrase',
  },
  // A benefit word the rep's clause leaves unrealized claims nothing; an emphatic "without a doubt" still claims.
  { lines: [HELLO, MEMBERS, 'R: So without a doubt ours is the better value for your members.'], not: 'paraphrase' },
  // A frame in new words restates a problem just voiced, not a pitch, a time cue or an empty "sounds like it".
  { lines: [HELLO, VISITS, 'R: It sounds like a great fit for your practice.'], not: 'paraphrase' },
  {
    lines: [HELLO, "C: I've got two minutes.", 'R: It sounds like mornings are hectic around here.'],
    not: 'paraphrase',
  },
  { lines: [HELLO, VISITS, 'R: Sounds like it.'], not: 'paraphrase' },
  // An acknowledgment in the HCP's words survives the question after it; a stock one before a new topic does not.
  { lines: [HELLO, COLITIS, "R: Totally understand. What's your payer mix like?"], not: 'acknowledge' },
  { lines: [HELLO, COLITIS, 'R: That would make anyone want to switch to Zelvara.'], not: 'acknowledge' },
  // A stock follow-up after "I'll" is a vague step; "I'll be honest" and the plans' revisiting are none.
  {
    lines: [HELLO, 'C: Okay, thanks for stopping by.', "R: I'll be honest, the data are early."],
    not: 'next_step_vague',
  },
  {
    lines: [HELLO, 'C: Maybe. We will see.', 'R: Maybe the plans will revisit the rule down the road.'],
    not: 'next_step_vague',
  },
  // A short plain answer clears up confusion; a question back, a term, or no confusion at all does not.
  { lines: [HELLO, LOST, 'R: Which part lost you?'], not: 'simplify' },
  { lines: [HELLO, LOST, 'R: The first one, per the SURPASS-4 protocol.'], not: 'simplify' },
  { lines: [HELLO, 'C: Is it weekly or daily?', 'R: Weekly. One pen, the same day each week.'], not: 'simplify' },
  { lines: [HELLO, LOST, 'R: What do you think of the dosing card so far?'], not: 'simplify' },
  // Asking what is different explores a doubt; saying what is different about the product does not.
  {
    lines: [
      HELLO,
      "C: The data's all from academic centers. I doubt it holds up in my patients.",
      'R: What is different about our pen is the hidden needle.',
    ],
    not: 'explore',
  },
];

const rows = (list: Row[]) => list.map((row) => ({ ...row, last: row.lines.at(-1) }));

describe('rep round 13', () => {
  it.each(rows(RESTATING))('hears a restatement as a trainer does: $last', expectRow);
  it.each(rows(CONCERNS))('hears a concern heard out or argued with: $last', expectRow);
  it.each(rows(EXPLORING))('hears a question behind a concern: $last', expectRow);
  it.each(rows(QUESTIONS))('hears open and closed questions and prompts: $last', expectRow);
  it.each(rows(LINKS))('hears a point tied to the HCP or not: $last', expectRow);
  it.each(rows(DETAIL))('hears a dump or an answer: $last', expectRow);
  it.each(rows(ANSWERS))('hears an answer or a dodge: $last', expectRow);
  it.each(rows(RUNNING))('hears signposts, time and simplifying: $last', expectRow);
  it.each(rows(CLOSING))('hears recaps, steps and asks: $last', expectRow);
  it.each(rows(FRAMING))('hears purpose, small talk and empty turns: $last', expectRow);
  it.each(rows(PROBES))('keeps each new rule to its point: $last', expectRow);
});
