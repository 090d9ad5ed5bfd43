// The labeled calls said a fourth way (see calls-reworded.test.ts): claims, acknowledgments, recaps and
// asks in words our lists lacked, and near misses that must stay apart. Rows marked "misread" failed before.
import { describe, expect, it } from 'vitest';
import { itRows, kindOf, type ActRow as Row } from '../../support/act-rows.js';

/** Benefit claims, acknowledgments, a recap opening a later clause, asks for commitment; "front desk" in a story. */
const PHRASINGS: Row[] = [
  {
    lines: [
      'C: We mostly start with the generic and it does fine.',
      'R: Sure. Its once-a-day dosing could really make a difference for your patients.',
    ],
    has: 'generic_benefit',
  }, // misread
  {
    lines: [
      'C: What do you have for me?',
      "R: It's a once-a-day tablet, and in the ORBIT trial 61 percent of patients got their urate under six.",
    ],
    has: 'generic_benefit',
  }, // misread
  {
    lines: [
      'R: How are the first two weeks going for new starts?',
      'C: My front desk fields thirty calls a day about the titration schedule.',
      'R: That must wear them out. What do the calls usually ask?',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: ['C: The last rep told me the same thing.', 'R: I bet he did. So judge it by the numbers, not by me.'],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'R: How has the switch to the new formulary gone?',
      "C: Honestly, it's been a mess since the merger. Nobody asked us.",
      'R: Glad you told me how it really is. What would help first?',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: A fall after a dizzy spell is what keeps me up at night.',
      "R: For someone who lives alone, that's exactly what you should be worried about. The falls data were flat against placebo.",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: Okay, a few patients, maybe.',
      "R: We're right around ten minutes, so let me pull it together: your patients stall at two controllers, the pen is monthly, and you'd try it with two. Sound fair?",
    ],
    has: 'recap',
  }, // misread
  {
    lines: [
      'C: Okay, a few patients, maybe.',
      "R: We're right around ten minutes, so let me pull it together: your patients stall at two controllers, the pen is monthly, and you'd try it with two. Sound fair?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: ['C: Who pays for the nurse?', "R: The hospital signs a contract, so the plan doesn't carry the cost."],
    not: 'recap',
  },
  {
    lines: [
      'C: What they do over there is their business.',
      'R: Understood. So why not just give it a go with the next three who fail a bisphosphonate?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      "C: I'd need knee data before anything goes to the committee.",
      "R: That's fair. Is there any chance of a ten-minute slot at the next committee meeting?",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: Sure, okay.',
      'R: So it sounds like a great fit. Can I get your commitment to put your next two candidates on it?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: Keep it concrete, then.',
      "R: Then we'll keep it concrete. Next Tuesday, fifteen minutes in the break room, with the week-one numbers. Pick whichever day suits you best.",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: Medicare, mostly.',
      'R: Okay. Could I stop back on the 17th with the paper so we can go through which patients fit?',
    ],
    has: 'commitment_request',
  },
  {
    lines: [
      'R: Is adherence an issue for your patients on two pills?',
      "C: Yeah, adherence is an issue. Everything's an issue.",
    ],
    not: 'shares_need',
  },
  {
    lines: ["R: What's the hardest part of the week?", 'C: Honestly, everything is a fight with the plans right now.'],
    not: 'disinterest_cue',
  },
  {
    lines: [
      'R: Who should hear about the start-up cards?',
      'C: Tell the patients up front that the first week stings.',
    ],
    not: 'brush_off',
  }, // misread
  { lines: ['R: Who should get the start-up cards?', 'C: Just leave them with the front desk.'], has: 'brush_off' },
  {
    lines: [
      'R: How are new starts going?',
      "C: It's a nightmare, I won't lie.",
      'R: I know how hard it really is. What breaks first?',
    ],
    not: 'rebuttal',
  }, // misread
];

/** Feelings, a clock kept, content with what she has, and a probe of where it comes up short. */
const HER_WORDS: Row[] = [
  {
    lines: [
      'R: How is the week going?',
      'C: The thing that drives me up the wall is the phones. Half our calls are patients panicking about redness.',
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: Who picks the formulary drugs?',
      "C: The plan does. Every January the list changes and we switch everyone over. It's absurd.",
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: What worries you with these patients?',
      'C: What scares me is the brain. Two of my cases progressed there last year.',
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: So your main worry is safety, then?',
      "C: I do not have safety worries. That's the second time I've told you.",
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'C: I have two minutes, tops.',
      "R: Oh for sure, I'll be fast. One thing: it's a weekly pen, and the first fill is free. Could you try it with one patient?",
    ],
    has: 'time_adapt',
  },
  {
    lines: [
      "R: Hi, I'm Sam with Keltra. I can tell you're swamped, so five minutes at most: your patients still above goal on two drugs.",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      "R: I'm here about Fungavex for resistant Candida.",
      'C: Why would we need a third one? We already carry two antifungals for that.',
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: I can drop off patient start-up cards on Tuesday.',
      'C: Fine. We have our own handout, though. Dr. Amari made it.',
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: [
      "R: One bottle instead of two would be simpler, wouldn't it?",
      'C: My people know their two bottles, and changing things mixes some of them up.',
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'C: Why would we need a third one? We already carry two.',
      'R: Fair question. How many courses of those two do you run, and where do they come up short for you?',
    ],
    has: 'explore',
  }, // misread
];

/** Whose it is: a drug form she named in passing is no priority; her patients' confusion is no cue of hers. */
const WHOSE: Row[] = [
  {
    lines: [
      "R: How's the week been?",
      'C: I spent forty minutes getting a thyroid pill approved for a woman who has taken it for nine years.',
      'R: Do many of your patients miss their LDL goal?',
      'C: Sure, half of them.',
      'R: Trivastra puts three lipid agents into a single daily pill.',
    ],
    not: 'priority_link',
  }, // misread
  {
    lines: [
      'R: What gets in the way for them?',
      "C: They can't manage three pills a day; they lose track of which is which.",
      'R: Trivastra puts all three into a single daily pill, so there is one to remember.',
    ],
    has: 'priority_link',
  },
  {
    lines: [
      'R: What gets in the way for them?',
      "C: They can't manage three pills a day; they lose track of which is which.",
    ],
    not: 'confusion_cue',
  }, // misread
  {
    lines: ['R: The loading dose is two pens, then one a month.', 'C: Wait, which is which? The 240 or the 120?'],
    has: 'confusion_cue',
  },
];

/** The step handed to whoever keeps her diary. */
const PASSED_ON: Row[] = [
  {
    lines: [
      'R: So I come back Tuesday the 9th at noon with lunch, and you pick out a few charts. Does that work?',
      'C: Yep, yep. Just get it on the calendar with Priya out front, she runs my schedule.',
    ],
    has: 'brush_off',
  }, // misread
];

/** The agreed step said back with a time in hyphenated number words. */
const SAID_BACK: Row[] = [
  {
    lines: [
      "R: I'll be in Friday morning with two demo pens. Is Friday good for Deb?",
      "C: She's at lunch from twelve. Come at eleven-thirty. I'll let her know.",
      'R: Eleven-thirty Friday with Deb, demo pens for you and Mr. Okafor.',
    ],
    has: 'recap',
  }, // misread
];

/** An ask for the step claims nothing with its praise words; a prompt without a question mark asks. */
const ASKS_AND_PROMPTS: Row[] = [
  {
    lines: [
      "C: I'd consider it if it stays concrete.",
      'R: Then fifteen minutes next Tuesday with the responder tables. Pick whichever day suits you best.',
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: [
      "C: I'd consider it if it stays concrete.",
      'R: Next Tuesday, same time, with the weight tables. Say if that slot works, or offer me a better one.',
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: [
      "C: I'd consider it if it stays concrete.",
      'R: Could you try it in two patients? It works better than anything on your shelf.',
    ],
    has: 'generic_benefit',
  },
  {
    lines: [
      'C: One or two fewer migraine days a month. What does that mean for a real patient?',
      'R: Fair push. Spell out for me what counts as real improvement for a partial responder.',
    ],
    has: 'open_question',
  }, // misread
];

/** The gatekeeper's yes and no. */
const GATEKEEPER: Row[] = [
  {
    lines: [
      "R: I'll write myself in for Friday the 17th at twelve-forty and keep it to ten minutes.",
      'C: Ha, from your lips. Yep, the 17th is free. Write yourself in.',
    ],
    has: 'agrees',
  }, // misread
  {
    lines: ['R: Could I have five minutes with Dr. Alvarez this week?', "C: Sorry, she isn't seeing reps this month."],
    has: 'declines',
  }, // misread
  {
    lines: ['R: What does your week look like?', 'C: Tuesday is free, but the rest is packed with clinics.'],
    not: 'agrees',
  },
];

/** A short "what about X?" after a yes/no question asks it again of another option. */
const WHAT_ABOUT: Row[] = [
  {
    lines: [
      'C: Nerve pain pills and my older patients are a bad mix.',
      'R: Are you using gabapentin right now? What about duloxetine?',
    ],
    not: 'open_question',
  }, // misread
  {
    lines: [
      'C: Nerve pain pills and my older patients are a bad mix.',
      'R: Are you using gabapentin right now? What about it worries you most when they start?',
    ],
    has: 'open_question',
  },
  {
    lines: ['C: Nerve pain pills and my older patients are a bad mix.', 'R: What about duloxetine?'],
    has: 'open_question',
  },
];

/** "You pick up a lot in efficiency" claims; "You pick two patients" hands her the step. */
const PICK_UP: Row[] = [
  {
    lines: [
      "C: That's seven times as much. Tough to justify.",
      'R: I get that. But count the nursing time for days of vanc, and you pick up a lot in efficiency and in how satisfied patients are.',
    ],
    has: 'generic_benefit',
  }, // misread
  {
    lines: ['C: Fine. What happens next?', "R: You pick two patients, and I'll bring the dosing card Tuesday."],
    has: 'ownership',
  },
  {
    lines: ['C: And the liver?', 'R: Enzyme rises were uncommon in the trial. Patients tolerate it extremely well.'],
    has: 'generic_benefit',
  }, // misread
];

/** "And the liver?" alone asks; with a reason beside it (or a "but", hcp-round6), it presses on safety. */
const PRODS: Row[] = [
  { lines: ['R: Early response at 72 hours was 82 percent.', 'C: And the liver?'], not: 'objection_safety' }, // misread
  { lines: ['R: It also cut transfusions in half.', 'C: What about phosphate?'], not: 'objection_safety' }, // misread
  {
    lines: ['R: It also cut transfusions in half.', 'C: What about phosphate? Two of mine crashed on the last iron.'],
    has: 'objection_safety',
  },
  { lines: ['R: It also cut transfusions in half.', 'C: What about phosphate?'], has: 'asks_question' },
];

/** Her points played back as a bare list, no "So:" before it. */
const PLAYBACK: Row[] = [
  {
    lines: [
      'R: What does the committee look at for an IV iron?',
      'C: Price per vial, mostly. Our current one is cheap. Where it gets raised is infusion chair time, and kidney function in the elderly.',
      'R: Okay, good to know. Price, chair hours, and the kidneys. How many infusions a week?',
    ],
    has: 'paraphrase',
  }, // misread
  {
    lines: [
      'R: How do your glaucoma patients manage their drops?',
      'C: Most use two bottles, morning and night, and they mix them up.',
      'R: One bottle, once a day, three agents in it.',
    ],
    not: 'paraphrase',
  },
  {
    lines: [
      'R: How do your glaucoma patients manage their drops?',
      'C: Most use two bottles, morning and night, and they mix them up.',
      'R: Thursday, the nurses, and the dosing card.',
    ],
    not: 'paraphrase',
  },
];

/** "Dr. Okonjo?" checks who she is; it asks nothing. */
const WHO_SHE_IS: Row[] = [
  {
    lines: ["R: Dr. Okonjo? Hi, Sam Reyes with Calloway. I'm here about Dermavel, our pen for atopic dermatitis."],
    not: 'closed_question',
  }, // misread
  { lines: ['R: Dr. Okonjo, do you see many eczema patients in the clinic?'], has: 'closed_question' },
  { lines: ['C: I need the dosing chart.', 'R: The dosing chart?'], has: 'closed_question' },
];

/** "Oh, great." alone before "Another biologic pen." is a feeling, as "Oh, fantastic." was. */
const SARCASM: Row[] = [
  {
    lines: [
      "R: I'm here about Dermavel, our self-injected biologic.",
      'C: Oh, great. Another biologic pen. My week was getting boring.',
    ],
    has: 'emotion_cue',
  }, // misread
];

/** "I was hoping we could look at…" gives the reason for the visit, as "I was hoping to…" does. */
const HOPING: Row[] = [
  {
    lines: [
      'R: Dr. Adeyemi, thanks for squeezing me in. I was hoping we could look at Glyvanta ahead of the P&T review in a few weeks.',
    ],
    has: 'purpose',
  }, // misread
];

/** "Keisha at the front does them" is a story; "leave them at the front" still passes the step on. */
const AT_THE_FRONT: Row[] = [
  {
    lines: [
      'R: Is it preferred on your Medicaid plan?',
      'C: Not with ours. The other inhaler needs a PA for every kid under five, and Keisha at the front does them all by hand.',
    ],
    not: 'brush_off',
  }, // misread
  { lines: ['R: Would you like me to leave some materials?', 'C: Sure, leave them at the front.'], has: 'brush_off' },
];

/** "Excellent." on its own is a reaction, no benefit claim. */
const HOLLOW: Row[] = [
  {
    lines: [
      'C: Fine, Tuesday works. Bring the data.',
      "R: Excellent. I'll bring the renal subgroup tables on Tuesday at noon.",
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: ['C: What do you have for me?', 'R: Wonderful. It cut flares by half in the trial and patients love it.'],
    has: 'generic_benefit',
  },
];

/** Purposes and recaps in British and casual American voices. */
const OTHER_VOICES: Row[] = [
  {
    lines: [
      "R: Thanks for fitting me in. What I'm really after is how you're handling newly diagnosed patients these days.",
    ],
    has: 'purpose',
  }, // misread
  { lines: ["R: Hiya! Sam Hart from Halden. I'm popping in about Anaphex, which has just launched."], has: 'purpose' }, // misread
  {
    lines: [
      "R: Morning, Dr. Hollis! I've got three bits to cover today: the new data, how it compares, and our support programme. All right with you?",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      "R: Hey Dr. Ruiz, thanks for the time. Figured we'd go over where Glydara stands ahead of next month's review.",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      'C: Bring me the committee breakdown, then.',
      'R: So, where that leaves us: the committee cares about bleeding in your liver patients, and I bring the breakdown Thursday.',
    ],
    has: 'recap',
  }, // misread
  {
    lines: [
      'C: Fine. Email me the renal table.',
      "R: I'll email it tonight. Drawing the threads together: stable patients stay put, new starts get the lower dose, and you have the table by morning.",
    ],
    has: 'recap',
  }, // misread
];

/** "Quarter to three" names a time, so the agreed step said back with it is a recap. */
const CLOCK_TIMES: Row[] = [
  {
    lines: [
      "R: I'll be in Wednesday with two trainer pens. Is Wednesday good for Carys?",
      "C: Wednesday's fine. She's free from quarter to three.",
      'R: Quarter to three on Wednesday with Carys, and a trainer pen each for you and Mrs. Rees.',
    ],
    has: 'recap',
  }, // misread
];

/** Acknowledgments in measured British and Australian English. */
const TAKEN_IN: Row[] = [
  {
    lines: [
      "C: I'm not switching anyone who's stable.",
      'R: Entirely sensible; the stable patients stay as they are. Which new starts worry you most?',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: The last rep swore the claims would go through in two minutes.',
      "R: You're entitled to be sceptical; I'd be the same. Time the next one and tell me.",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: The last rep said the same thing.',
      "R: I don't doubt it. So judge it by the register rather than by me.",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      "C: Older patients with heart risk shouldn't be on this class.",
      "R: You're quite right, and in those patients I'd not suggest it at all.",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      "C: Muscle pain in an eighty-year-old who's already unsteady worries me.",
      "R: I'd worry about that too. What do you do now when it starts?",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: ["C: So it's twice a day for everyone?", "R: That's not quite right: it's once a day after the first week."],
    not: 'acknowledge',
  },
];

/** A concern waved away in British English. */
const WAVED_AWAY: Row[] = [
  {
    lines: [
      'C: It carries a warning on confusion in the elderly.',
      "R: It's in there, yes, but frankly that's the regulator playing it safe. The trial showed no difference in memory scores.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      "C: I'd keep it for third line. The liver signal makes me nervous.",
      "R: Naturally. But isn't it possible you're being a touch over-cautious? The consultants at the General use it second line.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Nerve pain pills and my older patients are a bad mix. Dizziness, falls, broken hips.',
      "R: It's extremely well tolerated, which means broken hips really oughtn't to come into it.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Weight loss worries me at a BMI of eighteen.',
      "R: I appreciate the concern. But weight simply isn't going to be an issue, so you needn't hold back.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Weight loss worries me at a BMI of eighteen.',
      "R: That's a fair worry. In the trial, patients under a BMI of twenty-one lost about a kilo; I'll bring you the table.",
    ],
    not: 'rebuttal',
  },
];

/** Probing a concern in British English. */
const PROBED: Row[] = [
  {
    lines: [
      "C: The pharmacies keep ringing me, and the claims bounce for a PA every time. It's infuriating.",
      "R: That's a rotten position. What's biting harder at the minute, supply or the scripts?",
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      "C: Oh, it was a dream. Nine boxes I can't send back.",
      'R: Bitter experience, I take it? Which one caught you out?',
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      'C: The prescriber moved everyone off it after six weeks, and the claims kept bouncing for a PA. Infuriating.',
      "R: That's a serious hit for an independent. What was behind the change: the insurer, or patients who couldn't tolerate it?",
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      "C: I'm not changing stable patients.",
      'R: Entirely sensible. When you mention a new side-effect profile, which piece of it would land hardest on the team?',
    ],
    has: 'explore',
  }, // misread
];

describe('a yes that directs the step', () => {
  it('"Come with the form and show my medical assistant…" takes part in the step', () => {
    expect(
      kindOf(
        'agrees',
        'R: Within two weeks I come back with the hub details and we sit down with your MA. Useful?',
        'C: That works. Next month, come with the enrollment form and show my medical assistant how to fill it in.',
      ),
    ).toBe('committed'); // misread
  });
});

describe('a plan that is only getting acquainted', () => {
  const kind = (text: string) => kindOf('purpose', `R: ${text}`);
  it('"today\'s mostly about getting to know you" is small talk, not an agenda', () => {
    expect(kind("Hi, I'm Sam with Veltra. Honestly, today's mostly about getting to know you.")).toBe('pitch'); // misread
  });
  it('getting to know her and how she treats is an agenda', () => {
    expect(
      kind("Hi, I'm Sam. Today's mostly about getting to know you and how you manage your bladder patients."),
    ).toBe('agenda');
  });
});

describe('a plan for the call changed to her priority', () => {
  it('"The plan was to show you…, but you told me…" is an agenda, not a pitch', () => {
    expect(
      kindOf(
        'purpose',
        'R: Dr. Lindqvist, thanks for making room for me. The plan was to show you the 18-month results, but in March you told me your infusion patients were dropping off the schedule. Is that still the worry?',
      ),
    ).toBe('agenda'); // misread
  });
});

describe('the labeled calls in a fourth wording', () => {
  const groups = {
    PHRASINGS,
    HER_WORDS,
    WHOSE,
    PASSED_ON,
    SAID_BACK,
    ASKS_AND_PROMPTS,
    GATEKEEPER,
    WHAT_ABOUT,
    PICK_UP,
    PRODS,
    PLAYBACK,
    WHO_SHE_IS,
    SARCASM,
    HOPING,
    AT_THE_FRONT,
    HOLLOW,
    OTHER_VOICES,
    CLOCK_TIMES,
    TAKEN_IN,
    WAVED_AWAY,
    PROBED,
  };
  itRows(groups);
});
