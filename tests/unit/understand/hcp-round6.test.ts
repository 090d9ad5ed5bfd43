// HCP round 6: fresh lines written for this test, not taken from the labeled set, in settings the labeled
// calls rarely use (oncologist, P&T pharmacist, ED physician, retail pharmacist, NP, nurse navigator, office
// manager, surgeon, pediatrician), with indirect wording: sarcasm, hedges, a cue told as a story, clipped
// replies, turns that carry two acts. Each row is an act beside a near miss; `has` is what a trainer hears in
// the LAST turn, `not` what it must not be read as.
// Written before the fixes: 42 of 90 rows failed.
// Probes of the new rules came after them (22 rows): 2 failed at first ("How does that work with our 340B
// pricing." was past the length a bare wh-question was allowed; a probe's rep line asked for a problem, so its
// answer read as a need by an older rule, and was moved to a plain pitch). Held out, written after the
// fixes and measured before any further fix: 6 of 10 `has` rows failed (a protocol that has "done right by"
// the kids, "a full board", "consistent with what", "Nope. Not happening.", "Knock the price down and I'll
// consider it.", "Wait, I thought…"), fixed since by phrases, "nope" read as "no", and "knock" as a demand.
// On the code before this round, 58 of all 132 rows fail.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const HER2 = 'R: Pemtuzin adds a second target for your HER2-low patients.';
const CHEW = 'R: The new chewable could make dosing easier for the little ones.';
const TRIAL = 'R: In the pivotal trial, hospitalizations fell by 30 percent.';
const CLOT = 'R: Renoxa reverses in minutes, so you can take a bleeding patient straight to the OR.';
const CARD = 'R: The savings card brings the copay down for commercial patients.';
const STOCK = 'R: Would you be able to keep a few boxes of Dermiva on the shelf?';
const SHOW = 'R: Could I show you the new inhaler data?';
const HUB = 'R: Our hub files the prior auth and calls the patient with the copay amount.';
const HARD = 'R: What gets in the way most for your patients between cycles?';
const BINDERS = 'R: Could I drop off the patient binders Friday morning and walk your team through them?';
const LUNCH = 'R: Could we set up a lunch-and-learn for your staff next Thursday?';
const TRY = 'R: Would you try it in your next two patients who fail the first-line agent?';
const DOSSIER = 'R: Could we get Cardiva onto the March P&T agenda?';

/** Content with what works now, told without the stock words. */
const STATUS_QUO: Row[] = [
  {
    lines: [HER2, "C: Our tumor board has a pathway for HER2-low, and it's serving us well."],
    has: 'objection_status_quo',
  },
  { lines: [HER2, 'C: Our tumor board meets Tuesdays to go over the HER2-low cases.'], not: 'objection_status_quo' },
  { lines: [CHEW, "C: The liquid's been fine for twenty years. Parents know it."], has: 'objection_status_quo' },
  {
    lines: [CHEW, "C: The liquid's been hard for the toddlers; they spit half of it out."],
    not: 'objection_status_quo',
  },
];

/** Doubt that the study speaks to this HCP's patients or question. */
const EVIDENCE: Row[] = [
  {
    lines: [CLOT, "C: Twelve weeks of follow-up isn't going to tell me anything about rebleeds."],
    has: 'objection_evidence',
  },
  { lines: [CLOT, 'C: Twelve weeks of follow-up is what we do for every bleed anyway.'], not: 'objection_evidence' },
  {
    lines: [TRIAL, "C: Sponsor's trial, sponsor's statisticians. I'll wait for someone else to reproduce it."],
    has: 'objection_evidence',
  },
  {
    lines: [TRIAL, "C: Our statisticians went through the sponsor's trial and found it solid."],
    not: 'objection_evidence',
  },
];

/** Worry about harm told as a case or an aside. */
const SAFETY: Row[] = [
  {
    lines: [CLOT, 'C: The last thing I need is a reversal agent that throws clots in my stroke patients.'],
    has: 'objection_safety',
  },
  {
    lines: [
      'R: How often do you see bleeds on anticoagulants?',
      'C: We see a head bleed on a blood thinner most weekends.',
    ],
    not: 'objection_safety',
  },
  { lines: [HER2, 'C: And the cardiotoxicity? My patients already had anthracyclines.'], has: 'objection_safety' },
  { lines: [HER2, 'C: And the infusion time? My chairs are already full.'], not: 'objection_safety' },
];

