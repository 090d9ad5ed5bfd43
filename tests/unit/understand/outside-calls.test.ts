// Turns from fourteen whole calls written outside the labeled set after the reading rounds before
// them (an oncology nurse navigator, a payer, a cardiac surgeon, a hospitalist, a pediatrician, a
// counter pharmacist…), kept aside to check those rounds on wording they never saw. `has` is what a
// sales trainer hears in the last turn; `not` a near miss it must not be read as.
// Written before the fixes: 20 of its 41 rows failed on main after reading rounds 6 and 13 (marked "misread").
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const INHALERS = "R: I'll be quick. What's the most common question your patients bring you about their inhalers?";
const TECHNIQUE = 'C: Honestly? How to use them. Half of them do it wrong.';

/** An answer to the rep's question that tells of a problem or a group of patients shares a need. */
const ANSWERS: Row[] = [
  { lines: [INHALERS, TECHNIQUE], has: 'shares_need' }, // misread
  { lines: [INHALERS, TECHNIQUE], not: 'agrees' }, // misread
  { lines: [INHALERS, 'C: Honestly, how to use them.'], not: 'disinterest_cue' }, // misread
  {
    lines: ['R: Do you track hospitalizations for hyperkalemia?', "C: We do. They're one of our bigger costs."],
    has: 'shares_need', // misread
  },
  { lines: ['R: Do you track hospitalizations for hyperkalemia?', 'C: We do.'], not: 'shares_need' },
  {
    lines: [
      'R: Are you using SGLT2s in your heart failure patients?',
      'C: Some. The ones with decent kidney function.',
    ],
    has: 'shares_need', // misread
  },
  { lines: ['R: Are you using SGLT2s in your heart failure patients?', 'C: Some.'], not: 'shares_need' },
  {
    lines: [
      'R: How do you decide when to add something?',
      'C: Cut my time in the OR. Every minute I spend chasing oozing is a minute on the pump.',
    ],
    has: 'shares_need', // misread
  },
];

/** Minutes the HCP talks about are not minutes the HCP has. */
const MINUTES: Row[] = [
  {
    lines: [
      'R: How do you decide when to add something?',
      'C: Cut my time in the OR. Every minute I spend chasing oozing is a minute on the pump.',
    ],
    not: 'time_cue', // misread
  },
  {
    lines: [
      'R: Time to hemostasis was under two minutes in 80 percent of patients.',
      'C: Under two minutes? In what kind of cases?',
    ],
    not: 'time_cue', // misread
  },
  {
    lines: ['R: Time to hemostasis was under two minutes in 80 percent of patients.', "C: I've got two minutes."],
    has: 'time_cue',
  },
  { lines: ['R: Thanks for seeing me.', "C: I've got a minute. Go."], has: 'time_cue' },
];

