// The labeled calls said a seventeenth way (see calls-reworded.test.ts): typed fast into a chat window, and
// spoken aloud through speech-to-text, in other therapy areas. Rows marked "misread" failed before.
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

/** A yes to a question that asks her to choose between two things answers neither. */
const YES_TO_A_CHOICE: Row[] = [
  {
    lines: [
      'C: Hang on, the starter pen. Is the 25 a different pen from the 50, or do you dial the same pen up?',
      "R: Yep, and the support programme works on every strength, so that's no problem at all.",
    ],
    has: 'dodges_question',
  }, // misread
  {
    lines: [
      'C: Are the 0.25 and the 0.5 two separate pens, or one pen that dials?',
      "R: Sure, the copay card's good for every strength, no issue.",
    ],
    has: 'dodges_question',
  }, // misread
  // Naming one of the two answers it; so does a yes to "…or not?".
  {
    lines: [
      'C: Is the 25 a different pen from the 50, or do you dial the same pen up?',
      'R: Yes, the 25 is its own pen; you start on it for four weeks.',
    ],
    has: 'answers_question',
  },
  {
    lines: ['C: Can I start it at an eGFR of thirty or not?', 'R: Yes, thirty is fine; below that, no.'],
    has: 'answers_question',
  },
];

/** "Fine, five." takes the rep's count of minutes as much as "Five minutes." does. */
const TAKES_THE_COUNT: Row[] = [
  {
    lines: [
      "R: You're swamped, I know, so five minutes, max.",
      'C: Okay, five. I was on hold with the plan for forty minutes this morning.',
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: ["R: You're swamped, I know, so five minutes, max.", 'C: Five. Go.'],
    has: 'time_cue',
  },
];

/** "I'm not sure it's worth it" doubts the rep's point; only "Sure it is." said outright shrugs it off. */
const NOT_SURE_IT_IS: Row[] = [
  {
    lines: ['R: It works.', "C: Honestly, I'm not sure it's worth it. The copay is brutal for my Medicare folks."],
    not: 'disinterest_cue',
  }, // misread
  { lines: ['R: It takes under two minutes.', 'C: Under two minutes. Sure it is.'], has: 'disinterest_cue' },
];

/** Her view read back with a check ("…, not the drug itself. Did I get that right?") restates it; her own concern read back denied still argues. */
const READ_BACK: Row[] = [
  {
    lines: [
      "C: The copay is brutal for my Medicare folks. Like $90 a month. They just don't fill it.",
      "R: So it's the price at the counter that stops them, not the drug itself. Did I get that right?",
    ],
    has: 'paraphrase',
  }, // misread
  {
    lines: [
      "C: The copay is brutal for my Medicare folks. They just don't fill it.",
      'R: so its the price at the counter that stops them, not the drug itself. did i get that right',
    ],
    not: 'rebuttal',
  }, // misread
  {
    lines: [
      "C: I'm worried about the hypoglycemia in my older patients.",
      'R: So the hypoglycemia thing is not a real problem, did I get that right?',
    ],
    has: 'rebuttal',
  },
];

/** Typed in a chat window: "leave it w rosa" names the Rosa of the rep's plan; "wed works" takes Wednesday; "10 is ok" grants the 10 min asked for. */
const TYPED_YES: Row[] = [
  {
    lines: [
      'R: friday morning Rosa gets the coverage one-pager from me, and ill pop back on the 9th for 5 min. work for u?',
      'C: yep works for me. leave it w rosa',
    ],
    has: 'agrees',
    not: 'brush_off',
  }, // misread
  {
    lines: [
      'R: i host a 20 min lunch for ur clinic nurses next wed at 11:45, food on me. and could u get me 10 min at the committee?',
      'C: nurses will like lunch. wed works, have Bree reserve the room. committee, ill mull it over',
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      'R: id like approx 10 min: first how ur handling those pts now, then one data point if its relevant',
      'C: 10 is ok. and ugh yes, touchy subject.',
    ],
    has: 'agrees',
  }, // misread
  // A count she never was asked for is no grant.
  {
    lines: ['R: How many of your patients are on it?', 'C: 10 is ok, I guess.'],
    not: 'agrees',
  },
];

/** "my 4:30 no-showed" frees her time: no time pressure. */
const NO_SHOW: Row[] = [
  {
    lines: [
      'R: thx for seeing me this late in the day, the landscape has shifted a lot',
      'C: yep it has. got time, my 4:30 no-showed',
    ],
    not: 'time_cue',
  }, // misread
  { lines: ['R: Thanks for seeing me.', 'C: Make it quick, my 4:30 is waiting.'], has: 'time_cue' },
];

/** After "What I use does the job", a stock probe for what worries her most leaves her objection where it was, whatever "that" it carries. */
const STOCK_PROBE: Row[] = [
  {
    lines: [
      "C: Allopurinol, and if that's not enough, usually Febrolan. Does the job for most. Nobody's complaining.",
      "R: Huh, interesting. And about your gout patients, what's the thing that worries you most, like, lying awake at two a.m.?",
    ],
    not: 'explore',
  }, // misread
  // A pointer back at her objection still explores it.
  {
    lines: [
      "C: Allopurinol, and if that's not enough, usually Febrolan. Does the job for most. Nobody's complaining.",
      "R: When it isn't enough, what worries you most about that?",
    ],
    has: 'explore',
  },
];

/** "Anything you need, just shout" offers help; it puts nothing in her mouth. */
const OPEN_OFFER: Row[] = [
  {
    lines: [
      "R: It's from a post hoc analysis, and our MSL could go through it with you.",
      "C: Maybe. But not this round. That list won't review itself. Thank you for listening, really.",
      'R: Absolutely. Be gentle with yourself today. Anything you need, or if you want the MSL at some point, just shout.',
    ],
    not: 'misstated_recap',
  }, // misread
  {
    lines: [
      'R: its from a post hoc analysis, and our MSL could go thru it w u.',
      'C: maybe. but not this round. that list wont review itself, im heading back. thank u for listening, really',
      'R: absolutely. be gentle w urself today. ill get out of ur way. anything u need, or if u want the MSL at some point, just shout',
    ],
    not: 'misstated_recap',
  }, // misread
];

/** "Tonight you'll have two things in your inbox: …" sets out the rep's step, however many of her words it names. */
const STEP_NOT_PLAYBACK: Row[] = [
  {
    lines: [
      'C: Older patients with apnea or on sedatives were thin in those trials. I want the post-stimulant subgroup and the safety by age, apnea and sedatives.',
      "R: OK, tonight you'll have two things in your inbox: the post-stimulant subgroup data and safety split by age, apnea and sedatives. No follow-up calls unless you request one.",
    ],
    not: 'paraphrase',
  }, // misread
  {
    lines: [
      'C: Older patients with apnea or on sedatives were thin in those trials.',
      "R: So you're worried the trials had too few older patients with apnea or on sedatives.",
    ],
    has: 'paraphrase',
  },
];

/** Typed with no mark, "which piece weighs on u most" still asks. */
const WHICH_ASKS: Row[] = [
  {
    lines: [
      "C: honestly id prefer not to make my nurses learn another drug's side effects right now",
      'R: makes sense. when u say learn, which piece weighs on u most - the lab schedule, the phone calls, or another part',
    ],
    has: 'closed_question',
  }, // misread
  { lines: ['R: it comes in two strengths, which makes titration easy'], not: 'closed_question' },
];

/** After "That's not something I'm discussing with a rep", "What's the hardest part of the job?" probes nothing of hers. */
const HARDEST_PROBE: Row[] = [
  {
    lines: [
      "C: Yeah, no. That's not something I'm discussing with a drug rep.",
      "R: Totally fair. What's the hardest part of the job for you these days?",
    ],
    not: 'explore',
  }, // misread
  {
    lines: [
      'C: The prior auths are killing us. Half of them come back denied.',
      "R: What's the hardest part of the denials for your staff?",
    ],
    has: 'explore',
  },
];

/** "Good, the pen came up." is glad the topic was raised; it agrees to nothing. */
const GLAD_IT_CAME_UP: Row[] = [
  {
    lines: [
      'R: Would you like to hear how the pen works?',
      "C: Good, the pen came up. Mine can't work their pens properly. So what do you propose now?",
    ],
    not: 'agrees',
  }, // misread
  {
    lines: ['R: Would you try it in two of your patients?', 'C: Good that it came up. How do I get started?'],
    not: 'agrees',
  }, // misread
  { lines: ['R: Would you try it in two of your patients?', "C: Good, let's do that."], has: 'agrees' },
];

/** Spoken pushback in other words: "a bit over-careful", "Your numbers don't convince me", "Ja, sure, but…". */
const SPOKEN_PUSHBACK: Row[] = [
  {
    lines: [
      "C: I won't start it in anyone with a fall history.",
      "R: Sure, totally. But isn't it possible you're being, like, a bit over-careful?",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: ["R: It's out now as a once-daily oral.", "C: Your numbers don't convince me."],
    has: 'objection_evidence',
  }, // misread
  {
    lines: [
      "C: Single-arm, and I don't trust the data.",
      "R: Ja, sure, but it's the same drug doing the same job, so what we saw should translate.",
    ],
    has: 'rebuttal',
  }, // misread
  // "Ja." alone to an ask is as bare as "Yeah.".
  { lines: ['R: Would you maybe give it a shot?', 'C: Ja. Fine.'], has: 'brush_off' },
];

/** "Thursday or Friday, which suits you better for the lunch?" asks her to pick the day of a step. */
const PICK_A_DAY: Row[] = [
  {
    lines: [
      'C: I have two minutes.',
      'R: Sure, I will be fast. Thursday or Friday, which suits you better for the lunch?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: I have two minutes.', 'R: Which works better for the lunch, Thursday or Friday?'],
    has: 'commitment_request',
  }, // misread
];

/** Granting her point in words of degree: "You're completely right.", "A very reasonable worry.", "grateful you were straight with me". */
const GRANTED_IN_DEGREE: Row[] = [
  {
    lines: [
      'C: Both generics cost a handful of dollars. Tell me which of my patients this is for.',
      "R: You're completely right. Those two generics cost almost nothing, and for anyone who takes every tablet, that's a sound choice.",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: With a statin come muscle aches, and my elderly patients stop walking.',
      "R: A very reasonable worry. If an eighty-year-old quits her walks because her legs hurt, that's not trivial. What do you check for now?",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      "C: Alright. Thank you. Sincerely. That's more than anyone has offered in two years.",
      "R: I'm grateful you were straight with me. Tuesday the 3rd, then.",
    ],
    has: 'acknowledge',
  }, // misread
];

/** Hype in spoken words: "super strong", "patients did great", "patients are obsessed with it". */
const SPOKEN_HYPE: Row[] = [
  {
    lines: [
      "R: It's a monthly pen for plaque psoriasis.",
      'C: Mm.',
      'R: And then the pen — patients are obsessed with it, in the usability study like ninety-seven percent got it right on the first go.',
    ],
    has: 'generic_benefit',
  }, // misread
];

/** "ok thx jess. enjoy ur evening" says goodbye as "Okay, thanks Jess. Enjoy your evening." does: no yes to the step. */
const TYPED_GOODBYE: Row[] = [
  {
    lines: [
      "R: Well, this was super helpful, really appreciate the time. I'll drop some info off at reception.",
      'C: ok thx jess. enjoy ur evening',
    ],
    not: 'agrees',
  }, // misread
];

/** "Lows are what I worry about." names which of her points matters, as "Denials are exactly what I worry about" does. */
const NAMES_HER_WORRY: Row[] = [
  {
    lines: [
      'R: It has a dose counter.',
      'C: Lows are what I worry about. A bad hypo means an ambulance or an hour to the closest hospital. How would I begin?',
    ],
    not: 'emotion_cue',
  }, // misread
];

/** "Nope, that order makes sense." confirms the plan its "no" answers; "No, that doesn't make sense." still says no. */
const NO_THEN_CONFIRMS: Row[] = [
  {
    lines: [
      'R: What if our nurse educator runs the thirty-minute session with your team first, and then you pick one patient who fits?',
      'C: Nope, that order makes sense. Nurses first. However you want to arrange it is fine.',
    ],
    not: 'declines',
  }, // misread
  {
    lines: [
      'R: What if our nurse educator runs the thirty-minute session with your team first, and then you pick one patient who fits?',
      'C: No, no, that sequence is correct. Nurses first.',
    ],
    has: 'agrees',
  },
  {
    lines: [
      'R: What if our nurse educator runs the thirty-minute session with your team first, and then you pick one patient who fits?',
      "C: No, that doesn't make sense to me.",
    ],
    has: 'declines',
  },
];

/** A "So…" read back with a check is her view: naming a concern she never raised gets her wrong. */
const CHECKED_WRONG: Row[] = [
  {
    lines: [
      'C: My department is judged on our 30-day heart failure readmission rate. There is no mortality benefit.',
      'R: So the copay is what stops them. Did I get that right?',
    ],
    has: 'misstated_recap',
  }, // misread
  {
    lines: [
      'C: My department is judged on our 30-day heart failure readmission rate. There is no mortality benefit.',
      'R: so cost at the counter is what stops them, not the drug itself. did i get that right',
    ],
    not: 'paraphrase',
  },
];

/** "…because of daily injections" makes the form her barrier: a weekly shot for "those" ties to it. */
const FORM_AS_BARRIER: Row[] = [
  {
    lines: [
      'C: Quite a few of my patients put off insulin for a year or more because of daily injections.',
      'R: For those, a once-weekly shot means 52 injections a year instead of 365.',
    ],
    has: 'priority_link',
  }, // misread
  // A form she named in passing is no barrier of hers.
  {
    lines: [
      'C: I spent an hour getting a thyroid pill approved for one patient.',
      "R: It's one daily pill, and it works.",
    ],
    not: 'priority_link',
  },
];

/** "I'm sending the subgroup data tonight." takes the step on as much as "I'll send…" does. */
const UNDER_WAY: Row[] = [
  { lines: ['C: Send me the data.', "R: I'm sending the subgroup data tonight."], has: 'ownership' }, // misread
  { lines: ['C: Send me the data.', "R: We're dropping off samples Friday."], has: 'next_step_specific' }, // misread
  // Why the rep came is no step.
  { lines: ['C: What is this about?', "R: I'm calling about your patients today."], not: 'ownership' },
];

itRows({
  'yes to a choice': YES_TO_A_CHOICE,
  'takes the count': TAKES_THE_COUNT,
  'not sure it is': NOT_SURE_IT_IS,
  'read back': READ_BACK,
  'typed yes': TYPED_YES,
  'no show': NO_SHOW,
  'stock probe': STOCK_PROBE,
  'open offer': OPEN_OFFER,
  'step, not playback': STEP_NOT_PLAYBACK,
  'which asks': WHICH_ASKS,
  'hardest probe': HARDEST_PROBE,
  'glad it came up': GLAD_IT_CAME_UP,
  'spoken pushback': SPOKEN_PUSHBACK,
  'pick a day': PICK_A_DAY,
  'granted in degree': GRANTED_IN_DEGREE,
  'spoken hype': SPOKEN_HYPE,
  'typed goodbye': TYPED_GOODBYE,
  'names her worry': NAMES_HER_WORRY,
  'no, then confirms': NO_THEN_CONFIRMS,
  'checked, and wrong': CHECKED_WRONG,
  'form as barrier': FORM_AS_BARRIER,
  'under way': UNDER_WAY,
});