/** Money as a barrier; money as a plain fact. */
const COST: Row[] = [
  { lines: [CARD, 'C: Our patients balk at anything over a twenty-dollar copay.'], has: 'objection_cost' },
  { lines: [CARD, 'C: Our patients pay a twenty-dollar copay on most of their meds.'], not: 'objection_cost' },
  {
    lines: [CARD, 'C: My seniors hit the coverage gap by June, and then they stop filling it.'],
    has: 'objection_cost',
  },
  { lines: [CARD, 'C: My seniors fill everything by mail order; they like it.'], not: 'objection_cost' },
];

/** Supply, paperwork and plan barriers; the same nouns without a barrier. */
const ACCESS: Row[] = [
  {
    lines: [HUB, 'C: Every one of these needs a PA, and the plans sit on them for three weeks.'],
    has: 'objection_access',
  },
  { lines: [HUB, 'C: Every one of these patients gets a call from our nurse the next day.'], not: 'objection_access' },
  {
    lines: [HUB, "C: Half the specialty pharmacies won't touch it, so my patients sit in limbo for weeks."],
    has: 'objection_access',
  },
  { lines: [HUB, 'C: The specialty pharmacy calls my patients the same day.'], not: 'objection_access' },
];

/** Authority, policy and trust. */
const OTHER: Row[] = [
  {
    lines: [CLOT, 'C: Our value analysis committee decides what goes on the shelf, not me.'],
    has: 'objection_other',
  },
  { lines: [CLOT, 'C: Our value analysis committee meets monthly; I chair it.'], not: 'objection_other' },
  { lines: [STOCK, "C: We don't take samples anymore. Hospital rules."], has: 'objection_other' },
  { lines: [STOCK, 'C: We take samples at the back door on Mondays.'], not: 'objection_other' },
];

/** Time pressure told as a situation or a story; the same words about the past or about other things. */
const TIME: Row[] = [
  { lines: [CLOT, "C: I've got a trauma rolling in."], has: 'time_cue' },
  { lines: [CLOT, 'C: I had a trauma roll in at three this morning, a kid on a bike.'], not: 'time_cue' },
  { lines: [SHOW, 'C: My last rep kept me twenty minutes on a Tuesday. Don’t be that rep.'], has: 'time_cue' },
  { lines: [SHOW, 'C: My last rep brought lunch for the whole staff.'], not: 'time_cue' },
  { lines: [STOCK, "C: I've got a line out the door."], has: 'time_cue' },
  { lines: [STOCK, "C: I've got a line item for it in the budget."], not: 'time_cue' },
  { lines: [SHOW, "C: I've got a waiting room full of coughing toddlers."], has: 'time_cue' },
  { lines: [SHOW, 'C: The waiting room was full of flu all January.'], not: 'time_cue' },
  { lines: [CLOT, "C: I'm scrubbing in at ten."], has: 'time_cue' },
  { lines: [CLOT, 'C: I scrubbed in on six of those last month.'], not: 'time_cue' },
];

/** Losing the thread, said plainly or by a wrong guess. */
const CONFUSION: Row[] = [
  { lines: [TRY, 'C: Hang on, I thought you said it was weekly.'], has: 'confusion_cue' },
  { lines: [TRY, "C: I thought you'd say weekly, and that suits us."], not: 'confusion_cue' },
  { lines: [HUB, "C: The card, the hub, the foundation. I'm mixing them all up."], has: 'confusion_cue' },
  { lines: [HUB, 'C: How does the hub fit with our current PA workflow?'], not: 'confusion_cue' },
  { lines: [CHEW, "C: So it's for asthma or for allergies? I'm a little turned around."], has: 'confusion_cue' },
  { lines: [CHEW, "C: It's for asthma, so the allergy clinic won't see it."], not: 'confusion_cue' },
];