/** Worry about an effect of the drug is a safety objection; a condition on a yes is conditional. */
const CONCERNS: Row[] = [
  {
    lines: [
      'R: I wanted to talk about Seranex for treatment-resistant depression.',
      "C: I've read about it. I'm worried about the dissociation. My patients are already fragile.",
    ],
    has: 'objection_safety', // misread
  },
  {
    lines: [
      'R: I wanted to talk about Seranex for treatment-resistant depression.',
      "C: I've read about it. I'm worried about my patients this winter, with the clinic short-staffed.",
    ],
    not: 'objection_safety',
  },
  {
    lines: [
      'R: The trial showed remission rates nearly double placebo at four weeks.',
      "C: The benefit isn't the question. Monitoring two hours in my office is. I don't have the space.",
    ],
    has: 'objection_other', // misread
  },
  {
    lines: ['R: Would a budget impact model help?', 'C: It would, if we can use our own numbers.'],
    has: 'conditional', // misread
  },
  { lines: ['R: Would a budget impact model help?', 'C: It would.'], not: 'conditional' },
  {
    lines: [
      'R: Dermavel is a non-steroidal cream, a PDE4 inhibitor, approved down to three months.',
      "C: PDE4? I'm not sure how that's different from what I use now. Is it like tacrolimus?",
    ],
    has: 'confusion_cue', // misread
  },
  {
    lines: [
      'R: Dermavel is a non-steroidal cream, a PDE4 inhibitor, approved down to three months.',
      'C: Is it approved under two?',
    ],
    not: 'confusion_cue',
  },
  {
    lines: [
      'R: Colonex is a low-volume prep, just two small bottles, and patients found it very tolerable.',
      "C: Our patients mostly get the split-dose PEG. It's cheap and covered.",
    ],
    has: 'objection_status_quo', // misread
  },
  {
    lines: [
      'R: Colonex is a low-volume prep, just two small bottles, and patients found it very tolerable.',
      'C: Our patients mostly get the split-dose PEG, and half of them never finish it.',
    ],
    not: 'objection_status_quo',
  },
  {
    lines: ['R: I wanted to talk about Seranex for treatment-resistant depression.', "C: I'm worried about the cost."],
    not: 'objection_safety',
  },
  {
    lines: [
      'R: I wanted to talk about Seranex for treatment-resistant depression.',
      "C: I'm not worried about the sedation.",
    ],
    not: 'objection_safety',
  },
  {
    lines: ['R: How was the conference last week?', "C: I'm worried about the audit next month."],
    not: 'objection_safety',
  },
  {
    lines: [
      'R: The trial showed remission rates nearly double placebo at four weeks.',
      "C: Cost isn't the issue. We already cover it.",
    ],
    not: 'objection_other',
  },
  {
    lines: ['R: Would a budget impact model help?', 'C: It would be a problem if the PA takes weeks.'],
    not: 'conditional',
  },
  {
    lines: [
      'R: Dermavel is a non-steroidal cream, a PDE4 inhibitor, approved down to three months.',
      'C: How is that different from tacrolimus?',
    ],
    not: 'confusion_cue',
  },
];

/** A yes that takes on a part, and a "that's it" that confirms the rep's summary. */
const REPLIES: Row[] = [
  {
    lines: [
      'R: Would it be worth trying it on a few cases next month, with our clinical specialist in the room for the first one?',
      "C: I'd try it on three cases. Set it up with my OR coordinator.",
    ],
    has: 'agrees',
  },
  {
    lines: [
      'R: What happens today when a patient on warfarin is ready for discharge?',
      "C: The INR isn't stable, so they stay an extra day or two, or they go home and come back with a bleed.",
      'R: So it is the unstable INR holding discharge, and the bleeding readmissions when they go home anyway.',
      "C: That's it.",
    ],
    not: 'disinterest_cue', // misread
  },
  {
    lines: ['R: Got it. Would it help if I left some materials for them?', 'C: Sure, leave them at the desk.'],
    has: 'brush_off', // misread
  },
  {
    lines: [
      'R: Could I drop the checklist off Friday morning?',
      "C: Sure, leave it at the desk Friday and I'll go through it with Ana.",
    ],
    not: 'brush_off',
  },
  {
    lines: ['R: Great. Can I put you down for some samples?', 'C: Leave a few.'],
    has: 'brush_off', // misread
  },
  {
    lines: [
      'R: Respira is a once-daily inhaler, so adherence tends to be better.',
      "C: Once daily would help. I'm just not in the headspace for this today, honestly.",
    ],
    has: 'disinterest_cue', // misread
  },
];

