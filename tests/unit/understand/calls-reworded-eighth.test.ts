// The labeled calls said an eighth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { describe, expect, it } from 'vitest';
import { allActs, itRows, kindOf, type ActRow as Row } from '../../support/act-rows.js';

const KNEES = 'C: What matters to me with knees is whether they can keep walking without pain.';

/** Beside a point tied to her, a measured result is the evidence for it; an unmeasured outcome or hype is generic. */
const MEASURED: Row[] = [
  {
    lines: [
      KNEES,
      'R: Right, keeping them walking. Ossena is a gel rubbed on the knee twice a day. In the STRIDE study WOMAC scores fell by about thirty-five percent at twelve weeks, against twenty for placebo gel.',
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: [
      KNEES,
      'R: Right, keeping them walking. Ossena is a gel rubbed on the knee twice a day. In the STRIDE study WOMAC scores fell by about thirty-five percent at twelve weeks, the best in the class.',
    ],
    has: 'generic_benefit',
  },
  {
    lines: [
      KNEES,
      'R: Right, keeping them walking. Ossena is a gel rubbed on the knee twice a day. And the results in the STRIDE study were really strong and durable.',
    ],
    has: 'generic_benefit',
  },
  {
    lines: [
      'C: What have you got?',
      "R: It's a gel for knee arthritis, and in STRIDE 61 percent of patients had their pain halved.",
    ],
    has: 'generic_benefit',
  },
];

/** A price compared against what she pays now is a cost objection. */
const PRICED: Row[] = [
  { lines: ['C: Our current antibiotic costs a fraction of yours.'], has: 'objection_cost' }, // misread
  { lines: ["C: It's far pricier than what we use now."], has: 'objection_cost' }, // misread
  { lines: ['C: Only a fraction of my patients would qualify.'], not: 'objection_cost' },
];

/** After pushback, a concession in words of its own and then "But…" arguing for the product is a rebuttal. */
const CONCEDED: Row[] = [
  {
    lines: [
      'C: Your iron costs four times what we pay for the old one.',
      'R: Yes, this is clear. But once you add the nurse time and the chair time, the gap shrinks a lot and Ferrovia pays its way.',
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Everything in that composite is admissions. On mortality it shows nothing.',
      'R: I take that seriously. Still, Cardivex cut admissions by a third, and admissions are where your budget goes.',
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Falls are my worry with these drugs.',
      'R: Ah, I see your point. Only, Dormyra works differently from the old hypnotics, so falls were no higher than placebo.',
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Falls are my worry with these drugs.',
      'R: I see your point. But which of your patients fell on the older ones?',
    ],
    not: 'rebuttal',
  },
];

/** Taking her point in plain words acknowledges it. */
const TAKEN: Row[] = [
  {
    lines: [
      'C: Half of my patients give up on the prior auth forms.',
      "R: Very true, and that's where most new scripts die. What happens to the ones who give up?",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: The trials left out the older patients I actually see.',
      "R: You have a point, and I'll keep it short. Which exclusion bothers you most?",
    ],
    has: 'acknowledge',
  }, // misread
];

/** Pushback said plainly: content with what works, a price set against what she pays, a pairing that does not mix. */
const PLAIN_PUSHBACK: Row[] = [
  {
    lines: ["C: Metformin first, then Dapravel if needed. Most of them do well on it. We're happy."],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: ["C: Sleeping pills and the elderly don't go together. Falls, fractures, confusion."],
    has: 'objection_safety',
  }, // misread
  { lines: ['C: Your iron costs four times what we pay for the old one.'], has: 'objection_cost' }, // misread
  { lines: ['C: Price is what holds me back.'], has: 'objection_cost' }, // misread
  {
    lines: [
      'C: Most of my patients do well on a bit of exercise and diet first.',
      'R: What makes you move them on?',
      'C: Mostly a bad A1c.',
    ],
    not: 'objection_status_quo',
  },
];

/** Not contentment: denied ("Nothing I'm happy with"), the meeting's length, patients she has in mind for the step. */
const NOT_CONTENT: Row[] = [
  {
    lines: ["C: Honestly? Nothing I'm happy with. Low dose every other day and they stay too high."],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: ['R: What do you use now?', 'C: Metformin, mostly. Ten minutes is fine, by the way.'],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: Who would you start it in?',
      'C: Yes, we can do it like that. I have two in my head already, including my stent guy.',
    ],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: ['R: What do you use now?', 'C: Metformin, mostly. It works for most of them.'],
    has: 'objection_status_quo',
  },
];

