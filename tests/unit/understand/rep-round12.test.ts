// Rep turns for six misreads found on calls written outside the labeled set (deliverables named as a
// next step, short recaps of the agreed step, a colleague's action asked for, recaps that get the HCP
// wrong with no negation, empathy lines, dodges by an unrelated claim), written for this test (not
// taken from the labeled set): short exchanges across specialties and HCP roles, each act beside a
// near miss a keyword reader would confuse with it. `has` is what a trainer hears in the LAST turn;
// `not` what it must not be read as.
// Written before the fixes: 26 of the 72 rows were misread then (rows were added while fixing; the count
// is of the whole file on the code before them). One HCP line was reworded so the HCP side reads the
// feeling the rep answers ("The audits this quarter have been relentless." was read as nothing).
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const HELLO = 'R: Thanks for making the time.';

// Deliverables named as a next step: who brings what is specific; "some stuff" stays vague.
const PA_BURDEN = 'C: My two MAs spend their mornings on prior auths for this class.';
const STEPS: Row[] = [
  {
    lines: [HELLO, PA_BURDEN, "R: I'll drop off a one-page summary of the PA criteria Thursday."],
    has: 'next_step_specific',
  },
  { lines: [HELLO, PA_BURDEN, "R: I'll drop off a one-page summary of the PA criteria Thursday."], has: 'ownership' },
  {
    lines: [HELLO, PA_BURDEN, 'R: I can bring a side-by-side comparison sheet to your Tuesday huddle.'],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: Our P&T committee will want to see how it stacks up against the generic.',
      "R: I'll put together a cost comparison for your P&T packet.",
    ],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: Our pharmacist always asks about renal dosing.',
      "R: I'll email your pharmacist the renal dosing chart.",
    ],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: The front desk never knows which card to hand out.',
      "R: I'll print your front desk a one-line script on which card goes with which plan.",
    ],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: The front desk never knows which card to hand out.',
      "R: I'll leave a stack of savings cards at the front desk.",
    ],
    not: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      "C: My nurses haven't used this pen before.",
      'R: Our nurse educator will bring pen trainers to your Monday staff meeting.',
    ],
    has: 'next_step_specific',
  },
  { lines: [HELLO, PA_BURDEN, "R: I'll send some stuff over."], has: 'next_step_vague', not: 'next_step_specific' },
  {
    lines: [HELLO, PA_BURDEN, "R: I'll get you something on that."],
    has: 'next_step_vague',
    not: 'next_step_specific',
  },
  {
    lines: [HELLO, PA_BURDEN, 'R: Our comparison sheet shows the PA approval rate at ninety percent.'],
    not: 'next_step_specific',
  },
  { lines: [HELLO, PA_BURDEN, "R: I'll leave the decision with you, of course."], not: 'next_step_specific' },
  { lines: [HELLO, PA_BURDEN, "R: I'll drop the subject for now."], not: 'next_step_specific' },
];

