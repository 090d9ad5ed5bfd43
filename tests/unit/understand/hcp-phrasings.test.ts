// How HCPs (physicians, NPs, pharmacists, payers, office managers) say things, written for this test,
// not taken from the labeled set: each row is an act a trainer would hear in the HCP's last turn, or
// a near miss that must not be read that way.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const PITCH = 'R: In the pivotal trial it cut hospitalizations for heart failure by about a third.';
const ASK = 'R: Would you be willing to start it in your next two heart failure patients?';
const HELLO = 'R: Hi Dr. Okafor, how are you doing today?';
const WHAT = 'R: What are you seeing with your heart failure patients these days?';

const OBJECTIONS: Row[] = [
  {
    lines: [PITCH, "C: Honestly, my people get to goal on the generics. I'm not out shopping for something new."],
    has: 'objection_status_quo',
  },
  {
    lines: [PITCH, "C: I don't really see where this fits. My patients are doing okay on what they're on."],
    has: 'objection_status_quo',
  },
  { lines: [HELLO, "C: I'm fine, thanks. And you?"], not: 'objection_status_quo' },
  {
    lines: [PITCH, "C: That trial was twelve weeks long. It doesn't tell me much about a drug they'll take for life."],
    has: 'objection_evidence',
  },
  { lines: [PITCH, "C: The people in that study don't look anything like my patients."], has: 'objection_evidence' },
  { lines: [PITCH, 'C: How many patients were in that study?'], not: 'objection_evidence' },
  {
    lines: [
      PITCH,
      'C: Every time I write a new brand my MA sits on hold with the plan for forty minutes and we still get denied.',
    ],
    has: 'objection_access',
  },
  {
    lines: [PITCH, "C: Last time we tried a new one, the pharmacy down the street couldn't get it for two weeks."],
    has: 'objection_access',
  },
  { lines: [PITCH, 'C: Which plans cover it?'], not: 'objection_access' },
  {
    lines: [
      PITCH,
      "C: Once my seniors hit the gap, a brand like this is ninety bucks a month and they just won't fill it.",
    ],
    has: 'objection_cost',
  },
  { lines: [PITCH, "C: Half my panel can't swing another forty-dollar copay."], has: 'objection_cost' },
  {
    lines: [PITCH, "C: I had a patient bleed on one of these last spring, and I haven't forgotten it."],
    has: 'objection_safety',
  },
  {
    lines: [PITCH, 'C: One of mine ended up in the ER with a potassium of 6.8 on the last drug in this class.'],
    has: 'objection_safety',
  },
  { lines: [PITCH, 'C: I had a patient ask me about this last week.'], not: 'objection_safety' },
  {
    lines: [WHAT, "C: I had a patient with a bleed last month, and that's why I want their pressures under control."],
    not: 'objection_safety',
  },
  { lines: [PITCH, 'C: I switched a few of mine to this class last year and they did fine.'], not: 'objection_safety' },
  {
    lines: [WHAT, "C: We couldn't get her in for three weeks, so she ran out and ended up admitted."],
    not: 'objection_access',
  },
  { lines: [PITCH, 'C: What were the most common side effects?'], not: 'objection_safety' },
];