/** Owning a weakness, leaving for a clinic, and a leave-behind that shows the rep out. */
const PLAIN_CUES: Row[] = [
  {
    lines: [
      'C: Non-inferior, and open-label on top. Who decided on cure?',
      "R: A blinded committee did; the study itself was open-label. That's a legitimate weakness, and I won't dress it up.",
    ],
    has: 'acknowledge',
  }, // misread
  { lines: ["C: I've got a clinic to get back to."], has: 'time_cue' }, // misread
  { lines: ['R: So it could fit your older patients.', 'C: Drop what you like at the reception.'], has: 'brush_off' }, // misread
  {
    lines: ['R: So it could fit your older patients.', 'C: Enough. Leave your brochure with my secretary.'],
    has: 'brush_off',
  }, // misread
];

/** Asking her to say more about what she just raised explores it; naming her worry while arguing does not. */
const ASKED_MORE: Row[] = [
  {
    lines: [
      'C: Cost in the coverage gap is what scares me.',
      "R: To recap: cost in the coverage gap is the worry, and you'd try it with a few patients if enrollment is easy.",
    ],
    not: 'explore',
  }, // misread
  {
    lines: [
      'C: The women planning a pregnancy are where it gets difficult.',
      'R: Could you elaborate on the pregnancy group? Why does the timing get so tricky?',
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      'C: Price is what holds me back.',
      'R: Yes, the price worries you, I understand, but one attack costs more than a year of it.',
    ],
    not: 'explore',
  },
];

/** Feeling in plain words is hers; a courtesy, a condition's name and colleagues' fear are not. */
const FELT: Row[] = [
  { lines: ["C: Oh, it's aggravating. Potassium creeps up and I end up halving the ARB."], has: 'emotion_cue' }, // misread
  {
    lines: ["C: The thing that's bothering me is her creatinine was sliding and nobody flagged it."],
    has: 'emotion_cue',
  }, // misread
  { lines: ['C: Cisplatin? I just got through telling you I hardly ever use cisplatin.'], has: 'emotion_cue' }, // misread
  { lines: ["C: I can't sit through a full presentation today, I'm afraid."], not: 'emotion_cue' }, // misread
  { lines: ['C: I want more of my blood pressure patients at target without extra visits.'], not: 'emotion_cue' }, // misread
  { lines: ['C: Most colleagues are afraid to go up on the dose.'], not: 'emotion_cue' }, // misread
  { lines: ["C: I'm afraid of what it does to their kidneys."], has: 'emotion_cue' },
];

/** Recaps led in with plain words; "So, <product> is…" describes the product and restates nothing of hers. */
const SUMMED: Row[] = [
  {
    lines: [
      "C: Readmissions are what I'm judged on, and my nurses can't take more lab work.",
      'R: Understood. Which patients come back most?',
      'C: The ones in week two or three after discharge.',
      "R: Then quickly. Two things I've noted: the week-two readmissions, and no extra labs for your nurses. Thursday I'll bring the cost sheet.",
    ],
    has: 'recap',
  }, // misread
  {
    lines: [
      "C: Oh, it's always the same. The front desk loses the forms, and my MA spends Fridays redoing them.",
      'R: Fair. Who handles them now?',
      'C: Just my MA.',
      "R: Briefly, where we are: the front desk loses the forms and your MA redoes them on Fridays. I'll bring the hub's one-page form Thursday and walk her through it.",
    ],
    has: 'recap',
  }, // misread
  {
    lines: [
      "C: I don't want anything on prescription for this, they can buy ibuprofen gel.",
      'R: Understood. So, Lumexa is a prescription gel, applied twice a day on the knee.',
    ],
    not: 'misstated_recap',
  }, // misread
];

/** Signposts in plain words. */
const SIGNPOSTED: Row[] = [
  {
    lines: [
      "C: My nurses can't take more lab work.",
      'R: Understood. Now to the data: Ferrovance gives the full gram in one fifteen-minute infusion.',
    ],
    has: 'transition',
  }, // misread
  {
    lines: ['C: Okay, go on.', "R: Next point, the price: it's six hundred eighty euro per gram."],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: The forms are killing us.',
      "R: Apart from that, one thing I'd show your committee is how the savings actually get realised.",
    ],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: Readmissions must come down.',
      'R: Keeping that in mind, this is where Veltrana comes in: total HF hospitalisations fell by a fifth.',
    ],
    has: 'transition',
  }, // misread
  {
    lines: ["R: Alright, here's how I'll spend your ten minutes: a couple on potassium, five on the results."],
    not: 'transition',
  },
];

