// More of the labeled calls said in other words (see calls-reworded.test.ts): shapes found in a second
// set of rewrites, by writers told to sound unlike the originals. Rows marked "misread" failed before.
import { describe } from 'vitest';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

const PITCH = 'R: Nexora cut exacerbations by a third in the VANTAGE trial, and it is once daily.';
const ROOM_NINE = "C: Brief is good. I'm forty minutes in the hole. You've got me till I reach room nine.";

/** The HCP's clock in any words, and a rep who works to it, even only by naming what she has to get to. */
const CLOCK: Row[] = [
  { lines: [PITCH, ROOM_NINE], has: 'time_cue' }, // misread
  { lines: [PITCH, "C: There's no time for a whole deck. What's the one thing?"], has: 'time_cue' }, // misread
  {
    lines: ['R: Looks like you are between patients. How long have I got?', 'C: Realistically? Ten minutes.'],
    has: 'time_cue',
  }, // misread
  // Time that is gone, or another day's, or undone, is no pressure now.
  { lines: [PITCH, "C: Sure, go ahead, my four o'clock didn't show."], not: 'time_cue' }, // misread
  { lines: [PITCH, "C: I've got a patient Friday, bad tremor, hates that drive."], not: 'time_cue' }, // misread
  { lines: [PITCH, "C: He's on Medicare. I told you that two minutes ago."], not: 'time_cue' }, // misread
  { lines: [PITCH, 'C: For someone who has been waiting months, that matters.'], not: 'time_cue' }, // misread
  // "Two minutes ago." to a rep who said she would go is the clock.
  {
    lines: ["R: You've got the fridge tech coming, so I'll get out of your hair.", 'C: Two minutes ago, but yes.'],
    has: 'time_cue',
  },
  {
    lines: [
      'R: Hi, Dr. Okonkwo.',
      ROOM_NINE,
      'R: Room nine, fair enough. Back in March you told me about the women who quit.',
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'R: Hi, Dr. Okonkwo.',
      ROOM_NINE,
      'R: Which of them would you try it on?',
      'C: Two, maybe.',
      "R: Done. Room nine's waiting, Doc.",
    ],
    has: 'time_adapt', // misread
  },
  {
    lines: ['R: Hi.', "C: Hang on, that's the ICU paging me.", 'R: Short answer, then. Go on, answer that page.'], // misread
    has: 'time_adapt',
  },
  {
    lines: [
      'R: Hi.',
      "C: I've got two minutes.",
      "R: Oh for sure, I'll be lightning fast. What's your first pick for them?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'R: Hi.',
      "C: Hang on, that's the ICU paging me. You've got two minutes, tops.",
      'R: Okay, short version. What I took away: the readmits are what you need to fix.',
    ],
    has: 'time_adapt', // misread
  },
  // A cue word deep in a claim is no nod to the clock.
  {
    lines: [
      'R: Hi.',
      "C: Five minutes, I've got charts to sign.",
      'R: Which plans do they have?',
      'C: Mostly Harborline.',
      'R: Harborline has it on tier three with no prior auth, which you would already have noted in the charts from the last visit.',
    ],
    not: 'time_adapt',
  },
  // A cue word she asks about again is the topic ("counseling"), and arguing it away is no nod to her clock.
  {
    lines: [
      'R: How do new starts go at your counter?',
      'C: A new start takes me ten minutes. I need counseling to be quick.',
      'R: Thrombivo is once daily.',
      'C: How long would counseling a new start take me?',
      "R: But counseling on it really isn't a problem, you'll pick it up in no time.",
    ],
    not: 'time_adapt',
  },
  // Spoken spellings match the written phrase: "gonna hold you up" is "going to hold you up".
  {
    lines: [
      'R: Hi.',
      'C: I have patients waiting.',
      "R: Totally, I'm not gonna hold you up. Lemme leave the sheet with your nurse.",
    ],
    has: 'time_adapt', // misread
  },
  // "Done." and a name with no small word between them is still a sentence, not gibberish.
  { lines: ['R: Hi.', 'C: Fine.', "R: Done. Room nine's waiting, Doc."], not: 'no_content' }, // misread
];

const PENS = 'C: Eight pens in my fridge I cannot return, because the prescriber moved everyone off it.';
const BLINDING = 'C: Open-label? Then who judged the response, and how do I defend that to my committee?';

