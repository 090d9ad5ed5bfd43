// HCP round 4: fresh lines written for this test, not taken from the labeled set, in the way doctors,
// pharmacists, payers and office staff talk: hedged, sarcastic, negated, contrasting, attributed to
// others. Each row is an act a trainer hears in the HCP's last turn, or a near miss that must not be.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const LIPID = 'R: Lipovant brought LDL down another 55 percent on top of a statin.';
const MODEL = 'R: Our budget impact model shows the plan breaks even by year two.';
const ONC = 'R: In the phase 3 trial, progression-free survival improved by 4.2 months.';
const LAI = 'R: With the long-acting injectable, it is one visit a month instead of a pill every day.';
const ASK = 'R: Would you be willing to start it in your next two eligible patients?';
const PT = 'R: Could we get it on the agenda for your next P&T meeting?';
const LUNCH = 'R: Could I come by Thursday at noon to walk your nurses through the pen?';
const WHAT = "R: What's the hardest part of your week right now?";
const DOSE = 'R: You load with two pens on day one, then one pen every other week.';

/** Objections said without the stock words, or said about someone else's view. */
const OBJECTIONS: Row[] = [
  {
    lines: [MODEL, "C: The budget impact model assumes 30 percent uptake. That's fantasy."],
    has: 'objection_evidence',
  },
  { lines: [MODEL, "C: Honestly, that's wishful thinking for a population like ours."], has: 'objection_evidence' },
  { lines: [MODEL, 'C: Thirty percent uptake sounds about right for us.'], not: 'objection_evidence' },
  { lines: [MODEL, 'C: Your model leaves out the rebate we already get on the incumbent.'], has: 'objection_evidence' },
  { lines: [ONC, "C: Four months. I'll believe it when I see overall survival."], has: 'objection_evidence' },
  { lines: [ONC, "C: I don't buy it. The control arm was undertreated."], has: 'objection_evidence' },
  {
    lines: [LIPID, "C: We're not adding another PCSK9 inhibitor; the spend is out of control."],
    has: 'objection_cost',
  },
  { lines: [LIPID, 'C: My partners think it is overpriced for what it does.'], has: 'objection_cost' },
  {
    lines: [LIPID, 'C: At fourteen grand a year? My committee would laugh me out of the room.'],
    has: 'objection_cost',
  },
  { lines: [WHAT, 'C: I have grand rounds at noon, but the afternoon is mine.'], not: 'objection_cost' },
  { lines: [LIPID, "C: Great, another drug my patients can't afford."], has: 'objection_cost' },
  {
    lines: [LIPID, "C: And who's going to do the prior auth on that, you?"],
    has: 'objection_access',
  },
  { lines: [LIPID, 'C: Who handles the prior auth, your hub or my staff?'], not: 'objection_access' },
  { lines: [LIPID, 'C: What was the absolute risk reduction, not the relative?'], has: 'objection_evidence' },
  { lines: [LIPID, 'C: How long was the follow-up in that trial?'], not: 'objection_evidence' },
  { lines: [LIPID, "C: I'm a little nervous about the liver signal, to be honest."], has: 'objection_safety' },
  { lines: [LIPID, 'C: Right, and the last three reps said the same thing about theirs.'], has: 'objection_other' },
  {
    lines: [LUNCH, "C: Dr. Patel doesn't see reps anymore; that's practice policy."],
    has: 'objection_other',
  },
  { lines: [LAI, "C: I'm going to stay with what I'm using, thanks."], has: 'objection_status_quo' },
];