/** Claims in plain words are claims; a playback in plain words plays back and links nothing. */
const CLAIMED: Row[] = [
  {
    lines: [
      'C: Fine, go on.',
      "R: And it comes in well under the injectables on price, so pharmacy shouldn't grumble.",
    ],
    has: 'generic_benefit',
  }, // misread
  {
    lines: [
      'C: The titration visits get skipped, and my elderly drop the pill when there are too many boxes.',
      'R: If I summarise what is against you: skipped titration visits, and elderly patients who drop a pill when there are too many boxes.',
    ],
    has: 'paraphrase',
  }, // misread
  {
    lines: [
      "C: I'm fine with Veltrozin, and its bleeding data doesn't bother me. It's the evening dose for a few patients.",
      "R: Okay. Let me be sure I've got this straight: you're not happy with Veltrozin, and you don't buy its bleeding data. Have I got that right?",
    ],
    not: 'priority_link',
  }, // misread
];

/** A yes after a quip is a yes; handing the rep to her staff to explain it takes part; a count and "Go." is her clock. */
const SAID_YES: Row[] = [
  {
    lines: [
      "R: I'll write myself in for Tuesday the 21st at 7:45 and keep it to ten minutes.",
      'C: Ha, you and me both. Yep, the 21st is wide open. Go on and write your name in.',
    ],
    has: 'agrees',
  }, // misread
  { lines: ['R: How long do you have?', 'C: Three and a half. Go.'], not: 'agrees' },
];

const NO_LOG = 'C: No log, no nothing. Dale just crammed it all in the closet.';

/** Asking what she would like is a question; the rep's own plan, or telling her what to trust, restates nothing. */
const HER_WAY: Row[] = [
  {
    lines: [
      "C: They're boxed up in my office.",
      "R: I'll haul them out today. For the closet from here on out, how would you like it to run?",
    ],
    not: 'commitment_request',
  }, // misread
  {
    lines: [
      NO_LOG,
      "R: Then that's on me.",
      'C: Dale used to talk like that too.',
      "R: I expect he did. So don't go by what I say, go by the log. What time do you open on Fridays?",
    ],
    not: 'misstated_recap',
  }, // misread
  {
    lines: [
      NO_LOG,
      "R: Then that's on me.",
      'C: Eight is fine.',
      'R: So: I take the expired kits today, and every first Friday at eight I check the dates and sign the log.',
    ],
    not: 'misstated_recap',
  }, // misread
];

