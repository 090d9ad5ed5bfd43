// Rep turns from eight whole calls written outside the labeled set (a hospitalist, a rural clinic, an
// oncologist with an MSL-style rep, a pediatrician, a dermatologist, a psychiatrist, a specialty
// pharmacy, a payer), each read in the context that makes it: what the HCP just said or asked, and
// whether the rep's sentence is about the HCP or about the product. `has` is what a sales trainer
// hears in the last turn; `not` a near miss it must not be read as.
// Written before the fixes: 18 of 39 rows failed on calls-rep (marked "misread").
import { describe } from 'vitest';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

const DISCHARGE = 'R: When a patient with a new clot is ready to go home, what tends to hold up the discharge?';
const MEDS =
  "C: Honestly, it's the meds. Someone has to figure out what the patient can afford on the outpatient side, and the case manager is chasing a prior auth at four in the afternoon.";
const COST_Q = 'R: So the cost is hard for them?';
const PHARMACY = 'C: The cost, and getting to the pharmacy. Nearest one that stocks injectables is forty minutes away.';
const NURSE =
  "C: It's worse. We lost our injection nurse in January, so I'm giving the shots myself between med checks.";
const MISSED = 'R: What happens when a patient misses the window?';
const RELOAD =
  "C: If they're more than a week late I have to re-load, which means two extra visits, and two of mine were hospitalized this winter.";

/** A "so" that plays back the HCP's problem in the rep's own words, about the HCP's day, not the product. */
const PLAYBACK: Row[] = [
  {
    lines: [
      DISCHARGE,
      MEDS,
      'R: So the clinical decision is quick, and what eats the day is working out what they can get once they leave.',
    ],
    has: 'paraphrase', // misread
  },
  {
    lines: [DISCHARGE, MEDS, "R: So Veltrana is quick to start, and it's on the preferred tier for both big plans."],
    not: 'paraphrase',
  },
  {
    lines: [COST_Q, PHARMACY, "R: Sorry, I didn't know that. So it's both paying for it and physically picking it up."],
    has: 'paraphrase', // misread
  },
  {
    lines: [COST_Q, PHARMACY, "R: Sorry, I didn't know that. So it's a once-weekly pen with a savings card."],
    not: 'paraphrase',
  },
  { lines: [COST_Q, PHARMACY, 'R: So set them aside.'], not: 'paraphrase' },
  { lines: [COST_Q, PHARMACY, "R: So I'll find out what the Medicare patients pay."], not: 'paraphrase' },
  {
    lines: [
      MISSED,
      RELOAD,
      'R: So losing the nurse means fewer open slots, late doses mean re-loading, and the late ones end up back in the hospital.',
    ],
    has: 'paraphrase', // misread
  },
  {
    lines: [
      MISSED,
      RELOAD,
      'R: So losing the nurse means fewer open slots, late doses mean re-loading, and the late ones end up back in the hospital.',
    ],
    not: 'priority_link', // misread
  },
  {
    lines: [MISSED, RELOAD, 'R: So Paliqor means fewer visits, and fewer late doses that end up back in the hospital.'],
    not: 'paraphrase',
  },
];

/** A recap frame near the end, checked with the HCP, sums up the call. */
const RECAP: Row[] = [
  {
    lines: [
      NURSE,
      'R: So late doses mean re-loading and admissions.',
      "C: That's the whole cycle. I've got maybe ten stable patients who'd qualify.",
      'R: To pull it together: you are short a nurse, late doses drive re-loading and admissions, and about ten of your stable patients could move to a quarterly shot. Did I get that right?',
    ],
    has: 'recap', // misread
  },
  {
    lines: [
      NURSE,
      'R: To pull it together, quarterly dosing is simple, well tolerated and covered. Did I get that right?',
    ],
    not: 'recap',
  },
  {
    lines: [
      'R: How is the injection clinic going?',
      NURSE,
      'R: To sum up, you lost the injection nurse in January. What happens when a patient misses the window?',
    ],
    not: 'recap',
  },
];