/** Switching off: clipped prods, sarcasm, half attention. */
const DISINTEREST: Row[] = [
  { lines: [TRIAL, 'C: Fascinating. Truly.'], has: 'disinterest_cue' },
  { lines: [TRIAL, 'C: Fascinating. How did the older patients do?'], not: 'disinterest_cue' },
  { lines: [HER2, "C: Sorry, go on, I'm just signing these."], has: 'disinterest_cue' },
  { lines: [HER2, "C: Sorry, I'm just signing these consents for my HER2-low patients."], not: 'time_cue' },
];

/** Feeling about patients or the work: grief, sarcastic frustration, pride. */
const EMOTION: Row[] = [
  {
    lines: [HUB, "C: I sat with a young mom yesterday who can't start because of a denial. I went home and cried."],
    has: 'emotion_cue',
  },
  { lines: [HUB, 'C: I sat with a young mom yesterday to go over the infusion schedule.'], not: 'emotion_cue' },
  {
    lines: [HARD, "C: Sending them home knowing they'll be back in a week is soul-destroying."],
    has: 'emotion_cue',
  },
  { lines: [HARD, "C: We send them home with a nurse call, and they're back in a week for labs."], not: 'emotion_cue' },
  { lines: [HUB, 'C: Oh good, another fax from the PBM. My favorite.'], has: 'emotion_cue' },
  { lines: [HUB, 'C: Good, the PBM faxes us the approval now.'], not: 'emotion_cue' },
  {
    lines: [CHEW, "C: When a kid who couldn't run walks in breathing easy, that's why I do this job."],
    has: 'emotion_cue',
  },
  { lines: [CHEW, 'C: When a kid walks in wheezing, we start with albuterol.'], not: 'emotion_cue' },
];

/** A need or a problem told plainly. */
const NEEDS: Row[] = [
  { lines: [HARD, "C: What I'm short on is a way to keep them out of the ED between cycles."], has: 'shares_need' },
  { lines: [HARD, 'C: Good question.'], not: 'shares_need' },
  { lines: [HUB, 'C: Our biggest headache is the callbacks from the mail-order pharmacy.'], has: 'shares_need' },
  { lines: [HUB, 'C: Our biggest exam room is the one by the lab.'], not: 'shares_need' },
  { lines: [CLOT, "C: I need something that doesn't hold up the OR."], has: 'shares_need' },
  { lines: [CLOT, 'C: Okay.'], not: 'shares_need' },
];

/** Real questions, some without a question mark; remarks that only look like one. */
const QUESTIONS: Row[] = [
  { lines: [HUB, 'C: Tell me how the hub handles appeals.'], has: 'asks_question' },
  { lines: [HUB, 'C: Tell me about it. The appeals are endless.'], not: 'asks_question' },
  { lines: [CLOT, "C: I'm wondering whether it's safe with tacrolimus."], has: 'asks_question' },
  { lines: [CLOT, "C: I'm wondering whether I'll ever get a lunch break."], not: 'asks_question' },
  { lines: [CARD, "C: So what's the catch."], has: 'asks_question' },
  { lines: [CARD, "C: So that's the catch."], not: 'asks_question' },
];

/** Yes to a concrete step; the same words with no yes in them. */
const AGREES: Row[] = [
  { lines: [DOSSIER, "C: Put it on the March agenda. I'll send you the dossier template."], has: 'agrees' },
  { lines: [DOSSIER, 'C: The March agenda is already full.'], not: 'agrees' },
  { lines: [LUNCH, "C: Let's pencil it in."], has: 'agrees' },
  { lines: [LUNCH, 'C: Pencils and pens go to the front desk.'], not: 'agrees' },
];

/** A yes hung on a condition; a fact or a demand with no yes. */
const CONDITIONAL: Row[] = [
  { lines: [TRY, "C: Get it on the hospital formulary and I'll use it."], has: 'conditional' },
  { lines: [TRY, "C: It's on the hospital formulary and I use it."], not: 'conditional' },
  { lines: [TRY, "C: Show me it doesn't bump the creatinine and we'll talk."], has: 'conditional' },
  { lines: [TRY, 'C: Show me the creatinine data.'], not: 'conditional' },
];