/** Denials and contrasts: "not X, it's Y" raises Y, not X. */
const CONTRASTS: Row[] = [
  { lines: ['R: I know cost is a big concern.', "C: Our problem isn't the drug cost."], not: 'objection_cost' },
  {
    lines: [
      'R: I know cost is a big concern.',
      "C: Our problem isn't the drug cost, it's the three days of nursing time every time we start one.",
    ],
    has: 'shares_need',
  },
  {
    lines: ['R: Is cost what is holding you back?', "C: Cost isn't the issue. Getting them in for the infusion is."],
    not: 'objection_cost',
  },
  {
    lines: [
      'R: Are you worried about the bleeding risk?',
      "C: Bleeding isn't what worries me with these; it's the price.",
    ],
    has: 'objection_cost',
  },
  {
    lines: [
      'R: Are you worried about the bleeding risk?',
      "C: Bleeding isn't what worries me with these; it's the price.",
    ],
    not: 'objection_safety',
  },
  {
    lines: [LAI, "C: It's not the efficacy I doubt, it's the injections. My patients hate needles."],
    not: 'objection_evidence',
  },
  {
    lines: [LIPID, "C: I don't doubt the data. I just don't have many patients who'd qualify."],
    not: 'objection_evidence',
  },
  { lines: [LIPID, "C: I don't have a problem with the safety profile."], not: 'objection_safety' },
  { lines: [LIPID, "C: The price isn't the problem, the prior auth is."], not: 'objection_cost' },
  { lines: [LIPID, "C: The price isn't the problem, the prior auth is."], has: 'objection_access' },
  { lines: [LIPID, "C: It's not cheap, is it?"], has: 'objection_cost' },
  { lines: [LIPID, "C: We're not paying that price for a me-too drug."], has: 'objection_cost' },
  { lines: [ONC, "C: There's still no overall survival data."], has: 'objection_evidence' },
  { lines: [LIPID, "C: I'm not worried about the kidneys, we check them every visit."], not: 'objection_safety' },
  { lines: [LIPID, "C: It still isn't covered on most of our plans."], has: 'objection_access' },
];

/** How an ask is answered: a real yes, a yes on a condition, a polite stall, or a no. */
const ANSWERS: Row[] = [
  { lines: [ASK, "C: I'm not saying no. Get me the PA numbers from your other accounts first."], not: 'declines' },
  { lines: [ASK, "C: I wouldn't say I'm against it."], not: 'declines' },
  { lines: [ASK, 'C: No problem, put me down for two.'], not: 'declines' },
  { lines: [ASK, "C: That's a no from me for now."], has: 'declines' },
  { lines: [ASK, 'C: No way, not with that copay.'], has: 'declines' },
  { lines: [ASK, "C: No problem. I'll think about it."], has: 'brush_off', not: 'declines' },
  { lines: [LUNCH, "C: Thursday works. We'll see how the nurses take to it."], has: 'agrees', not: 'brush_off' },
  { lines: [ASK, "C: As long as it doesn't need a PA, I'm in."], has: 'conditional' },
  { lines: [ASK, 'C: Assuming the copay card actually works, sure.'], has: 'conditional' },
  { lines: [ASK, "C: Yeah, I'll definitely keep it in mind for the right patient."], has: 'brush_off' },
  { lines: [ASK, 'C: Let me circle back with you on that.'], has: 'brush_off' },
  { lines: [WHAT, 'C: They circle back to the ER within a month, most of them.'], not: 'brush_off' },
  { lines: [LUNCH, "C: Mm, we'll have to see what Thursday looks like."], has: 'brush_off' },
  { lines: [LUNCH, "C: Thursday at noon is fine. I'll tell the nurses."], has: 'agrees' },
  {
    lines: [
      'R: Would you be open to offering the injectable to your next patient who is missing doses?',
      "C: I've got someone in mind, actually. He's back Friday and I'll bring it up.",
    ],
    has: 'agrees',
  },
  { lines: [PT, 'C: Not this cycle. We just closed the review of that class.'], has: 'declines' },
  { lines: [PT, "C: We're not adding another PCSK9 inhibitor; the spend is out of control."], has: 'declines' },
  { lines: [PT, "C: We're not meeting until March, but I'll put it on that one."], not: 'declines' },
  { lines: [ASK, "C: I'm going to stay with what I'm using, thanks."], has: 'declines' },
];