// A short recap of the agreed step near the end, without "to recap".
const RENAL_ASK = 'R: Could I come by Thursday at seven with coffee and the renal data for your team?';
const RECAPS: Row[] = [
  {
    lines: [
      HELLO,
      'C: My team would want to see the renal data.',
      RENAL_ASK,
      'C: Sure, that works.',
      'R: So: Thursday at seven, coffee and the renal data for your team.',
    ],
    has: 'recap',
  },
  {
    lines: [
      HELLO,
      'C: My team would want to see the renal data.',
      RENAL_ASK,
      'C: Sure, that works.',
      'R: So: Thursday at seven, coffee and the renal data for your team.',
    ],
    not: 'misstated_recap',
  },
  {
    lines: [
      HELLO,
      'C: My front desk gets the PA calls.',
      'R: Could I bring lunch for the front desk Friday at noon and walk them through the PA checklist?',
      'C: Yes, that would help.',
      'R: Okay, so Friday at noon, lunch for the front desk, and I bring the PA checklist.',
    ],
    has: 'recap',
  },
  {
    lines: [
      HELLO,
      'C: Fine, bring the comparison to the Tuesday huddle and I will pick three patients.',
      'R: Just so we are on the same page: the Tuesday huddle, I bring the comparison sheet, you pick three patients.',
    ],
    has: 'recap',
  },
  {
    lines: [
      HELLO,
      'C: I run four infusion chairs here.',
      'R: So: what does a typical Monday look like for those chairs?',
    ],
    not: 'recap',
  },
  {
    lines: [
      HELLO,
      'C: How old were the people in the trial?',
      'R: So, the trial enrolled mostly patients over sixty-five, median age seventy-one.',
    ],
    not: 'recap',
  },
  {
    lines: [
      HELLO,
      'C: My team would want to see the renal data.',
      'R: How about Thursday at seven, with coffee and the renal data for your team?',
    ],
    not: 'recap',
  },
  {
    lines: [
      HELLO,
      'C: My team would want to see the renal data.',
      RENAL_ASK,
      'C: Sure, that works.',
      'R: So: Thursday at seven, coffee and the renal data for your team.',
    ],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: My team would want to see the renal data.',
      RENAL_ASK,
      'C: Sure, that works.',
      "R: Great. I'll also email you the renal subgroup table tonight, and you can share it with them.",
    ],
    not: 'recap',
  },
  {
    lines: [
      HELLO,
      'C: My team would want to see the renal data.',
      RENAL_ASK,
      'C: Sure, that works.',
      'R: So, the trial enrolled four thousand patients, and the results held in the elderly.',
    ],
    not: 'recap',
  },
];

// Asking leave for a colleague's concrete action is a commitment request and a specific step.
const ASKS: Row[] = [
  {
    lines: [
      HELLO,
      "C: I'm not sure the subgroup numbers hold up.",
      'R: Would it be okay if I had our medical science liaison send you the full subgroup data?',
    ],
    has: 'commitment_request',
  },
  {
    lines: [
      HELLO,
      "C: I'm not sure the subgroup numbers hold up.",
      'R: Would it be okay if I had our medical science liaison send you the full subgroup data?',
    ],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      "C: I'm not sure the subgroup numbers hold up.",
      'R: Would it be okay if I had our medical science liaison send you the full subgroup data?',
    ],
    has: 'ownership',
  },
  {
    lines: [
      HELLO,
      'C: My MAs have never taught an autoinjector.',
      'R: Would it help if our nurse educator walked your MAs through the pen next week?',
    ],
    has: 'commitment_request',
  },
  {
    lines: [
      HELLO,
      'C: Our billing lead fights every denial by hand.',
      'R: Mind if I have our reimbursement specialist call your billing lead tomorrow?',
    ],
    has: 'next_step_specific',
  },
  {
    lines: [
      HELLO,
      'C: Our billing lead fights every denial by hand.',
      'R: Mind if I have our reimbursement specialist call your billing lead tomorrow?',
    ],
    has: 'commitment_request',
  },
  {
    lines: [
      HELLO,
      'C: I see a lot of resistant hypertension.',
      'R: Would it be okay if I asked how you pick a second agent?',
    ],
    not: 'commitment_request',
  },
];