/** The rep's side: a step said back in a few words, and a summary of the HCP's problem in new words. */
const REP: Row[] = [
  {
    lines: [
      'R: Could I bring you a one-page handout for parents on Thursday, written in plain language?',
      'C: Yes, that would be useful. Bring a Spanish version too.',
      'R: I will, English and Spanish, Thursday.',
    ],
    has: 'recap', // misread
  },
  {
    lines: [
      'R: Could I bring you a one-page handout for parents on Thursday, written in plain language?',
      'C: Yes, that would be useful. Bring a Spanish version too.',
      'R: I will.',
    ],
    not: 'recap',
  },
  {
    lines: [INHALERS, TECHNIQUE, 'R: So technique is the real problem at your counter, more than which inhaler.'],
    has: 'paraphrase', // misread
  },
  {
    lines: [INHALERS, TECHNIQUE, "R: So what's the real problem at your counter?"],
    not: 'paraphrase',
  },
  {
    lines: [
      'R: Are most of your asthma patients on an inhaled steroid right now?',
      'C: Most. The problem is they stop using them once they feel better.',
      'R: Respira is a once-daily inhaler, so adherence tends to be better.',
    ],
    has: 'priority_link', // misread
  },
  {
    lines: [
      'R: Are most of your asthma patients on an inhaled steroid right now?',
      'C: Most. The problem is they stop using them once they feel better.',
      'R: Respira is a once-daily inhaler with a dose counter.',
    ],
    not: 'priority_link',
  },
  {
    lines: [INHALERS, TECHNIQUE, 'R: So our inhaler fixes the real problem at your counter.'],
    not: 'paraphrase',
  },
  {
    lines: ['R: Could I bring the form on Thursday at two?', 'C: Do it.'],
    has: 'agrees',
  },
];

/**
 * Third batch: eight more calls written after the fixes above (a geriatrician after a loss, a P&T
 * pharmacist, an oncologist doubting a small survival gain…). Written before their fixes: every row
 * marked "misread" failed on the code then.
 */
const WORRY = 'R: I understand the toxicity concern. What toxicities worry you most?';
const FOOT = 'C: The hand-foot syndrome. My patients are older and they stop eating when their hands and feet hurt.';
const CLASS = 'R: How are you managing the CGRP class today?';
const SPEND =
  'C: Step therapy through two generics, then a CGRP with prior auth. Our spend on the class doubled last year.';
const GUIDE =
  'R: Memoril has data on time to nursing home placement. I could bring a one-page family guide next week, if that would help.';
const THIRD: Row[] = [
  {
    lines: [
      "R: Dr. Okafor, thanks for seeing me. I wanted to hear how things are going with your memory clinic patients, and share one update if it's useful. Is that okay?",
    ],
    has: 'purpose', // misread
  },
  { lines: ['R: Dr. Okafor, thanks for seeing me. Did you have a good weekend?'], not: 'purpose' },
  {
    lines: [
      'R: Is now a good time?',
      "C: Fine, but I'm not in a great mood. One of my longtime patients went into a nursing home yesterday. The family fell apart.",
    ],
    has: 'emotion_cue', // misread
  },
  { lines: ['R: Is now a good time?', 'C: Fine, go ahead.'], not: 'emotion_cue' },
  { lines: [GUIDE, 'C: That would help. Thursday afternoon is best.'], has: 'agrees' }, // misread
  { lines: [GUIDE, 'C: Thursday afternoons are always packed here.'], not: 'agrees' },
  { lines: [CLASS, SPEND], has: 'shares_need' }, // misread
  { lines: [CLASS, 'C: Same as everyone.'], not: 'shares_need' },
  {
    lines: [
      CLASS,
      SPEND,
      'R: Our data show a 30 percent drop in ER visits for migraine with Mignora. That offsets a good part of the drug cost.',
    ],
    has: 'priority_link', // misread
  },
  {
    lines: [CLASS, SPEND, 'R: Our data show a 30 percent drop in ER visits for migraine with Mignora.'],
    not: 'priority_link',
  },
  {
    lines: [
      'R: It was statistically significant, and progression-free survival doubled.',
      "C: Doubled from a low base. Six weeks of survival with that toxicity isn't much for my patients.",
    ],
    has: 'objection_evidence', // misread
  },
  {
    lines: [
      'R: It was statistically significant, and progression-free survival doubled.',
      'C: Doubled is a real gain in this line.',
    ],
    not: 'objection_evidence',
  },
  {
    lines: [
      WORRY,
      FOOT,
      'R: That makes sense. The trial had a dose-reduction protocol that brought grade 3 hand-foot syndrome down to 8 percent.',
    ],
    has: 'priority_link', // misread
  },
  {
    lines: [WORRY, FOOT, 'R: That makes sense. The trial enrolled 800 patients across 12 countries.'],
    not: 'priority_link',
  },
];