/** Taking her point in the rep's own words: a short statement that judges it weighty or valid, or a plain apology. */
const TAKEN_IN: Row[] = [
  {
    lines: [PITCH, PENS, 'R: Eight pens sitting there is a real hit for a shop your size. What made them switch?'],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      PITCH,
      BLINDING,
      'R: An independent committee judged it; the arms could not be blinded. It is a legitimate weakness, and the kidney endpoint is harder to bias.',
    ],
    has: 'acknowledge', // misread
  },
  {
    lines: [
      PITCH,
      "C: Losing the crossword, for a retired teacher, that's who she is.",
      "R: For a retired teacher that's not a small thing. Where do things go from there?",
    ],
    has: 'acknowledge', // misread
  },
  {
    lines: [
      PITCH,
      "C: I'm furious. An expired inhaler nearly went home with a patient, and I took the heat for it.",
      'R: I apologize. That gets fixed first. Do you still have the expired ones?',
    ],
    has: 'acknowledge', // misread
  },
  {
    lines: [
      PITCH,
      "C: She'd skin me alive if this turns into another fax she has to chase.",
      "R: Can't blame her. The notice is one page.",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      PITCH,
      "C: The monitor only catches a low after it's happened. Somebody drifting down while they stop eating never shows up on it.",
      'R: That blind spot goes a long way toward explaining how she slipped through.',
    ],
    has: 'acknowledge', // misread
  },
  // Her own name in it is no product's.
  {
    lines: [
      PITCH,
      PENS,
      'R: Eight pens sitting there is a real hit for a shop your size, Dr. Lee. What made them switch?',
    ],
    has: 'acknowledge',
  },
  // Said of the product, or denied, a weighty word takes nothing in.
  {
    lines: [PITCH, PENS, 'R: That is a real strength of Nexora: it keeps for six months at room temperature.'],
    not: 'acknowledge',
  },
  { lines: [PITCH, PENS, "R: Honestly, that's not a real problem. They'll get used to it."], not: 'acknowledge' },
];

const ASK = 'R: Would you try it on your next two patients who stop their statin?';

/** A yes that waits on something, however it is hung: a manner kept up, a result shown, a day that must come first. */
const YES_IF: Row[] = [
  {
    lines: [ASK, "C: Good thing to ask. Keep it this hands-on and I'm willing to talk next steps."],
    has: 'conditional',
  }, // misread
  { lines: [ASK, "C: Keep things this practical and I'm happy to look at a next step."], has: 'conditional' }, // misread
  { lines: [ASK, "C: If it stops my frequent flyers getting admitted, that's worth something."], has: 'conditional' }, // misread
  {
    lines: [
      ASK,
      "C: Some of Mbeki's. I'm not stocking a thing until a script's in my hand. When one comes, I'll order one pen.",
    ],
    has: 'conditional',
  }, // misread
  {
    lines: [
      ASK,
      "C: Perhaps. But I'd want results in a population like mine before going anywhere near that committee.",
    ],
    has: 'conditional', // misread
  },
  // A task handed over with the yes, or a put-off, waits on nothing.
  {
    lines: [ASK, "C: Please. Bring it by tomorrow morning and I'll have my nurse give you her number."],
    not: 'conditional',
  },
  { lines: [ASK, 'C: Bring coffee and we will talk.'], not: 'conditional' },
  { lines: [ASK, "C: Send me the data and I'll think about it."], not: 'conditional' },
];

const WHO = "C: The ones allopurinol didn't work for, who won't go near an infusion.";

/** Asking for the step in any words: a clipped check, a choice of days, a request to move patients, an imperative. */
const CLOSES: Row[] = [
  {
    lines: [WHO, "R: Then tonight I'll send your office the subgroup numbers. Okay with you?"],
    has: 'commitment_request',
  }, // misread
  {
    lines: [WHO, "R: I'll bring the sign-up forms on my next visit. Wednesday after clinic okay?"],
    has: 'commitment_request',
  }, // misread
  {
    lines: [WHO, 'R: The results were impressive. Is Monday or Thursday better for the lunch?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: [WHO, 'R: Let me come back with those numbers. Ten minutes next week — can you spare that?'],
    has: 'commitment_request', // misread
  },
  { lines: [WHO, 'R: Would you think about moving your allopurinol failures over?'], has: 'commitment_request' }, // misread
  { lines: [WHO, "R: Just start writing it! It's a terrific option."], has: 'commitment_request' }, // misread
  {
    lines: [WHO, "R: Next Tuesday, fifteen minutes, same room. Say the word, or name a slot that's better."],
    has: 'commitment_request', // misread
  },
  // Her own time for the step takes it, said as a clock word ("four-fifteen") or "Do …".
  { lines: ['R: Would about four on Tuesday suit Dolores?', 'C: Do three-thirty.'], has: 'agrees' }, // misread
  { lines: ['R: Could I bring the forms Tuesday at four?', 'C: Make it five-thirty.'], has: 'agrees' }, // misread
  // A question about her week, or the rep's own plan for a patient, asks her to do nothing.
  { lines: [WHO, 'R: Do you see those patients on Mondays or Thursdays?'], not: 'commitment_request' },
  { lines: [WHO, "R: In the trial they'd start them on the low dose first."], not: 'commitment_request' },
];

describe('the labeled calls said in yet other words', () => {
  const groups = { CLOCK, TAKEN_IN, YES_IF, CLOSES };
  itRows(groups);
});