/** Agreement-sounding words that end the topic. */
const BRUSH_OFFS: Row[] = [
  { lines: [TRIAL, 'C: Yeah, yeah, put it in my mailbox.'], has: 'brush_off' },
  { lines: [TRIAL, 'C: My mailbox is full of these already.'], not: 'brush_off' },
  { lines: [BINDERS, 'C: Sounds great, have your people call my people.'], has: 'brush_off' },
  { lines: [BINDERS, 'C: Sounds great, have your people call my MA Tuesday to book it.'], not: 'brush_off' },
  { lines: [TRY, "C: Sure, I'll give it some thought."], has: 'brush_off' },
  { lines: [TRY, "C: Sure, I'll give it to my first two patients Monday."], not: 'brush_off' },
];

/** Saying no, plainly or politely; lines that sound like it and are not. */
const DECLINES: Row[] = [
  { lines: [LUNCH, "C: We've stopped doing rep lunches."], has: 'declines' },
  { lines: [LUNCH, "C: We've stopped doing them on Thursdays, but Tuesday works."], not: 'declines' },
  { lines: [LUNCH, "C: Thanks, but I'll pass on the lunch."], has: 'declines' },
  { lines: [BINDERS, "C: Thanks, I'll pass them on to the nurses."], not: 'declines' },
  { lines: [TRY, 'C: Hard pass.'], has: 'declines' },
  { lines: [TRY, 'C: Hard part is the paperwork.'], not: 'declines' },
];

/** Turns that carry two acts. */
const TWO_ACTS: Row[] = [
  { lines: [SHOW, "C: Fine, but keep it under five minutes; I've got clinic at two."], has: 'time_cue' },
  { lines: [SHOW, 'C: Fine. My clinic runs until two, so the staff will be around.'], not: 'time_cue' },
  { lines: [CARD, 'C: The card is nice, but what happens in January when it resets?'], has: 'asks_question' },
  { lines: [CARD, 'C: The card is nice, but what happens in January when it resets?'], has: 'objection_cost' },
  { lines: [CARD, 'C: The card is nice, but it resets in January.'], not: 'asks_question' },
  { lines: [CARD, 'C: The card is nice. Does it work at mail order too?'], not: 'objection_cost' },
];

/** Probes written after the fixes, each a near miss of one rule (or a row it must still read). */
const PROBES: Row[] = [
  // A cost phrase built on an access word is cost; a plan that will not cover is still access.
  { lines: [HUB, "C: Half the plans won't cover it at all."], has: 'objection_access' },
  { lines: [HUB, "C: Half the plans won't cover it at all."], not: 'objection_cost' },
  // A short prod naming a harm; the same prod on price, and a long question about a substudy.
  { lines: [HER2, 'C: But the neutropenia?'], has: 'objection_safety' },
  { lines: [HER2, 'C: And the price?'], not: 'objection_safety' },
  { lines: [HER2, 'C: And how did you pick the sites for the nausea substudy?'], not: 'objection_safety' },
  // Praise with nothing in it; praise that names what caught her.
  { lines: [TRIAL, 'C: Riveting.'], has: 'disinterest_cue' },
  { lines: [TRIAL, 'C: Fascinating data, truly.'], not: 'disinterest_cue' },
  // A kind of thing wanted; something fetched.
  { lines: [HARD, 'C: I need something they can take at home.'], has: 'shares_need' },
  { lines: [CLOT, 'C: Hang on, I need something from my office.'], not: 'shares_need' },
  // Prompts and bare wh-questions without a question mark; the same openings that ask nothing.
  { lines: [CHEW, 'C: Walk me through the dosing for kids under six.'], has: 'asks_question' },
  { lines: [CHEW, 'C: I walked the residents through the dosing for kids under six.'], not: 'asks_question' },
  { lines: [CARD, 'C: How does that work with our 340B pricing.'], has: 'asks_question' },
  { lines: [CARD, "C: What's worse is the PA."], not: 'asks_question' },
  { lines: [CARD, 'C: How does that work.'], not: 'disinterest_cue' },
  // A feeling about what she does; the patients' own feeling.
  { lines: [CHEW, 'C: Watching them struggle with the inhaler is heartbreaking.'], has: 'emotion_cue' },
  { lines: [CHEW, 'C: Getting them in is easy. The kids are nervous about the mask.'], not: 'emotion_cue' },
  // A demand on the product before a yes; a demand on the rep's visit, and a task she takes on.
  { lines: [TRY, "C: Cut the copay in half and I'll prescribe it."], has: 'conditional' },
  {
    lines: ['R: Could I stop by Thursday with the new pen?', "C: Bring the muffins this time and we'll chat."],
    not: 'conditional',
  },
  { lines: [TRY, "C: Get the forms to my MA and I'll sign them today."], not: 'conditional' },
  // Passing something on is no refusal; passing is.
  { lines: [LUNCH, "C: Thanks, but I'll pass."], has: 'declines' },
  { lines: [LUNCH, "C: I'll pass it along to our practice manager."], not: 'declines' },
  // A no with another day taken in the same breath; a no, then a remark about another day.
  { lines: [LUNCH, "C: We've stopped doing rep lunches. Tuesday is our chart day."], has: 'declines' },
];

