// HCP turns from eight whole calls written outside the labeled set (a P&T chair, a rural family doctor,
// a pediatric endocrinologist, an urgent-care PA, a skeptical cardiologist, an oncology pharmacist, a
// practice administrator, a psychiatric NP). `has` is what a sales trainer hears in the last turn; `not`
// a near miss it must not be read as.
// Written before the fixes: 29 of its first 49 rows failed on main (marked "misread"); the four SECOND rows
// came from a second read after them (one failed on main, one broke on the way). One is still misread (LEFT).
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const MODEL = 'R: Would it help if I gave your team the inputs so they can rerun it with your own length-of-stay data?';
const TRY = 'R: Would you be open to trying it with two or three of your skipping teenagers?';
const CALL = "R: I'll email it today and call you next Friday to hear what you think.";
const SPECIALIST =
  'R: Would it help if our reimbursement specialist sat down with your finance lead and ran it on your payer mix?';
const ONE_PAGER = 'R: Could I leave a one-pager for your recurrent referrals?';
const COME_BACK = 'R: That is fair. Would it be useful if I came back with the plan list in two weeks?';
const SKIP = 'C: Teenagers. They skip. I find out six months later when the height velocity flattens.';
const HUB = 'R: We have a hub that handles the PA submission start to finish. I can set up your office with it.';

/** How a reply answers what the rep proposed: a yes, a yes on a condition, a shrug. */
const REPLIES: Row[] = [
  { lines: [MODEL, 'C: That would actually be useful, yes.'], has: 'agrees' }, // misread
  { lines: [MODEL, 'C: Useful? Not really.'], not: 'agrees' },
  { lines: [TRY, 'C: Maybe. Let me read the IGF-1 data first.'], has: 'conditional' }, // misread
  { lines: [TRY, 'C: Maybe. Let me read the IGF-1 data first.'], not: 'agrees' },
  { lines: [CALL, 'C: Friday afternoon is clinic. Make it Monday.'], has: 'agrees' }, // misread
  { lines: [CALL, 'C: Friday afternoon is clinic.'], not: 'agrees' },
  {
    lines: [SPECIALIST, "C: It might. I'd have to loop in Dana, she runs revenue cycle, and she's out until the 12th."],
    has: 'conditional', // misread
  },
  {
    lines: [SPECIALIST, "C: It might. I'd have to loop in Dana, she runs revenue cycle, and she's out until the 12th."],
    not: 'agrees', // misread
  },
  { lines: [SPECIALIST, "C: Yes. I'll have Dana set it up for the 13th."], has: 'agrees' },
  {
    lines: [HUB, "C: If it actually takes paperwork off my girls, I'm interested. What do you need from us?"],
    has: 'conditional',
  }, // misread
  { lines: [HUB, "C: I'm interested. What do you need from us?"], not: 'conditional' },
  { lines: [ONE_PAGER, 'C: Sure, put it by the printer.'], has: 'brush_off' }, // misread
  { lines: [ONE_PAGER, 'C: Sure, put it by the printer.'], not: 'agrees' }, // misread
  { lines: [COME_BACK, 'C: If you want.'], has: 'brush_off' }, // misread
  { lines: [COME_BACK, 'C: If you want, come Tuesday at two.'], not: 'brush_off' },
  {
    lines: ['R: Is there anything sooner, even ten minutes?', 'C: Not really a problem, she has Tuesday open.'],
    not: 'declines',
  },
];