/** Feeling words about what the HCP just told of their day acknowledge it; "…though" takes it back. */
const FEELING: Row[] = [
  {
    lines: [
      'R: Last time you mentioned patients missing appointments. How is that going?',
      NURSE,
      'R: That sounds exhausting, on top of a full panel. What happens when a patient misses the window?',
    ],
    has: 'acknowledge', // misread
  },
  {
    lines: [
      'R: Last time you mentioned patients missing appointments. How is that going?',
      NURSE,
      'R: That sounds exhausting. Are most of your patients on oral antipsychotics?',
    ],
    not: 'acknowledge',
  },
  {
    lines: [
      'R: Last time you mentioned patients missing appointments. How is that going?',
      'C: Better. We hired a new injection nurse in January, so the shots are on schedule.',
      'R: That sounds great. What happens when a patient misses the window?',
    ],
    not: 'acknowledge',
  },
  {
    lines: [
      "R: Brezio has a dose counter and a spacer-friendly design, so it's really easy.",
      'C: Easy for who? The parents have to relearn it, and the school forms all list the old inhaler by name.',
      'R: I hear you, that must be so frustrating. Our inhaler is really the best option for kids though.',
    ],
    has: 'rebuttal', // misread
  },
  {
    lines: [
      "R: Brezio has a dose counter and a spacer-friendly design, so it's really easy.",
      'C: Easy for who? The parents have to relearn it, and the school forms all list the old inhaler by name.',
      'R: I hear you, that must be so frustrating. Our inhaler is really the best option for kids though.',
    ],
    not: 'acknowledge', // misread
  },
  {
    lines: [
      "R: Brezio has a dose counter and a spacer-friendly design, so it's really easy.",
      'C: Easy for who? The parents have to relearn it, and the school forms all list the old inhaler by name.',
      'R: I hear you, that must be so frustrating. What would make a switch easier for the parents?',
    ],
    not: 'rebuttal',
  },
  {
    lines: [
      "R: Brezio has a dose counter and a spacer-friendly design, so it's really easy.",
      'C: Easy for who? The parents have to relearn it, and the school forms all list the old inhaler by name.',
      "R: I hear you. That's a lot of paperwork for families, though.",
    ],
    not: 'rebuttal',
  },
];

/** A product point that answers the need the HCP just named, in other words. */
const ANSWERS_NEED: Row[] = [
  {
    lines: [
      'C: Our problem is cold-chain shipping to rural patients. We lose shipments in summer.',
      'R: Right, and the room-temperature storage means you can ship it without the cold pack, so a delayed box in July is not a lost shipment.',
    ],
    has: 'priority_link', // misread
  },
  {
    lines: [
      'C: Our problem is cold-chain shipping to rural patients. We lose shipments in summer.',
      'R: Right, and the vial sizes run from 250 to 4000 IU, with a needleless transfer device.',
    ],
    not: 'priority_link',
  },
  {
    lines: [COST_Q, PHARMACY, 'R: It also lowers A1C and people lose weight too.'],
    not: 'priority_link',
  },
  {
    lines: [
      'R: Is it the per-member cost, or total spend on the class?',
      'C: Total spend. The class grew eighteen percent last year and my director wants it flat.',
      'R: Cephora has a 48-hour onset and a once-monthly autoinjector.',
    ],
    not: 'priority_link',
  },
  {
    lines: [
      'R: Is nail psoriasis common in your practice?',
      'C: More than people think. Those patients are miserable and hard to clear.',
      'R: Did you know Dermivex showed 60 percent complete nail clearance at one year?',
    ],
    has: 'priority_link', // misread
  },
  {
    lines: [
      'R: Is nail psoriasis common in your practice?',
      'C: More than people think. Those patients are miserable and hard to clear.',
      'R: Did you see the game last night?',
    ],
    not: 'priority_link',
  },
  {
    lines: [
      'R: Is nail psoriasis common in your practice?',
      'C: More than people think. Those patients are miserable and hard to clear.',
      'R: Did you know Dermivex comes in a 100 mg autoinjector?',
    ],
    not: 'priority_link',
  },
  {
    lines: [
      COST_Q,
      PHARMACY,
      'R: We have a mail-order option through our specialty pharmacy, so it would come to their house.',
    ],
    // 'hard for them' asks for a problem, so the answer names one (was misread)
    has: 'priority_link',
  },
  {
    lines: [
      'R: Is it the per-member cost, or total spend on the class?',
      'C: Total spend. The class grew eighteen percent last year and my director wants it flat.',
      'R: Members who fail both preferred CGRPs go to Botox in your data, which costs more per year than Cephora. And we would offer a rebate tied to staying within the class budget.',
    ],
    has: 'priority_link', // misread: her director's budget goal ('wants it flat') is a need
  },
];