// A recap that names a concern the HCP never raised gets them wrong, with no negation.
const PAPERWORK = 'C: The prior auth paperwork eats two days a week for my staff.';
const COPAY = 'C: The copays are what kill us. Patients walk away at the register.';
const HYPO = 'C: My main worry is hypoglycemia in my older patients who live alone.';
const WRONG_RECAPS: Row[] = [
  { lines: [HELLO, HYPO, 'R: So your main worry is cost.'], has: 'misstated_recap', not: 'paraphrase' },
  {
    lines: [HELLO, HYPO, "R: So it's the lows at night in the ones living alone that worry you."],
    has: 'paraphrase',
    not: 'misstated_recap',
  },
  { lines: [HELLO, COPAY, "R: So for you it's really a safety question."], has: 'misstated_recap' },
  {
    lines: [HELLO, COPAY, 'R: So the cost at the counter is what loses them.'],
    has: 'paraphrase',
    not: 'misstated_recap',
  },
  {
    lines: [HELLO, PAPERWORK, 'R: It sounds like side effects are the sticking point for you.'],
    has: 'misstated_recap',
  },
  {
    lines: [HELLO, PAPERWORK, "R: It sounds like the PA paperwork is eating your team's week."],
    has: 'paraphrase',
    not: 'misstated_recap',
  },
  {
    lines: [
      HELLO,
      "C: I'm not convinced the PFS benefit holds up in patients over seventy-five.",
      'R: So your concern is mainly the price.',
    ],
    has: 'misstated_recap',
  },
  {
    lines: [
      HELLO,
      'C: Cost matters, but the bigger issue is falls in my frail elderly patients.',
      'R: So cost is part of it, and falls are the bigger worry.',
    ],
    not: 'misstated_recap',
  },
  {
    lines: [
      HELLO,
      'C: Half my panel is on Medicare and the copay is the first thing they ask about.',
      'R: What else gets in the way?',
      HYPO,
      'R: So cost at the pharmacy, and lows at night for the ones alone.',
    ],
    not: 'misstated_recap',
  },
  {
    lines: [
      HELLO,
      'C: Every missed infusion means my nurses spend an afternoon rescheduling.',
      'R: So a missed infusion is a scheduling cost for your nurses.',
    ],
    not: 'misstated_recap',
  },
  { lines: [HELLO, HYPO, "R: So you're mostly worried about coverage."], has: 'misstated_recap' },
  {
    lines: [
      HELLO,
      "C: Counseling a new start takes me ten minutes, and I'm alone on most shifts.",
      'R: It sounds like counseling time and drug interactions are the pressure points.',
    ],
    not: 'misstated_recap',
  },
];

// Empathy lines after a feeling or a problem acknowledge it; arguing straight after does not.
const SHORT_STAFFED = 'C: We lost two nurses last month and the phones never stop ringing.';
const INSURERS = "C: The insurers deny half of what I prescribe and I'm tired of fighting them.";
const UP_SINCE_FOUR = "C: I've been up since four covering for two partners who are out sick.";
const EMPATHY: Row[] = [
  { lines: [HELLO, UP_SINCE_FOUR, 'R: That sounds exhausting.'], has: 'acknowledge' },
  { lines: [HELLO, INSURERS, 'R: I can hear how frustrating that is.'], has: 'acknowledge' },
  { lines: [HELLO, SHORT_STAFFED, "R: That's a lot to carry with a short-staffed clinic."], has: 'acknowledge' },
  {
    lines: [
      HELLO,
      "C: Honestly, I'm worn out from the audits this quarter.",
      'R: I can only imagine how draining the audits are.',
    ],
    has: 'acknowledge',
  },
  { lines: [HELLO, PAPERWORK, 'R: That must be maddening for your front desk.'], has: 'acknowledge' },
  { lines: [HELLO, SHORT_STAFFED, 'R: I can see how that would wear anyone down.'], has: 'acknowledge' },
  {
    lines: [HELLO, UP_SINCE_FOUR, 'R: That sounds exhausting. How are you covering the evening calls right now?'],
    has: 'acknowledge',
  },
  {
    lines: [
      HELLO,
      UP_SINCE_FOUR,
      'R: That sounds exhausting, but our data show fewer clinic visits for patients on it.',
    ],
    has: 'rebuttal',
    not: 'acknowledge',
  },
  {
    lines: [HELLO, INSURERS, 'R: I can hear the frustration, but honestly the approval rates are fine now.'],
    not: 'acknowledge',
  },
  {
    lines: [
      HELLO,
      'C: I have a lot of type 2 patients who hate injections.',
      'R: That sounds like a great fit for Glytora.',
    ],
    not: 'acknowledge',
  },
  {
    lines: [
      HELLO,
      'C: I have a lot of type 2 patients who hate injections.',
      'R: That is a lot of patients who could do well on a once-weekly pen.',
    ],
    not: 'acknowledge',
  },
  {
    lines: [
      HELLO,
      INSURERS,
      'R: I can hear how frustrating that is. Do most of your patients use a mail-order pharmacy?',
    ],
    not: 'acknowledge',
  },
];

