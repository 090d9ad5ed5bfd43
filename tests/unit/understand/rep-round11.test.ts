// Rep turns for the five acts the reader got wrong most often (dodges, priority links, generic
// benefits, transitions, explores), written for this test (not taken from the labeled set): short
// exchanges across specialties and HCP roles, each act beside a near miss a keyword reader would
// confuse with it. `has` is what a trainer hears in the LAST turn; `not` what it must not be read as.
// Written before the fixes: 22 of the 63 rows were misread then. Three HCP lines were reworded so the
// HCP side reads the concern the rep answers ("the price is a non-starter", "the team is wiped out" and
// "is it on the Medicaid preferred list?" were not read as a cost objection, a feeling, a coverage question).
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const HELLO = 'R: Thanks for squeezing me in.';
const FRIDGE = 'C: Does it have to be refrigerated once we dispense it?';
const PA_CALL = 'C: Who do I call when the prior auth gets denied?';
const MEDICAID = 'C: Is it on the Medicaid preferred list here?';
const HYPO = 'C: How often did you see hypoglycemia in the patients over seventy-five?';
const STATIN = 'C: My biggest problem is patients who quit their statin because of muscle aches.';
const PHONES = 'C: My front desk spends half the morning on the phone with refill requests.';
const ER = 'C: For our plan the money goes to hospital stays after COPD flare-ups.';
const JAK = "C: I'm nervous about putting my older patients on a JAK inhibitor.";
const HAPPY = "C: We're happy with what we use now. It works for most people.";
const PA_PAIN = 'C: The prior auth process for this class is a nightmare for my staff.';
const QUIT = 'C: My patients keep quitting because of the nausea.';
const FLARES = 'C: My COPD patients keep landing back with flare-ups every winter.';
const NIGHTS = 'C: A lot of my reflux patients wake up at night with heartburn, and it wrecks their sleep.';
const DONE = 'C: Okay, the efficacy part is clear enough.';

