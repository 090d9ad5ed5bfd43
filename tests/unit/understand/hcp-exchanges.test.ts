// Short rep–HCP exchanges written for this test, not taken from the labeled set: the HCP's last line
// is read, and each row is the act a sales trainer would hear in it, or a near miss that must not be
// read that way. Settings earlier rounds barely covered: answers to an ask, objections said sideways,
// cues, needs with and without keywords, and questions that are really small talk.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const OPEN = 'R: Thanks for making time, Dr. Reyes. I wanted to talk about your patients above goal.';
const PITCH = 'R: Corvanta lowered A1c by 1.8 points in the trial, with one shot a week.';
const ASK = 'R: Would you start two of your patients who are above goal on it this month?';
const DOSE = 'R: You start at 0.25 once a week for a month, then go up to 0.5.';
const WHAT = "R: What's been the hardest part of managing your diabetes patients lately?";
const LUNCH = 'R: Could I bring lunch for your staff on the 12th and walk them through the pen?';

/** How an ask is answered: a real yes takes a task on; a polite yes, a stall or a hand-off does not. */
const ANSWERS: Row[] = [
  {
    lines: [PITCH, ASK, "C: Yes. I'll pull two from Thursday's schedule and have Maria flag them for you."],
    has: 'agrees',
    not: 'brush_off',
  },
  { lines: [PITCH, ASK, "C: Sure, sure. Sounds great. I'll keep it in mind."], has: 'brush_off', not: 'agrees' },
  { lines: [PITCH, ASK, 'C: Let me think about it.'], has: 'brush_off', not: 'agrees' },
  {
    lines: [PITCH, ASK, "C: Let me think who'd fit. Mr. Alvarez, probably. He's in Thursday."],
    has: 'agrees',
    not: 'brush_off',
  },
  { lines: [PITCH, ASK, "C: Send me something and we'll see."], has: 'brush_off', not: 'agrees' },
  { lines: [PITCH, ASK, 'C: Not now. Maybe next quarter, when things calm down.'], has: 'declines', not: 'agrees' },
  {
    lines: [PITCH, ASK, "C: Next quarter, once our new NP starts, I'd try it in a couple."],
    has: 'conditional',
    not: 'declines',
  },
  { lines: [PITCH, ASK, "C: I'd have to check with my partners."], not: 'agrees' },
  {
    lines: [PITCH, ASK, "C: I'll run it by my partners at Tuesday's meeting and call you Wednesday."],
    has: 'agrees',
    not: 'brush_off',
  },
  { lines: [PITCH, ASK, 'C: Put it in writing.'], has: 'brush_off', not: 'agrees' },
  {
    lines: [PITCH, ASK, "C: Put the titration schedule in writing for my nurses and I'll start the first one Monday."],
    has: 'agrees',
    not: 'brush_off',
  },
  { lines: [LUNCH, 'C: Talk to my office manager.'], has: 'brush_off', not: 'agrees' },
  { lines: [LUNCH, 'C: Yes, do. Talk to Denise, she keeps my calendar, and book the 12th.'], has: 'agrees' },
];

/** Resistance said sideways: sarcasm, a shrug, a hand-off to a committee, a question that is really a no. */
const SIDEWAYS: Row[] = [
  { lines: [OPEN, PITCH, 'C: Oh sure, another miracle drug.'], has: 'objection_other' },
  { lines: [LUNCH, 'C: Oh sure, the 12th works.'], has: 'agrees', not: 'objection_other' },
  { lines: [OPEN, PITCH, "C: Hm. We'll see."], has: 'objection_other' },
  { lines: [WHAT, "C: We'll see a lot more of them after the holidays, honestly."], not: 'brush_off' },
  { lines: [OPEN, PITCH, "C: That's a P&T decision, not mine."], has: 'objection_other' },
  {
    lines: [OPEN, PITCH, 'C: Our P&T meets on the 14th. Can you get me the budget model before then?'],
    not: 'objection_other',
  },
  { lines: [OPEN, PITCH, 'C: And who pays for that?'], has: 'objection_cost' },
  { lines: [OPEN, PITCH, 'C: Does the copay card work for my commercial patients?'], not: 'objection_cost' },
];

/** Cues: the clock, confusion, a shrug, and feeling about patients and work. */
const CUES: Row[] = [
  { lines: [PITCH, "C: Sorry, I keep looking at the clock. I've got a full afternoon."], has: 'time_cue' },
  { lines: [PITCH, 'C: I have a patient in room 3.'], has: 'time_cue' },
  { lines: [PITCH, 'C: My two-thirty is already in the room.'], has: 'time_cue' },
  { lines: [WHAT, 'C: I had a patient in room 3 yesterday ask me about the weekly shots.'], not: 'time_cue' },
  { lines: [DOSE, 'C: So is it weekly or daily?'], has: 'confusion_cue' },
  { lines: [PITCH, 'C: Is it covered by Medicare or just commercial plans?'], not: 'confusion_cue' },
  { lines: [PITCH, 'C: Uh-huh. Anything else?'], has: 'disinterest_cue', not: 'asks_question' },
  { lines: [PITCH, 'C: Okay. And?'], has: 'disinterest_cue' },
  {
    lines: [WHAT, 'C: Honestly? The insurers. I spent my whole Saturday on appeals and they still said no.'],
    has: 'emotion_cue',
  },
  { lines: [WHAT, 'C: These insurance companies. Every single refill is a fight.'], has: 'emotion_cue' },
  {
    lines: [WHAT, "C: We got the clinic's average A1c under 7 this year. I'm really proud of my team."],
    has: 'emotion_cue',
  },
  { lines: [WHAT, 'C: I lost Mr. Henderson in March. Eighteen years he was my patient.'], has: 'emotion_cue' },
  { lines: [WHAT, 'C: Most of them have lost ten pounds or so on the generics.'], not: 'emotion_cue' },
];

/** Needs shared with the usual words and without them; and a line that only sounds like one. */
const NEEDS: Row[] = [
  {
    lines: [WHAT, 'C: Mr. Ortiz drives a truck. Two weeks out, three days home, and he eats at gas stations.'],
    has: 'shares_need',
  },
  { lines: [WHAT, 'C: What I need is something I can start without a prior auth.'], has: 'shares_need' },
  {
    lines: [WHAT, "C: My older ladies can't read the numbers on the pens, so their daughters give the shots."],
    has: 'shares_need',
  },
  { lines: [PITCH, 'C: I need to grab a coffee before my next one.'], not: 'shares_need' },
];

/** Questions and asides that are really small talk: no objection, no cue, no need. */
const SMALL_TALK: Row[] = [
  { lines: [OPEN, 'C: You reps must rack up the miles, huh?'], not: 'objection_other' },
  { lines: [OPEN, 'C: How long have you been with your company? You look new.'], not: 'objection_other' },
  { lines: [OPEN, 'C: Are you guys slammed this time of year too?'], not: 'time_cue' },
  { lines: [OPEN, "C: Did you catch the game? I can't believe they blew it in the ninth."], not: 'shares_need' },
];

describe('HCP exchanges', () => {
  const rows = [...ANSWERS, ...SIDEWAYS, ...CUES, ...NEEDS, ...SMALL_TALK].map((r) => ({ ...r, said: r.lines.at(-1) }));
  it.each(rows)('$said', expectRow);
});