/** A benefit word in praise or a judgement of hers, with nothing of the product in it, claims nothing. */
const NOT_ABOUT_IT: Row[] = [
  {
    lines: [
      "C: I've got a few who stopped statins and just sit there with an LDL around four.",
      "R: That's a big group; a year's delay is a year of running high. What do they tell you when they refuse?",
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: [
      "C: I'll pick two or three myself.",
      "R: Clear, and you know best which ones. I'll bring the coverage sheet Thursday.",
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: [
      'C: Fine, go on.',
      "R: Wednesday next week, fifteen minutes, with the responder figures. Say yes, or name a slot that's better for you.",
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: ['C: Fine, go on.', 'R: The responses were excellent, really, and the patients did great.'],
    has: 'generic_benefit',
  },
];

/** Beside pushback, a short line that carries it on is the objection; a fuller need of her own is still shared. */
const PUSHBACK_NOT_NEED: Row[] = [
  {
    lines: [
      "R: It's a flat price per course.",
      "C: Okay, here's the real issue. Acquisition is eleven hundred a day? P&T is going to see that number and stop reading.",
    ],
    not: 'shares_need',
  }, // misread
  {
    lines: [
      'R: Can I leave some information?',
      'C: We got burned on prior auths with the last drug in this class. My MA spent hours on them.',
    ],
    not: 'shares_need',
  }, // misread
  {
    lines: [
      'R: Where does it fall short?',
      "C: I'm fine with Veltrozin. What I don't love is twice-daily dosing in my older patients. The ones in their eighties who live alone forget the evening dose and end up back in clinic.",
    ],
    has: 'shares_need',
  },
];

/** A "so" that ends the turn has nothing after it to read (the property test found a crash here). */
const SO_AT_END: Row[] = [{ lines: ['C: what.', 'R: what. so.'], not: 'paraphrase' }];

/** Open prompts and owning that she knows her patients, in plain words. */
const PROMPTED: Row[] = [
  {
    lines: [
      'C: Go on.',
      "R: Grand. So give me a picture of migraine in your practice at the moment: who's coming through the door.",
    ],
    has: 'open_question',
  }, // misread
  {
    lines: ['C: Fine, ten minutes.', "R: I'd first like to know which patients you keep on the current combination."],
    has: 'open_question',
  }, // misread
  {
    lines: [
      'C: Forty-five a month, some of them can pay that. Not everybody.',
      'R: Clear, and you know best which ones. So: think of two or three who come in this month.',
    ],
    has: 'acknowledge',
  }, // misread
];

/** "No more time." is her clock, not a no to the ask; a plain "No." still declines. */
const NO_TIME: Row[] = [
  { lines: ['R: Can I come back Tuesday with the data?', 'C: No more time. I have to run.'], not: 'declines' }, // misread
  { lines: ['R: Can I come back Tuesday with the data?', 'C: No. I have to run.'], has: 'declines' },
];

/** "Stay too high" is the patients' state, no claim; "response rates were high" still claims. */
const STILL_HIGH: Row[] = [
  {
    lines: [
      'C: Sure, go on.',
      'R: From you, just two things: pick two or three older patients who stay too high on an ARB alone, and keep ten minutes for me on Thursday.',
    ],
    not: 'generic_benefit',
  }, // misread
  { lines: ['C: Go on.', 'R: Response rates were high and they lasted.'], has: 'generic_benefit' },
];

describe('the labeled calls in an eighth wording', () => {
  itRows({
    MEASURED,
    PRICED,
    CONCEDED,
    TAKEN,
    PLAIN_PUSHBACK,
    NOT_CONTENT,
    PLAIN_CUES,
    ASKED_MORE,
    FELT,
    SUMMED,
    SIGNPOSTED,
    CLAIMED,
    SAID_YES,
    HER_WAY,
    NOT_ABOUT_IT,
    PUSHBACK_NOT_NEED,
    SO_AT_END,
    PROMPTED,
    NO_TIME,
    STILL_HIGH,
  });
});

describe('a yes that hands the step to her staff', () => {
  it.each([
    'Okay, done. Bring the enrolment form next month and explain it to my clinic assistant.', // misread
    'Okay, done. Bring the form next month and sit down with my assistant.', // misread
  ])('takes part in the step: %s', (reply) => {
    const ask =
      "R: Within a couple of weeks I'll come back with the approval steps and we sit with your assistant. Will that help?";
    expect(kindOf('agrees', ask, `C: ${reply}`)).toBe('committed');
  });
});

describe('a time frame spent on her', () => {
  it.each([
    ['Give me two minutes for a few questions, no sales talk. What do you shift them to after a TNF?', 'agenda'], // misread
    ["Give me two minutes and I'm out.", 'pitch'],
  ])('reads the purpose of %s as %s', (line, kind) => {
    expect(kindOf('purpose', 'C: Make it quick.', `R: ${line}`)).toBe(kind);
  });
});

describe('a wish to understand with nothing asked', () => {
  it('reads no question in "I\'d like to understand it" after a "however" clause', () => {
    const acts = allActs('C: Now is fine.', "R: However you're treating them today, I'd like to understand it.").at(-1);
    expect(acts).not.toContain('open_question');
  });
});

describe('a plan that is the sale', () => {
  it.each([
    ["Morning, Dr Kowalczyk. What I'm after today is getting more of your non-responders started on Joravex.", 'pitch'], // misread
    [
      'Faisal, Brevant Respiratory. Just launched, Aeroquin Duo, and I wanted you to be among the first to hear about it.',
      'pitch',
    ], // misread
    ["Morning. What I'm after today is understanding how you start patients on Joravex.", 'agenda'],
  ])('reads the purpose of %s as %s', (line, kind) => {
    expect(kindOf('purpose', `R: ${line}`)).toBe(kind);
  });

  it('reads no agenda in a "first … then." that only means "so"', () => {
    const acts = allActs('C: Go on.', 'R: Yes, yes, clear. First the data, then. Seventy-two percent reached target.');
    expect(acts.at(-1)).not.toContain('purpose'); // misread
  });
});