const ROWS: Row[] = [
  // Dodges: asking back, pitching, postponing or reassuring instead of answering; near misses answer first.
  {
    lines: [HELLO, FRIDGE, 'R: Good question. What are you stocking now for your biologic patients?'],
    has: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      FRIDGE,
      "R: No, it's stable at room temperature for thirty days. How much fridge space do you have?",
    ],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      PA_CALL,
      'R: Your team does a great job with these. Honestly, the bigger thing is how fast patients respond.',
    ],
    has: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      PA_CALL,
      "R: Our access line, the number's on this card; they'll file the appeal with your staff. How many denials do you get a month?",
    ],
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      'C: Is it covered by Medicaid here?',
      'R: The efficacy data is really what sets it apart: forty percent fewer flares in the trial.',
    ],
    has: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      MEDICAID,
      'R: Yes, since March, with no prior auth for adults. Are most of your patients on Medicaid?',
    ],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      'C: What does it cost the plan per member per year?',
      "R: Let's put a pin in pricing for now. I want to walk you through the outcomes first.",
    ],
    has: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      'C: What does it cost the plan per member per year?',
      "R: Let's hold off on pricing until we've looked at outcomes.",
    ],
    has: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      'C: What does it cost the plan per member per year?',
      'R: About eleven thousand at list, before rebates. Which comparator are you using in your model?',
    ],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [HELLO, HYPO, 'R: Honestly, hypoglycemia really isn’t an issue with this one. Patients love it.'],
    has: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      HYPO,
      'R: Severe hypoglycemia was under one percent in that group, about the same as with glargine.',
    ],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      'C: What about cost? The generics are four dollars.',
      "R: But the cost really isn't an issue for most patients.",
    ],
    has: 'rebuttal',
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      'C: My patients stop their ACE inhibitors because of the potassium. How long does the prior auth take?',
      'R: For the ones coming off their ACE inhibitors, that’s where Renoquel helps: most stayed on them in the trial.',
    ],
    has: 'priority_link',
    not: 'dodges_question',
  },
  {
    lines: [HELLO, 'C: Does it interact with warfarin?', "R: No, that's not an issue with this one."],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [HELLO, 'C: Is it covered by Medicaid here?', 'R: Yes, and patients love how easy the pen is.'],
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      'C: Why would I switch patients who are doing fine?',
      'R: Fair question. What would you need to see before you changed anything?',
    ],
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      'C: How much weight do patients put on?',
      "R: Weight change was comparable to placebo at one year, so I wouldn't worry about it.",
    ],
    has: 'answers_question',
    not: 'dodges_question',
  },
  // Priority links, in the HCP's words or in other words, and the same benefit with no tie.
  {
    lines: [
      HELLO,
      STATIN,
      'R: For the ones who quit over the aches, muscle complaints with Lipravex were no higher than placebo.',
    ],
    has: 'priority_link',
    not: 'generic_benefit',
  },
  {
    lines: [HELLO, STATIN, 'R: Lipravex lowers LDL by fifty percent and it’s a simple once-daily tablet.'],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  {
    lines: [
      HELLO,
      STATIN,
      'R: Discontinuation for muscle symptoms was under two percent in the trial, so most of those patients stay on therapy.',
    ],
    has: 'priority_link',
  },
  {
    lines: [
      HELLO,
      PHONES,
      'R: With the ninety-day supply and auto-refill, most of those phone calls go away for your front desk.',
    ],
    has: 'priority_link',
  },
  {
    lines: [HELLO, PHONES, 'R: It’s a great product and patients really love the once-daily dosing.'],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  {
    lines: [
      HELLO,
      ER,
      'R: In the trial, exacerbations that ended in a hospital admission dropped by a third, which is where your plan spends.',
    ],
    has: 'priority_link',
  },
  {
    lines: [
      HELLO,
      ER,
      'R: It improves lung function by almost two hundred milliliters and patients find the inhaler easy to use.',
    ],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  {
    lines: [
      HELLO,
      'C: My priority is keeping my seniors out of the hospital.',
      'R: How many of them are on two or more blood pressure drugs?',
      'C: Maybe half.',
      'R: You mentioned keeping your seniors out of the hospital: in the over-65 group, admissions fell by a third.',
    ],
    has: 'priority_link',
  },
  {
    lines: [
      HELLO,
      'C: My priority is keeping my seniors out of the hospital.',
      'R: How many of them are on two or more blood pressure drugs?',
      'C: Maybe half.',
      'R: It also comes as a convenient once-daily pill, which patients really like.',
    ],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  {
    lines: [
      HELLO,
      'C: What strengths does it come in?',
      'R: Ten and twenty milligram tablets, and it works really well.',
    ],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  {
    lines: [HELLO, 'C: What strengths does it come in?', 'R: Ten and twenty milligram tablets, both scored.'],
    not: 'generic_benefit',
  },
  {
    lines: [
      HELLO,
      'C: Half my dermatology patients give up on topicals because they hate the greasy feel.',
      'R: This one is a water-based foam that dries in under a minute, so nobody has to put up with a greasy film.',
    ],
    has: 'priority_link',
  },
  {
    lines: [
      HELLO,
      "C: My nurses can't absorb more lab work. We're already short two people.",
      'R: There’s no routine lab monitoring on the label, so it adds nothing to your nurses’ workload.',
    ],
    has: 'priority_link',
    not: 'generic_benefit',
  },
  {
    lines: [
      HELLO,
      "C: My nurses can't absorb more lab work. We're already short two people.",
      'R: The response rates were excellent and the safety profile is really clean.',
    ],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  // The same priority in other words: quitting is discontinuing, flare-ups are exacerbations.
  {
    lines: [
      HELLO,
      QUIT,
      'R: Fewer than three percent discontinued for GI side effects in the trial, so most people stay on it.',
    ],
    has: 'priority_link',
    not: 'generic_benefit',
  },
  {
    lines: [HELLO, QUIT, "R: It lowers A1c by almost two points and it's once weekly."],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  {
    lines: [HELLO, FLARES, 'R: In the trial, moderate and severe exacerbations came down by a third over a year.'],
    has: 'priority_link',
  },
  {
    lines: [HELLO, FLARES, 'R: It improves lung function within a week and the inhaler is easy to use.'],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  // Beside a tied point, a product fact serves it; an outcome tacked on alone is generic.
  {
    lines: [
      HELLO,
      NIGHTS,
      "R: For the ones waking up at night, the bedtime dose kept nighttime heartburn away in most patients. It's a small once-daily capsule.",
    ],
    has: 'priority_link',
    not: 'generic_benefit',
  },
  {
    lines: [
      HELLO,
      NIGHTS,
      'R: For the ones waking up at night, the bedtime dose kept nighttime heartburn away in most patients. And honestly, patients just love it.',
    ],
    has: 'generic_benefit',
  },
  {
    lines: [
      "R: Dr. Ames, last month you asked me to bring the dialysis dosing data, so that's what I have for you today.",
    ],
    has: 'purpose',
  },
  // Transitions: a signposted move to a new topic, and topic jumps or answer ordering without one.
  // "Before we get to cost, …" puts a topic off to ask about her, as the labeled calls read "Before I get into
  // Kelvora, help me understand…" and "Before we talk about starting, …": no signpost (rp-2 2.16.0).
  {
    lines: [HELLO, DONE, 'R: Before we get to cost, can I ask how you pick patients for a second agent today?'],
    not: 'transition',
  },
  { lines: [HELLO, DONE, 'R: How do your patients usually pay for their inhalers?'], not: 'transition' },
  {
    lines: [
      HELLO,
      DONE,
      'R: Can I shift to the safety side for a minute? What worries you most in your older patients?',
    ],
    has: 'transition',
  },
  {
    lines: [HELLO, DONE, "R: Switching gears for a second: how's the new PA portal working for your staff?"],
    has: 'transition',
  },
  {
    lines: [HELLO, DONE, "R: Now, moving to your diabetic patients, what's your usual step after metformin?"],
    has: 'transition',
  },
  {
    lines: [HELLO, DONE, 'R: Let me ask about something different. How does your team handle refills?'],
    has: 'transition',
  },
  {
    lines: [
      HELLO,
      'C: We give the infusions on Tuesdays. My nurses do about twelve a day.',
      'R: Got it. Can I go back to something you said earlier about the Tuesday chairs? How long do patients wait for one?',
    ],
    has: 'transition',
  },
  {
    lines: [
      HELLO,
      'C: Is it covered by Medicare, and do I need to check liver enzymes?',
      'R: Yes, Part D covers it at tier three. On your second question, no routine liver monitoring is needed.',
    ],
    has: 'answers_question',
    not: 'transition',
  },
  {
    lines: [HELLO, DONE, 'R: My manager said the other thing the office liked was the sample program.'],
    not: 'transition',
  },
  { lines: [HELLO, DONE, 'R: Most of my offices are moving patients to the pen this year.'], not: 'transition' },
  {
    lines: [HELLO, DONE, 'R: Is there something else your patients struggle with on their current inhaler?'],
    not: 'transition',
  },
  // Explores: probing the concern behind an objection or a cue, and open questions that probe nothing.
  {
    lines: [HELLO, JAK, 'R: What makes that a worry for you: the clot signal, or something you’ve seen yourself?'],
    has: 'explore',
  },
  { lines: [HELLO, JAK, 'R: Which of the safety signals worries you most?'], has: 'explore' },
  { lines: [HELLO, JAK, 'R: Which JAK inhibitors have you used before?'], not: 'explore' },
  { lines: [HELLO, JAK, 'R: What does your typical RA patient look like these days?'], not: 'explore' },
  { lines: [HELLO, JAK, "R: That's fair. Where's that coming from for you?"], has: 'explore' },
  { lines: [HELLO, JAK, "R: Understood. What's giving you the most pause?"], has: 'explore' },
  { lines: [HELLO, HAPPY, 'R: Makes sense. What do you like most about it?'], has: 'explore' },
  { lines: [HELLO, HAPPY, 'R: Okay. How many patients do you see in a week?'], not: 'explore' },
  { lines: [HELLO, PA_PAIN, 'R: Where does it usually break down for your staff?'], has: 'explore' },
  { lines: [HELLO, PA_PAIN, 'R: Do you see many patients with psoriasis?'], not: 'explore' },
  {
    lines: [
      HELLO,
      'C: Honestly, the price is too high for our plan to cover.',
      'R: Help me understand, is it the list price itself or how it compares with the generics?',
    ],
    has: 'explore',
  },
  {
    lines: [
      HELLO,
      'C: We lost two patients this month and the whole team is exhausted.',
      "R: I'm so sorry. What's been the hardest part for the team?",
    ],
    has: 'explore',
  },
  {
    lines: [
      HELLO,
      'C: We lost two patients this month and the whole team is exhausted.',
      "R: I'm sorry to hear that. Our new neutropenia data came out last week.",
    ],
    not: 'explore',
  },
  {
    lines: [HELLO, 'C: I tried the last drug in this class and it was a disaster.', 'R: What went sideways with it?'],
    has: 'explore',
  },
];

describe('rep round 11: dodges, links, benefits, transitions, explores', () => {
  it.each(ROWS.map((row) => ({ ...row, last: row.lines.at(-1) })))('$last', expectRow);
});
