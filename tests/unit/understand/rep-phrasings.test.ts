// How reps say things, written for this test (not taken from the labeled set or phrasings.test.ts):
// each row is a tiny call whose last rep turn does one act a sales trainer would hear, or a near
// miss that must not be read that way. The harder calls lead: own-words paraphrase vs parrot vs a
// wrong recap, empathy vs "I hear you, but…", exploring vs leading, tied vs generic, a dump vs a
// full answer, a step vs "I'll swing by", an ask vs a check-in, rapport vs small talk, the clock.
// Written before the fixes: 22 of the 45 rows were misread then.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const GOUT =
  'C: My gout patients take allopurinol for a few weeks, get a flare, and decide the pill caused it, so they quit.';
const FALLS = "C: I'm wary of anything for sleep in the elderly. I've seen too many hip fractures from falls.";
const LABS = 'C: Most of my PrEP patients drop off because they can’t keep up with the quarterly lab visits.';
const PILLS =
  "C: We already have four pillars for heart failure. A fifth pill just isn't realistic for most of my patients.";
const CHEAP =
  'C: The anticholinergics are cheap and they work fine for most of my bladder patients. Why would I change?';
const TRIP = "C: My osteoporosis patients are older women who can't get a ride to the clinic every six months.";
const RUSH = "C: I've got about two minutes before my next patient.";
const RENAL = 'C: Does it need a dose adjustment in kidney disease?';
const HOLD = 'C: My MA spends hours on hold with insurers every week just for these approvals.';
const AFTER_PITCH = 'R: It lowers uric acid below 6 in most patients within a month.';