/** Pushback said in passing: content with the current way, doubt left over, sarcasm, a sum that may not work. */
const PUSHBACK: Row[] = [
  {
    lines: [
      "R: I'm here about Somatrel, the weekly growth hormone, and I'd like to hear how your families are doing with daily injections.",
      "C: Honestly, most of them are fine. We've been doing daily shots for twenty years.",
    ],
    has: 'objection_status_quo', // misread
  },
  {
    lines: [
      "R: I'd like to hear how your families are doing with daily injections.",
      "C: Honestly, most of them struggle. We've been doing daily shots for twenty years.",
    ],
    not: 'objection_status_quo',
  },
  {
    lines: ['R: How are you treating uncomplicated UTIs right now?', 'C: Nitrofurantoin. Works.'],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: ['R: How are you treating uncomplicated UTIs right now?', 'C: Nitrofurantoin.'],
    not: 'objection_status_quo',
  },
  {
    lines: [
      'R: Got it, so your patients are mostly the first-time, in-and-out cases.',
      "C: Yep. Which is why I don't need a new antibiotic.",
    ],
    has: 'objection_status_quo', // misread
  },
  {
    lines: [
      'R: Got it, so your patients are mostly the first-time, in-and-out cases.',
      "C: Yep. Which is why I don't need a new antibiotic.",
    ],
    not: 'asks_question', // misread
  },
  { lines: ['R: Our agent covers ESBL strains.', 'C: Yep. Which strains do you mean?'], has: 'asks_question' },
  {
    lines: [
      'R: Okay. Adherence was measured by returned pens, not self-report.',
      "C: Okay, returned pens is better. I'd still want to see the IGF-1 levels stay in range with weekly.",
    ],
    has: 'objection_evidence', // misread
  },
  {
    lines: ['R: Okay. Adherence was measured by returned pens, not self-report.', 'C: Okay, returned pens is better.'],
    not: 'objection_evidence',
  },
  {
    lines: [
      'R: Bipolara had weight change similar to placebo over 24 weeks.',
      "C: Similar to placebo, hm. I don't know. The last one that said that, my patients gained anyway.",
    ],
    has: 'objection_evidence', // misread
  },
  {
    lines: [
      'R: Bipolara had weight change similar to placebo over 24 weeks.',
      "C: Similar to placebo, hm. I don't know. The last one that said that, my patients gained anyway.",
    ],
    not: 'disinterest_cue', // misread
  },
  {
    lines: [
      'R: Right now we have a model that puts cost per episode 18 percent lower.',
      "C: Whose model? Yours. I've seen a lot of manufacturer models that fall apart when our own pharmacists rerun them.",
    ],
    has: 'objection_evidence', // misread
  },
  {
    lines: [
      'R: Two of the regional Medicare plans still require one. I can get you the list by plan.',
      "C: Sure, and I'm sure the outcomes trial is just around the corner too.",
    ],
    not: 'agrees', // misread
  },
  {
    lines: [
      'R: Two of the regional Medicare plans still require one. I can get you the list by plan.',
      'C: Sure, and send the outcomes data too.',
    ],
    has: 'agrees',
  },
  {
    lines: [
      "R: You'd bill a subcutaneous administration code instead, which pays less per dose.",
      "C: Hm, I'd need to run that. I'm not sure the math works for us.",
    ],
    has: 'objection_cost', // misread
  },
  {
    lines: [
      "R: You'd bill a subcutaneous administration code instead, which pays less per dose.",
      "C: Hm, I'd need to run that. I'm not sure the math works for us.",
    ],
    not: 'time_cue', // misread
  },
  { lines: ['R: Thanks for seeing me.', "C: I need to run, I've got a patient."], has: 'time_cue' },
  {
    lines: ['R: Lipovance is on most commercial formularies at tier two, without a PA.', "C: Most. Which ones aren't?"],
    not: 'objection_evidence', // misread
  },
  {
    lines: [
      'R: Dosing is weekly.',
      "C: Huh. No titration at all? What about the stomach stuff? These are farmers, they can't be running to the outhouse all day.",
    ],
    has: 'objection_safety', // misread
  },
  {
    lines: ['R: Dosing is weekly.', 'C: Huh. No titration at all? What about the Medicaid list?'],
    not: 'objection_safety',
  },
];