/** Cues said indirectly: the clock, a lost thread, a shrug, feeling about the work. */
const CUES: Row[] = [
  { lines: [ONC, "C: I'm already late for tumor board."], has: 'time_cue' },
  { lines: [WHAT, 'C: Patients show up late for infusions all the time.'], not: 'time_cue' },
  { lines: [ONC, 'C: Give me the short version.'], has: 'time_cue' },
  { lines: [LIPID, 'C: The short version is my patients cannot afford it.'], not: 'time_cue' },
  { lines: [LAI, "C: I still don't know what that means for my patients."], has: 'confusion_cue' },
  { lines: [DOSE, "C: You're going to have to translate that for me."], has: 'confusion_cue' },
  { lines: [DOSE, 'C: Do you have the instructions translated into Spanish?'], not: 'confusion_cue' },
  { lines: [DOSE, 'C: Can you translate that handout into Spanish for my patients?'], not: 'confusion_cue' },
  { lines: [LIPID, "C: What's the bottom line on the renal data?"], not: 'time_cue' },
  { lines: [LAI, "C: You can skip the slides, I've seen them."], has: 'disinterest_cue' },
  {
    lines: [
      WHAT,
      'C: I told a 34-year-old mother yesterday that the cancer was back. That one is going to stay with me.',
    ],
    has: 'emotion_cue',
  },
  { lines: [WHAT, 'C: My mother is going to stay with me for a month after her surgery.'], not: 'emotion_cue' },
  { lines: [WHAT, "C: Honestly? I'm running on fumes. Three of my nurses quit this spring."], has: 'emotion_cue' },
  {
    lines: [WHAT, "C: I'm not worried about the kidneys, we check them every visit."],
    not: 'emotion_cue',
  },
];

/** Held out: written after the fixes above, measured before any further fix. */
const HELD_OUT: Row[] = [
  {
    lines: [MODEL, 'C: Those projections assume every patient stays on therapy for a full year. Nobody does.'],
    has: 'objection_evidence',
  },
  { lines: [LIPID, 'C: My CFO would have a heart attack at that price.'], has: 'objection_cost' },
  { lines: [LIPID, 'C: My CFO would have a heart attack at that price.'], not: 'objection_safety' },
  { lines: [LAI, "C: It's not the price that bothers me, it's the monthly injections."], not: 'objection_cost' },
  { lines: [ONC, "C: The efficacy isn't in question. The neuropathy is."], has: 'objection_safety' },
  { lines: [PT, "C: Honestly, our pharmacists think it's a me-too at a premium."], has: 'objection_cost' },
  { lines: [ASK, "C: I'm not opposed, I just need to see how the first patient's PA goes."], has: 'conditional' },
  { lines: [ASK, "C: I'm not opposed, I just need to see how the first patient's PA goes."], not: 'declines' },
  { lines: [ASK, 'C: Probably not this quarter.'], has: 'declines' },
  { lines: [ASK, "C: Let's revisit it in the spring."], has: 'brush_off' },
  { lines: [WHAT, "C: I'm not sleeping. We lost two patients to overdoses this month."], has: 'emotion_cue' },
  { lines: [DOSE, 'C: Sorry, you lost me at the loading dose.'], has: 'confusion_cue' },
  { lines: [ONC, "C: I've got a tumor board in five, so."], has: 'time_cue' },
  { lines: [LIPID, 'C: Interesting. Is the copay card good for Medicare patients?'], not: 'objection_cost' },
  {
    lines: [LIPID, "C: I'd assume most of mine would qualify, but the copay will kill it."],
    not: 'objection_evidence',
  },
  { lines: [LIPID, "C: That's the premium tier, right? But my patients are on Medicaid."], not: 'objection_cost' },
  { lines: [LIPID, "C: I'm late on my charts, but go ahead."], not: 'time_cue' },
  { lines: [LIPID, "C: Who's going to pay for that, the patient?"], has: 'objection_cost' },
  { lines: [PT, "C: The committee's not going to bite on another one in this class."], has: 'declines' },
  { lines: [ASK, 'C: Sure, put two starter kits aside for Mrs. Reyes and Mr. Tan.'], has: 'agrees' },
  { lines: [LIPID, 'C: My nurse manager says the portal takes twenty minutes a patient.'], has: 'objection_access' },
  { lines: [WHAT, 'C: My MA spends ten hours a week on prior auths.'], not: 'objection_access' },
  {
    lines: [WHAT, 'C: The insurer portal takes twenty minutes a patient, and my MA does thirty refills a day.'],
    has: 'shares_need',
  },
  {
    lines: [
      WHAT,
      "C: The prior auth denials aren't the hard part anymore; getting patients to pick up the prescription is.",
    ],
    not: 'objection_access',
  },
];

describe('HCP round 4', () => {
  const rows = [...OBJECTIONS, ...CONTRASTS, ...ANSWERS, ...CUES, ...HELD_OUT].map((r) => ({
    ...r,
    said: r.lines.at(-1),
  }));
  it.each(rows)('$said', expectRow);
});