const ROWS: Row[] = [
  // Restating: own words, copied words, wrong words.
  {
    lines: [GOUT, 'R: So the first flare gets blamed on the pill, and that’s when they give up on it.'],
    has: 'paraphrase',
  },
  { lines: [HOLD, "R: So the approvals are eating a big chunk of your MA's week."], has: 'paraphrase' },
  {
    lines: [FALLS, 'R: Sounds like the fractures you’ve seen are what keep you away from sleep meds in older folks.'],
    has: 'paraphrase',
  },
  {
    lines: [
      GOUT,
      'R: So your gout patients take allopurinol for a few weeks, get a flare, and decide the pill caused it.',
    ],
    has: 'parrot',
    not: 'paraphrase',
  },
  {
    lines: [
      "C: It's not the price that bothers me, it's the monthly injections.",
      'R: So price is the main thing holding you back.',
    ],
    has: 'misstated_recap',
  },
  {
    lines: [
      'R: Would you be open to starting two patients next week?',
      'C: Maybe, if my partners are on board.',
      "R: Perfect, so you're on board for next week.",
    ],
    has: 'misstated_recap',
  },
  // Empathy, or a rebuttal wearing it.
  { lines: [FALLS, 'R: I hear you on the falls, but the data in older adults is really reassuring.'], has: 'rebuttal' },
  {
    lines: [FALLS, 'R: Totally get that. The thing is, fall rates in the trial were about the same as placebo.'],
    has: 'rebuttal',
    not: 'acknowledge',
  },
  {
    lines: [FALLS, "R: A hip fracture at that age can be the beginning of the end. You're right to put that first."],
    has: 'acknowledge',
    not: 'rebuttal',
  },
  {
    lines: [
      'C: I lost a patient to a GI bleed last month and I keep going over it.',
      "R: I'm so sorry. That's a heavy thing to carry.",
    ],
    has: 'acknowledge',
  },
  {
    lines: [
      "C: I'm worried about the nausea; half my patients can't tolerate these.",
      "R: That's usually just a titration issue, not the drug itself.",
    ],
    has: 'rebuttal',
  },
  // Exploring, or leading.
  {
    lines: [PILLS, 'R: Is it the number of pills itself, or what happens when patients try to manage them at home?'],
    has: 'explore',
  },
  { lines: [CHEAP, 'R: Where do they fall short for you, if they do?'], has: 'explore', not: 'dodges_question' },
  {
    lines: [PILLS, 'R: Wouldn’t you agree a fifth pill is worth it if it keeps them out of the hospital?'],
    has: 'closed_question',
    not: 'explore',
  },
  { lines: [CHEAP, "R: Don't your patients deserve something better than dry mouth?"], not: 'explore' },
  // Tied to this HCP, or generic.
  {
    lines: [
      TRIP,
      "R: For the women who can't get a ride, this is a pill they take at home, so nobody has to come in twice a year.",
    ],
    has: 'priority_link',
  },
  {
    lines: [TRIP, 'R: It has excellent efficacy and a really strong safety profile.'],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  {
    lines: [
      LABS,
      'R: With the shot, the lab draw happens at the same visit, so patients skip the separate trip for bloodwork.',
    ],
    has: 'priority_link',
  },
  {
    lines: [LABS, 'R: Our PrEP option has the highest efficacy on the market.'],
    has: 'generic_benefit',
    not: 'priority_link',
  },
  // A dump, or a full answer to the HCP's own question.
  {
    lines: [
      'C: What do I need to know about dosing and monitoring?',
      "R: It's 10 mg once daily with or without food, no titration, a baseline liver panel, labs again at week 12, and no dose change for mild renal impairment.",
    ],
    has: 'answers_question',
    not: 'feature_dump',
  },
  {
    lines: [
      'C: Hi, come on in.',
      'R: Cardiqua is once daily with no titration, it works within three weeks, it has a 14-hour half-life, no renal dose adjustment, three tablet strengths, a copay card, and the label covers reduced and preserved ejection fraction.',
    ],
    has: 'feature_dump',
  },
  // A step with who, what and when, or a vague one.
  {
    lines: [HOLD, "R: I'll bring the patient-assistance forms by Thursday morning and walk your MA through them."],
    has: 'next_step_specific',
  },
  {
    lines: [HOLD, "R: I'll swing by again next time I'm in the area."],
    has: 'next_step_vague',
    not: 'next_step_specific',
  },
  { lines: [HOLD, "R: Let me drop off some more info when I'm back this way."], has: 'next_step_vague' },
  { lines: [HOLD, "R: We'll get something on the calendar soon."], has: 'next_step_vague', not: 'next_step_specific' },
  {
    lines: [HOLD, 'R: How about I set up a fifteen-minute lunch with your team on the 22nd to go over the portal?'],
    has: 'next_step_specific',
  },
  // An ask, or a check-in.
  {
    lines: [
      AFTER_PITCH,
      'C: That would help.',
      'R: Would you be comfortable starting your next two new gout patients on it?',
    ],
    has: 'commitment_request',
  },
  {
    lines: [
      AFTER_PITCH,
      'C: That would help.',
      'R: Are you ready to give it a go with your next newly diagnosed patient?',
    ],
    has: 'commitment_request',
  },
  {
    lines: [AFTER_PITCH, 'C: That would help.', 'R: Any reason not to write it for the next patient who fits?'],
    has: 'commitment_request',
  },
  { lines: [AFTER_PITCH, 'C: Hm.', 'R: Does that make sense so far?'], not: 'commitment_request' },
  // Questions: open with no question word, closed with a tag.
  { lines: [GOUT, "R: I'm curious what you tell a patient who flares in that first month."], has: 'open_question' },
  { lines: [TRIP, 'R: Help me picture a typical week in your infusion suite.'], has: 'open_question' },
  // Purpose, rapport and small talk.
  {
    lines: ['R: My aim today is to understand how you pick patients for a biologic, not to run through slides.'],
    has: 'purpose',
  },
  {
    lines: ['R: Morning, Dr. Patel, thanks for squeezing me in. I know Mondays are brutal.'],
    not: 'off_topic',
  },
  {
    lines: [GOUT, "R: Speaking of which, my daughter just started soccer and it's been chaos at our house."],
    has: 'off_topic',
  },
  { lines: ['R: How was the fishing trip? You said you were heading up to the lake.'], has: 'off_topic' },
  // The clock.
  { lines: [RUSH, "R: Got it, I'll give you the headline and leave the rest on paper."], has: 'time_adapt' },
  {
    lines: [RUSH, 'R: Sure. So let me start with the mechanism, then the three pivotal trials, and finish on safety.'],
    not: 'time_adapt',
  },
  { lines: [RUSH, "R: Want me to come back Thursday when you've got more breathing room?"], has: 'time_adapt' },
  // Signposts, plain words, answers, recaps, filler.
  {
    lines: [HOLD, "R: Okay, that's the approvals. Can we talk about the patients who don't respond to first-line?"],
    has: 'transition',
  },
  {
    lines: [
      "C: Sorry, I don't follow. What's treat-to-target?",
      'R: Basically you keep raising the dose until uric acid is under 6, instead of stopping at a fixed dose.',
    ],
    has: 'simplify',
  },
  {
    lines: [RENAL, "R: No adjustment down to an eGFR of 30; below that it isn't recommended."],
    has: 'answers_question',
  },
  {
    lines: [RENAL, "R: That's a great question, and honestly the bigger story here is how fast it works."],
    has: 'dodges_question',
    not: 'answers_question',
  },
  {
    lines: [
      'R: Would you try it in two patients this month?',
      "C: Okay, I'll try it in two patients.",
      "R: Great. Quick summary before I go: two patients this month, I'll drop the PA forms off Thursday, and we'll look at how they did on the 20th.",
    ],
    has: 'recap',
  },
  { lines: [GOUT, 'R: Uh, yeah, so, um, okay.'], has: 'no_content' },
];

describe('rep phrasings', () => {
  it.each(ROWS)('$lines.1 $lines.0', expectRow);
});