// An unrelated claim does not answer a question; a reply on her topic does, whatever its words.
const THEO = 'C: Does it interact with theophylline?';
const VIAL = "C: What's the shelf life once the vial is opened?";
const SCALP = 'C: Can my teenagers use the foam on the scalp?';
const CRCL = 'C: How do you dose it with a CrCl under thirty?';
const DODGES: Row[] = [
  { lines: [HELLO, CRCL, 'R: Patients really love the once-weekly schedule.'], has: 'dodges_question' },
  { lines: [HELLO, CRCL, 'R: Patients really love the once-weekly schedule.'], has: 'generic_benefit' },
  {
    lines: [HELLO, CRCL, "R: No adjustment down to fifteen; below that it isn't studied."],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [HELLO, CRCL, "R: There's no adjustment down to fifteen, and below that it hasn't been studied."],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [HELLO, CRCL, 'R: Renal patients did really well in the trial, with no extra bleeding.'],
    not: 'dodges_question',
  },
  { lines: [HELLO, SCALP, "R: It's the most effective topical we've ever launched."], has: 'dodges_question' },
  {
    lines: [HELLO, SCALP, 'R: Yes, from twelve up, and it spreads easily through hair.'],
    has: 'answers_question',
    not: 'dodges_question',
  },
  { lines: [HELLO, VIAL, 'R: Physicians tell us their patients feel better within a week.'], has: 'dodges_question' },
  {
    lines: [HELLO, VIAL, "R: Twenty-eight days at room temperature once it's punctured."],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [HELLO, THEO, "R: It's a really convenient once-daily inhaler your patients will love."],
    has: 'dodges_question',
  },
  {
    lines: [HELLO, THEO, 'R: No interaction was seen with theophylline in the label studies.'],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      "C: I've got five minutes. What's this about?",
      "R: It's a once-weekly option that's really simple for patients.",
    ],
    not: 'dodges_question',
  },
  {
    lines: [HELLO, 'C: What would it take to get started?', "R: Just pick one patient. It's a really simple option."],
    not: 'dodges_question',
  },
  {
    lines: [HELLO, 'C: How fast does it work?', 'R: Patients feel better within a week.'],
    has: 'answers_question',
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      'C: Why would I switch a stable patient?',
      "R: Because it's once weekly, and patients really love that.",
    ],
    not: 'dodges_question',
  },
  {
    lines: [
      HELLO,
      'C: What did you want to talk about?',
      "R: I'm here about Glytora, a once-weekly pen that's simple for patients.",
    ],
    not: 'dodges_question',
  },
  {
    lines: [HELLO, 'C: Do you have samples for the clinic?', "R: It's really well tolerated, and patients love it."],
    has: 'dodges_question',
  },
  {
    lines: [HELLO, 'C: How is it different from Jardiance?', 'R: It works faster, and patients tolerate it better.'],
    not: 'dodges_question',
  },
];

const rows = (list: Row[]) => list.map((row) => ({ ...row, last: row.lines.at(-1) }));

describe('rep round 12', () => {
  it.each(rows(STEPS))('names what the rep hands over as the next step: $last', expectRow);
  it.each(rows(RECAPS))('hears a short list of the agreed step as a recap: $last', expectRow);
  it.each(rows(ASKS))("hears leave for a colleague's step as an ask: $last", expectRow);
  it.each(rows(WRONG_RECAPS))('hears a recap naming a concern the HCP never raised as misstated: $last', expectRow);
  it.each(rows(EMPATHY))("hears a line naming the HCP's feeling as acknowledgment: $last", expectRow);
  it.each(rows(DODGES))('hears an unrelated claim as a dodge: $last', expectRow);
});