/** Why the rep came, and an open prompt that a menu only clarifies. */
const OPENERS: Row[] = [
  {
    lines: [
      'R: Dr. Lindqvist, I know the tumor board ran late. I have two things: the updated survival data you asked about in March, and ten minutes of your questions. Is that still a good use of the time?',
    ],
    has: 'purpose', // misread
  },
  {
    lines: ['R: Dr. Lindqvist, I know the tumor board ran late. Is that still a good use of the time?'],
    not: 'purpose',
  },
  { lines: ["R: Hi, I'm with Arvane. I wanted to go over Hemavio for hemophilia A."], has: 'purpose' }, // misread
  { lines: ["R: Hi, I'm with Arvane. I went over Hemavio with your partner."], not: 'purpose' },
  {
    lines: [
      "C: Your WAC is thirty percent higher than the two CGRPs we already prefer. I don't see why we'd add a third.",
      "R: That's a fair question. Help me understand how you're weighing it: is it the per-member cost, or total spend on the class?",
    ],
    has: 'open_question', // misread
  },
  {
    lines: [
      "C: Your WAC is thirty percent higher than the two CGRPs we already prefer. I don't see why we'd add a third.",
      "R: That's a fair question. Is it the per-member cost, or total spend on the class?",
    ],
    not: 'open_question',
  },
  {
    lines: [
      "C: Your WAC is thirty percent higher than the two CGRPs we already prefer. I don't see why we'd add a third.",
      'R: Tell me about your members: are they mostly on the preferred two, or on Botox?',
    ],
    not: 'open_question',
  },
];

/** Steps: a month names when; a "Could we…at your meeting?" asks for the step. */
const STEPS: Row[] = [
  {
    lines: [
      "C: I'm not switching kids in February. Maybe in the summer.",
      'R: Could I come back in May with the teaching materials?',
    ],
    has: 'next_step_specific', // misread
  },
  {
    lines: ["C: I'm not switching kids in February. Maybe in the summer.", 'R: I may come back sometime.'],
    not: 'next_step_specific',
  },
  {
    lines: [
      'C: I can get you a claims extract, but not before the end of the month.',
      "R: That works. I'll send the data request template to you tomorrow, and our HEOR lead, Sam, will have the model back within two weeks of getting the extract. Could we review it together at your May P&T prep meeting?",
    ],
    has: 'commitment_request', // misread
  },
  {
    lines: [
      'C: I can get you a claims extract, but not before the end of the month.',
      "R: That works. I'll send the data request template to you tomorrow, and our HEOR lead, Sam, will have the model back within two weeks of getting the extract. Could we review it together at your May P&T prep meeting?",
    ],
    not: 'generic_benefit', // misread
  },
];

describe('rep turns in whole calls, read in context', () => {
  const groups = { PLAYBACK, RECAP, FEELING, ANSWERS_NEED, OPENERS, STEPS };
  itRows(groups);
});