/** Held out: written after the fixes above, measured before any further fix (6 of the 10 `has` rows failed then). */
const HELD_OUT: Row[] = [
  { lines: [TRIAL, 'C: Our step protocol has done right by these kids for a decade.'], has: 'objection_status_quo' },
  { lines: [TRIAL, 'C: Our step protocol was rewritten for these kids last year.'], not: 'objection_status_quo' },
  { lines: [LUNCH, "C: I've got a full board in the ED and two ambulances out."], has: 'time_cue' },
  { lines: [LUNCH, "C: We had a full board last night; today's quiet."], not: 'time_cue' },
  {
    lines: [
      'R: The results in older adults were consistent.',
      'C: Consistent with what, a hundred patients over sixty-five?',
    ],
    has: 'objection_evidence',
  },
  {
    lines: ['R: The results in older adults were consistent.', 'C: Consistent with our own numbers, actually.'],
    not: 'objection_evidence',
  },
  { lines: ['R: Could I leave some samples with you?', 'C: Nope. Not happening.'], has: 'declines' },
  { lines: ['R: Any trouble with the last batch of samples?', 'C: Nope. All good.'], not: 'declines' },
  { lines: [HUB, 'C: Explain what the hub does when the plan denies it.'], has: 'asks_question' },
  { lines: [HUB, 'C: I explained what the hub does to my MA.'], not: 'asks_question' },
  { lines: [HUB, "C: Honestly I'm so tired of chasing these approvals I could scream."], has: 'emotion_cue' },
  { lines: [HUB, "C: The approvals used to take forever; now they're quick."], not: 'emotion_cue' },
  { lines: [TRY, "C: Knock the price down and I'll consider it."], has: 'conditional' },
  { lines: [TRY, "C: Knock on the back door when you get here and I'll meet you."], not: 'conditional' },
  { lines: ['R: Let me show you the mechanism slide.', 'C: Mm. Gripping.'], has: 'disinterest_cue' },
  { lines: ['R: Let me show you the mechanism slide.', 'C: Mm, how does it reach the gut?'], not: 'disinterest_cue' },
  { lines: [CARD, 'C: Wait, I thought the card was only for commercial patients.'], has: 'confusion_cue' },
  { lines: [CARD, 'C: I thought the card was a great idea.'], not: 'confusion_cue' },
  { lines: [CARD, "C: Put it in my box, I'll read it sometime."], has: 'brush_off' },
  { lines: [CARD, "C: Put it in my box and I'll have it back to you signed by Friday."], not: 'brush_off' },
];

describe('HCP round 6', () => {
  const rows = [
    ...STATUS_QUO,
    ...EVIDENCE,
    ...SAFETY,
    ...COST,
    ...ACCESS,
    ...OTHER,
    ...TIME,
    ...CONFUSION,
    ...DISINTEREST,
    ...EMOTION,
    ...NEEDS,
    ...QUESTIONS,
    ...AGREES,
    ...CONDITIONAL,
    ...BRUSH_OFFS,
    ...DECLINES,
    ...TWO_ACTS,
    ...PROBES,
    ...HELD_OUT,
  ].map((r) => ({ ...r, said: r.lines.at(-1) }));
  it.each(rows)('$said', expectRow);
});