/** Found on a second read, after the fixes above: a go-ahead that asks to be kept in, patients that are not hers. */
const SECOND: Row[] = [
  {
    lines: [
      "R: Then I'll have our specialist reach out to Dana on the 13th to set up a time.",
      'C: Okay. Copy me on it.',
    ],
    has: 'agrees',
  },
  {
    lines: ["R: Then I'll have our specialist reach out to Dana on the 13th to set up a time.", 'C: Okay.'],
    not: 'agrees',
  },
  {
    lines: [
      'R: Resistance rates in your county are around 20 percent, so it could help your recurrent patients.',
      "C: Look, I don't do recurrent. They go to their PCP.",
    ],
    has: 'objection_status_quo', // misread
  },
  {
    lines: [
      'R: Resistance rates in your county are around 20 percent, so it could help your recurrent patients.',
      "C: Look, I don't do follow-ups myself. My nurse calls them.",
    ],
    not: 'objection_status_quo',
  },
];

/** Cues and needs said in passing, and words that only look like them. */
const CUES: Row[] = [
  {
    lines: [
      "R: I'd like to use fifteen minutes to walk through the dossier, if that still works.",
      "C: Fifteen is generous. Call it ten. The committee meets Thursday and I've got four monographs left to read.",
    ],
    has: 'time_cue', // misread
  },
  {
    lines: [
      "R: I'd like to use fifteen minutes to walk through the dossier, if that still works.",
      'C: Fifteen is fine. The committee meets Thursday.',
    ],
    not: 'time_cue',
  },
  {
    lines: ['R: Who should I address it to?', "C: Priya Raman. She'll tear it apart, fair warning."],
    not: 'objection_safety',
  }, // misread
  {
    lines: ['R: Who should I address it to?', "C: Priya Raman. She'll worry about the bleeding risk."],
    has: 'objection_safety',
  },
  {
    lines: [
      'R: So the follow-up visits are the hard part.',
      "C: That's it exactly. He told me he'd rather lose the foot than drive in every month. Broke my heart a little.",
    ],
    has: 'emotion_cue', // misread
  },
  {
    lines: [
      'R: So the follow-up visits are the hard part.',
      'C: That is it exactly. The van broke down a little past town.',
    ],
    not: 'emotion_cue',
  },
  {
    lines: ['R: Our new agent, Urexil, covers ESBL strains and it is a three-day course.', 'C: Cool.'],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: ['R: Our new agent, Urexil, covers ESBL strains and it is a three-day course.', 'C: Cool. Is it oral?'],
    not: 'disinterest_cue',
  },
  {
    lines: [
      SKIP,
      'R: So adherence drops off exactly at the age where growth matters most.',
      "C: Right. And by the time I catch it the window's half gone.",
    ],
    has: 'shares_need', // misread
  },
  {
    lines: [SKIP, 'R: So adherence drops off exactly at the age where growth matters most.', 'C: Right.'],
    not: 'shares_need',
  },
  {
    lines: [
      'R: What makes them the hardest?',
      'C: I guess... the weight gain? They stabilize and then they gain thirty pounds and stop taking it.',
    ],
    not: 'asks_question', // misread
  },
  {
    lines: ['R: What makes them the hardest?', 'C: The weight gain? Is that what you are asking about?'],
    has: 'asks_question',
  },
];

/**
 * Left misread: "Is there anything sooner?" asks for a slot, but the rep's reader takes it for a plain closed
 * question, so the HCP's "Not really." has no ask to refuse; the fix belongs on the rep side.
 */
const LEFT: Row[] = [
  {
    lines: [
      'R: Is there anything sooner, even ten minutes?',
      "C: Not really. She's been swamped since we lost our PA.",
    ],
    has: 'declines', // misread
  },
];

describe('HCP turns from eight whole calls written outside the labeled set', () => {
  const groups = { REPLIES, PUSHBACK, CUES, SECOND };
  for (const [name, rows] of Object.entries(groups))
    describe(name, () => {
      it.each(rows.map((r) => [r.lines.at(-1)!, r.has ?? `not ${r.not}`, r] as const))('%s → %s', (_l, _a, row) =>
        expectRow(row),
      );
    });
  it.fails.each(LEFT.map((r) => [r.lines.at(-1)!, r.has ?? `not ${r.not}`, r] as const))(
    'left: %s → %s',
    (_l, _a, row) => expectRow(row),
  );
});