const CUES: Row[] = [
  { lines: [PITCH, "C: I'm double-booked all afternoon."], has: 'time_cue' },
  { lines: [PITCH, "C: Sorry, they're calling me from room four."], has: 'time_cue' },
  { lines: [PITCH, "C: They're calling it the new standard of care, right?"], not: 'time_cue' },
  { lines: [PITCH, 'C: Wait, which one is the loading dose?'], has: 'confusion_cue' },
  { lines: [PITCH, 'C: Back up a second. Is the 50 the starting dose or the maintenance dose?'], has: 'confusion_cue' },
  { lines: [PITCH, "C: What's the starting dose for someone with kidney disease?"], not: 'confusion_cue' },
  { lines: [PITCH, 'C: Mm-hm.'], has: 'disinterest_cue' },
  { lines: [PITCH, 'C: Okay. Is there anything else?'], not: 'asks_question' },
  { lines: [PITCH, 'C: Sorry, I have to answer this text. Go on.'], has: 'disinterest_cue' },
  { lines: [PITCH, 'C: Mm, that is interesting. How does it compare to sacubitril?'], not: 'disinterest_cue' },
  { lines: [WHAT, "C: It's exhausting, honestly."], has: 'emotion_cue' },
  { lines: [WHAT, 'C: I hate seeing them come back through the ER three weeks after discharge.'], has: 'emotion_cue' },
  { lines: [WHAT, "C: It's demoralizing. We do everything right and they still bounce back."], has: 'emotion_cue' },
  { lines: [PITCH, "C: I'd hate to switch someone who's stable."], not: 'emotion_cue' },
];

const NEEDS: Row[] = [
  // An office manager's job is her priority: "My job is to keep the physicians on schedule."
  { lines: [WHAT, 'C: Let me think. My job is to keep the physicians on schedule.'], has: 'shares_need' },
  { lines: [WHAT, 'C: I changed my job last spring.'], not: 'shares_need' },
  {
    lines: [WHAT, 'C: My biggest headache is getting the older ones to remember an evening dose.'],
    has: 'shares_need',
  },
  {
    lines: [WHAT, "C: A lot of my patients work nights, so anything twice a day just doesn't happen."],
    has: 'shares_need',
  },
  { lines: [WHAT, 'C: What I want is fewer readmissions in the first month after discharge.'], has: 'shares_need' },
];

const ANSWERS: Row[] = [
  { lines: [ASK, "C: Yes, let's do that."], has: 'agrees' },
  { lines: [ASK, "C: Okay, I'll start Mrs. Lopez on it Thursday."], has: 'agrees' },
  { lines: [PITCH, 'C: Okay.'], not: 'agrees' },
  { lines: [ASK, 'C: If the PA is handled, maybe.'], has: 'conditional' },
  { lines: [ASK, "C: If it's anything like the last one, probably not."], has: 'declines', not: 'conditional' },
  { lines: [ASK, 'C: Maybe.'], not: 'conditional' },
  { lines: [ASK, "C: As long as your hub does the paperwork, I'd give it a shot."], has: 'conditional' },
  { lines: [ASK, 'C: Just leave it with the front desk.'], has: 'brush_off' },
  { lines: [ASK, 'C: Send me something.'], has: 'brush_off' },
  { lines: [ASK, "C: Send me something on the renal data and I'll read it tonight."], not: 'brush_off' },
  { lines: [ASK, 'C: Yeah, yeah. Put it in an email.'], has: 'brush_off' },
  {
    lines: [ASK, "C: Send me the dosing card and the PA checklist and I'll start two this week."],
    has: 'agrees',
    not: 'brush_off',
  },
  { lines: [ASK, 'C: Not for my patients.'], has: 'declines' },
  { lines: [ASK, "C: I'll pass."], has: 'declines' },
  {
    lines: [ASK, "C: Not for my dialysis patients, but for the rest, sure, I'll try two."],
    has: 'agrees',
    not: 'declines',
  },
  { lines: [ASK, "C: I don't think I'll be using it, to be honest."], has: 'declines' },
  { lines: [ASK, "C: I'd pass that to my partner, she sees more of these."], not: 'declines' },
];

const TITRATE = 'R: The titration goes 25, then 50, then 100 after two weeks.';
const LUNCH = 'R: Could we set up a lunch with your staff on the 12th?';