/**
 * Fourth batch: six calls written after the third batch's fixes (a P&T pharmacist, a psychiatric NP lost
 * in jargon, a cardiologist and a recap…). Written before their fixes: every row marked "misread"
 * failed on the code then.
 */
const NNT =
  'R: Moodara is a D3-preferring partial agonist, and in phase 3 the MADRS change versus placebo was significant with an NNT of seven.';
const GROUPS = 'C: A PCSK9 for some, but the prior auths are brutal and a few refuse injections.';
const FOURTH: Row[] = [
  {
    lines: [NNT, "C: Sorry, NNT of seven meaning what, exactly? And is this the one that's like cariprazine?"],
    has: 'confusion_cue', // misread
  },
  { lines: [NNT, 'C: What was the placebo response rate?'], not: 'confusion_cue' },
  {
    lines: [NNT, "C: I'm still not sure how I'd explain it to my patients."],
    has: 'confusion_cue', // misread
  },
  { lines: [NNT, "C: I'm not sure I'd use it before lurasidone."], not: 'confusion_cue' },
  {
    lines: [
      'R: Can I count on you to try it in your next bipolar depression patient?',
      "C: I'd have to read more first.",
    ],
    has: 'conditional', // misread
  },
  {
    lines: ['R: Can I count on you to try it in your next bipolar depression patient?', "C: I'd have to say yes."],
    not: 'conditional',
  },

  {
    lines: [
      'R: What have you tried beyond that?',
      GROUPS,
      "R: So it's two groups: the ones on our drug, and the ones on theirs.",
    ],
    not: 'paraphrase',
  },
  {
    lines: [
      "R: I'd like to understand what your P&T committee will need to see on Coagix. Does that work?",
      "C: You have fifteen minutes. We just reviewed reversal agents last year, so I'm not eager to reopen it.",
    ],
    has: 'objection_status_quo', // misread
  },
  {
    lines: [
      'R: It comes premixed, and in the trial hemostasis was comparable to PCC.',
      "C: Comparable isn't better. And it's more expensive per dose.",
    ],
    has: 'objection_cost', // misread
  },
  {
    lines: ['R: It comes premixed, and in the trial hemostasis was comparable to PCC.', 'C: Comparable is all I need.'],
    not: 'objection_evidence',
  },
  {
    lines: [
      'R: Would it help if I brought a cost model that counts pharmacy time, for you to check with your own numbers?',
      "C: If you can show me the time savings in real hospitals, I'll look at it.",
    ],
    not: 'brush_off', // misread
  },
  {
    lines: [
      'R: Do you worry about anticholinergics in that group?',
      'C: Yes. The cognitive effects. I try to avoid them now.',
    ],
    has: 'shares_need', // misread
  },
  { lines: ['R: Do you worry about anticholinergics in that group?', 'C: Yes.'], not: 'shares_need' },
];

describe('turns from calls written outside the labeled set, second batch', () => {
  const groups = { ANSWERS, MINUTES, CONCERNS, REPLIES, REP, THIRD, FOURTH };
  for (const [name, rows] of Object.entries(groups))
    describe(name, () => {
      it.each(rows.map((r) => [r.lines.at(-1)!, r.has ?? `not ${r.not}`, r] as const))('%s → %s', (_l, _a, row) =>
        expectRow(row),
      );
    });
});
