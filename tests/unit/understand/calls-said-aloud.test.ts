// The labeled calls said as a rep and an HCP would say them out loud (see calls-reworded.test.ts): the
// purpose after pushback, logistics, safety pushback, digging into a worry, recaps in the rep's words,
// and speech as transcribed ("um", asides, "Hmm,"). Rows marked "misread" failed before.
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../src/understand/index.js';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';
import { conversation } from '../../builders.js';

const PITCH = 'R: Nexora cut exacerbations by a third in the VANTAGE trial, and it is once daily.';

/** Why the rep came, once she has pushed back: an intent to ask or hear still sets the call's purpose; a wish to fix her point does not. */
const WHY_HERE: Row[] = [
  {
    lines: [
      'C: Short version: I quit prescribing these after the cardiac data. We done?',
      "R: Fair enough. I won't try to talk that signal away. I'd just like to ask you a few things; no pitch.",
    ],
    has: 'purpose', // misread
  },
  {
    lines: [
      "C: I'll tell you now, I've been let down by add-ons before.",
      "R: Thanks for carving out a few minutes. I'd rather spend them hearing about your patients than running through slides.",
    ],
    has: 'purpose', // misread
  },
  {
    lines: ['R: Hi, Dr. Pruitt. Last time I was here you told me the infusion chairs were costing you patients.'],
    has: 'purpose', // misread
  },
  {
    lines: ['C: The copay kills it for my seniors.', "R: I'd like to fix that for you with our savings card."],
    not: 'purpose',
  },
];

/** A step set on a day is logistics, whatever of her words it names: no product point tied to her need. */
const LOGISTICS: Row[] = [
  {
    lines: [
      'C: Our problem is readmissions in the second and third week, and my partner wants absolute numbers.',
      "R: You got it. The absolute readmission numbers in your inbox this afternoon, and I'm with Rosa Wednesday at ten.",
    ],
    not: 'priority_link', // misread
  },
  {
    lines: [
      'C: My pre-procedure nurses are swamped with prep calls from patients who got the instructions wrong.',
      "R: That's reasonable. Here's my idea: let me host lunch for your pre-procedure nurses next Wednesday at noon.",
    ],
    not: 'priority_link',
  },
];

/** Turning away from the drug or its class over a harm is a safety objection, whichever harm and whichever words. */
const TURNED_AWAY: Row[] = [
  {
    lines: [
      PITCH,
      'C: Short version: I quit prescribing the non-purine urate drugs after the cardiac death data. We done?',
    ],
    has: 'objection_safety', // misread
  },
  {
    lines: [PITCH, 'C: Hm. Too many of my elderly patients have broken a hip after starting these.'],
    has: 'objection_safety',
  }, // misread
  {
    lines: [
      PITCH,
      "C: Straight up, I've backed away from anticholinergics altogether. With the dementia data they're a last resort.",
    ],
    has: 'objection_safety', // misread
  },
  // Backing away from a habit of the practice is no pushback on the drug.
  { lines: [PITCH, "C: We've backed away from paper charts altogether this year."], not: 'objection_safety' },
];

/** Speech as transcribed: hesitation sounds are no words, and "Hmm," opening a full sentence is no shrug. */
const AS_SAID: Row[] = [
  {
    lines: [PITCH, "C: Hmm, the renal data look fine to me, but my patients can't afford another copay."],
    not: 'disinterest_cue', // misread
  },
  { lines: [PITCH, 'C: Mm.'], has: 'disinterest_cue' },
  {
    lines: [
      'C: My MA spends hours on prior auths every week.',
      "R: Um, that's a hard load for one person. What happens when one gets denied?",
    ],
    has: 'acknowledge', // misread
  },
  {
    lines: ['C: Two minutes, tops.', "R: Um, the short version, uh, I'll drop the sheet with your nurse."],
    has: 'time_adapt',
  },
  {
    lines: [
      'R: Which of your patients stop first?',
      'C: The ones on four or more pills.',
      'R: Uh, so, um, would you try it on the next two of them?',
    ],
    has: 'commitment_request',
  },
  { lines: [PITCH, 'C: Go on.', 'R: Um, uh.'], has: 'no_content' },
];

/** Digging into a price worry by way of the plans that set the price, and the other way round. */
const DIGS: Row[] = [
  {
    lines: [
      PITCH,
      "C: Alright, but what's the damage at the pharmacy? My Medicare ladies balk at anything that isn't generic.",
      'R: How are most of those women covered, and which plans give you the most trouble?',
    ],
    has: 'explore', // misread
  },
];

describe('the labeled calls said out loud', () => {
  const groups = { WHY_HERE, LOGISTICS, TURNED_AWAY, AS_SAID, DIGS };
  itRows(groups);
});

describe('a recap in other words', () => {
  // Her need said back as hers, in the rep's words, is what was learned; product points are the rep's slogans.
  const recapKind = (...lines: string[]) =>
    readConversation(conversation(...lines))
      .turns.at(-1)!
      .acts.find((a) => a.act === 'recap')?.kind;
  const CALL = [
    'C: Patients bounce back in the second and third week, and my nurses are maxed out.',
    'R: Would a sheet for Rosa help?',
    'C: It would.',
  ];
  it('her need in the rep own words is hers', () =>
    expect(
      recapKind(
        ...CALL,
        'R: What I took away: the week-two readmits are what you need to fix, and nothing that adds bloodwork for your team. Can I bring Rosa the sheet Wednesday?',
      ),
    ).toBe('theirs')); // misread
  it("the product's points are the rep's", () =>
    expect(
      recapKind(
        ...CALL,
        'R: What I took away: Nexora gives better efficacy, simple once-daily dosing and great tolerability. Can I bring Rosa the sheet Wednesday?',
      ),
    ).toBe('slogan'));
});