/** Round 2: payers, P&T, office managers; written after round 1 was fixed, measured before fixing. */
const ROUND2: Row[] = [
  {
    lines: [
      'R: Our plan offers a rebate on the second tier.',
      'C: Our members already have two agents in that class at a fraction of the price. What does a third buy us?',
    ],
    has: 'objection_cost',
  },
  { lines: [PITCH, 'C: The old one worked fine for thirty years. Why mess with it?'], has: 'objection_status_quo' },
  {
    lines: ['R: How did your first patient do on it?', "C: It worked fine for her, so I'm open to a couple more."],
    not: 'objection_status_quo',
  },
  { lines: [TITRATE, 'C: Hold on. So when do they go up?'], has: 'confusion_cue' },
  { lines: [TITRATE, 'C: Wait a minute, so which one is weekly?'], has: 'confusion_cue', not: 'time_cue' },
  { lines: [TITRATE, 'C: Hang on. Tina, can you grab the chart?'], not: 'confusion_cue' },
  { lines: [LUNCH, "C: We don't do lunches anymore."], has: 'declines' },
  { lines: [LUNCH, "C: We don't do a lot of lunches, but the 12th could work."], not: 'declines' },
  {
    lines: [
      'R: Would you add it to the formulary review next quarter?',
      "C: I'd need to see the budget impact model first.",
    ],
    has: 'conditional',
  },
  { lines: [ASK, 'C: Why switch them at all, if their numbers are fine?'], not: 'conditional' },
  {
    lines: ['R: It has a lower rate of GI side effects.', "C: That's what they said about the last one."],
    has: 'objection_other',
  },
];

const TRY = 'R: Would you try it in two patients this month?';
/** Round 3: HCP lines that came out misread in the rep-side round (rewritten there, read right here). */
const ROUND3: Row[] = [
  { lines: [TRY, 'C: Maybe. I need to run it by my partners first.'], has: 'conditional', not: 'time_cue' },
  { lines: [TRY, 'C: Maybe. Tuesdays are busy.'], not: 'conditional' },
  { lines: [TRY, 'C: Sorry, I need to run, my next patient is here.'], has: 'time_cue' },
  { lines: [TRY, "C: I'm not sure what you mean by treat-to-target here."], has: 'confusion_cue' },
  { lines: [TRY, "C: I've had patients with terrible nausea on these."], has: 'objection_safety' },
  { lines: [TRY, 'C: The nausea on these is brutal, half my patients stop.'], has: 'objection_safety' },
  { lines: [TRY, 'C: I have a lot of patients on these already.'], not: 'objection_safety' },
  {
    lines: [TRY, 'C: The anticholinergics are cheap and they work fine for most of my bladder patients.'],
    has: 'objection_status_quo',
  },
  { lines: [TRY, "C: I don't see a need for anything new."], has: 'objection_status_quo' },
  // Short replies that take the point in are not switched off; a bare "Okay." after a plan still may be.
  {
    lines: ["R: So we'd start with the low dose for two weeks, then go up.", 'C: Okay, that works.'],
    not: 'disinterest_cue',
  },
  {
    lines: ["R: So we'd start with the low dose for two weeks, then go up.", 'C: Dosing makes sense now.'],
    not: 'disinterest_cue',
  },
  { lines: ["R: So we'd start with the low dose for two weeks, then go up.", 'C: Mm-hm.'], has: 'disinterest_cue' },
  {
    lines: [
      'R: Our pen makes weekly dosing simple.',
      "C: Frankly, your company's last drug was pulled for liver toxicity.",
    ],
    has: 'objection_other',
  },
  {
    lines: ['R: Our pen makes weekly dosing simple.', 'C: I pulled for the Red Sox all season.'],
    not: 'objection_other',
  },
  {
    lines: [
      'R: Our pen makes weekly dosing simple.',
      'C: Honestly, the nurses hate the pens. The needles jam and they waste doses.',
    ],
    has: 'objection_other',
  },
  {
    lines: ['R: Our pen makes weekly dosing simple.', 'C: The printer jams every morning, sorry.'],
    not: 'objection_other',
  },
];

describe('HCP phrasings', () => {
  it.each([...OBJECTIONS, ...CUES, ...NEEDS, ...ANSWERS, ...ROUND2, ...ROUND3])('$lines.1', expectRow);
});
