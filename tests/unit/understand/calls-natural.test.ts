// Turns from twelve calls written outside the labeled set in natural speech: HCPs who answer in fragments,
// reps who say things back in their own idiom. `has` is what a sales trainer hears in the last turn; `not`
// a near miss it must not be read as. Written before the fixes; each row marked "misread" failed then.
import { describe } from 'vitest';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';
import { AFFORD, PAST_THE_CUE, RUSHED_COST, SWITCH, UNDOING } from '../../support/rushed-urologist.js';

const STORY =
  'C: Tuesday. Forty-eight, breast cancer survivor, on tamoxifen. Oncology said no hormones, obviously. I tried venlafaxine, killed her libido, she quit it.';
const VANISH = 'C: Deciding is the easy part. The hard part is they vanish. Patient reports no injection since March.';

/** A restatement in the rep's own idiom ("off the table", "falls through the cracks") says a denial back right. */
const IDIOM: Row[] = [
  {
    lines: [
      'R: Who is a patient you saw recently where you felt you had no good answer?',
      STORY,
      "R: So hormones are off the table for good, and the off-label option cost her something she wasn't willing to give up.",
    ],
    not: 'misstated_recap', // misread
  },
  {
    lines: [
      'R: Where do they drop off?',
      VANISH,
      "R: Got it, so it's not the drug failing, it's the shot falling through the cracks between visits.",
    ],
    not: 'misstated_recap', // misread
  },
  {
    lines: ['R: Where do they drop off?', VANISH, "R: So the injection is what they're asking you for."],
    has: 'misstated_recap',
  },
];

/** An answer in fragments to an open question tells her patients or practice, though no one sentence says much. */
const FRAGMENTS: Row[] = [
  {
    lines: [
      'R: So for that group it is speed on the itch that counts. How fast does it have to work?',
      'C: Days. They want days. Scratching till 3 a.m. and the kids miss school.',
    ],
    has: 'shares_need',
  },
  {
    lines: [
      'R: If you were going to take any biologic seriously, what would the data have to show you?',
      'C: Admissions. Not moderate exacerbations. Current smokers in the trial, not excluded.',
    ],
    has: 'shares_need', // misread
  },
  {
    lines: [
      "R: One question and I'm gone: what's the best way to get ten minutes with her in the next couple of weeks?",
      'C: She does a few early slots before clinic on Tuesdays. Sign-up sheet by the window.',
    ],
    not: 'shares_need',
  },
  {
    lines: ['R: How are you deciding who gets it?', 'C: Hard to say. Depends on the week, really.'],
    not: 'shares_need',
  },
];

/** A step put as a question ("Could I sit down with Janelle…?") asks for a yes; a day of her own gives it. */
const STEPS: Row[] = [
  {
    lines: [
      'R: Who would be the one doing the forms?',
      'C: Janelle. IBD nurse. She does all the biologic paperwork anyway.',
      'R: Could I sit down with Janelle for fifteen minutes this Thursday?',
    ],
    has: 'commitment_request', // misread
  },
  {
    lines: [
      "C: Wait, isn't there a liver issue with this class?",
      'R: There is. The label calls for liver enzymes at baseline. Would it be useful if I brought the monitoring section before she comes back?',
    ],
    has: 'commitment_request', // misread
  },
  {
    lines: ['R: Thursday the 23rd with Dana, done. I bring the PA checklist. Anything else you want me to bring?'],
    not: 'commitment_request',
  },
  {
    lines: [
      'R: Would it help if I brought the subgroup paper, for whenever you are ready to look? No rush.',
      'C: Not tomorrow. Thursday after clinic, four-ish. And bring the dosing sheet.',
    ],
    has: 'agrees', // misread
  },
  {
    lines: [
      'R: Would it help if I brought the subgroup paper, for whenever you are ready to look? No rush.',
      'C: Not Thursday. Not this month, honestly.',
    ],
    not: 'agrees',
  },
  {
    lines: [
      "R: Here's the plan: I'll email you the table by tomorrow, and Priya and I will see Dana next Thursday at nine-thirty.",
      "C: I'll tell Dana. Whether it moves me, we'll see. Send the table. Not a brochure.",
    ],
    has: 'agrees', // misread
  },
  {
    lines: [
      "R: Here's the plan: I'll email you the table by tomorrow, and Priya and I will see Dana next Thursday at nine-thirty.",
      "C: I'll tell you now, it won't change much. We'll see.",
    ],
    not: 'agrees',
  },
  {
    lines: ['R: Dr. Nwosu, thanks for seeing me. I wanted a few minutes on non-hormonal options for hot flashes.'],
    has: 'purpose', // misread
  },
];

/** A one-sentence list of seven product items is a dump even when one item meets the need she just named. */
const LISTS: Row[] = [
  {
    lines: [
      "C: Exactly. I'd like to get them off the sulfonylurea but I need something that doesn't cause lows.",
      "R: Glyvora is a once-weekly injection, it lowers A1C by 1.5 points, it has a low risk of hypoglycemia on its own, it helps with weight loss, it has cardiovascular outcome data, it comes in a prefilled pen, and there's a savings card that brings the copay to 25 dollars.",
    ],
    has: 'feature_dump', // misread
  },
];

/** After confusion, a plain version simplifies; a benefit claim or more jargon in the same shape does not. */
const PLAIN: Row[] = [
  {
    lines: [
      "C: I'm still not sure how I'd explain it to my patients.",
      "R: It's really well tolerated, and patients like it.",
    ],
    not: 'simplify', // misread
  },
  {
    lines: [
      "C: Wait, a heart thing? I'm not following.",
      "R: It's a small numeric imbalance, and the exclusion criteria cover recent MI or stroke.",
    ],
    not: 'simplify', // misread
  },
  {
    lines: [
      "C: Wait, what's a REMS? I'm not following.",
      "R: It's a safety program: you sign up once, then prescribe as usual.",
    ],
    has: 'simplify',
  },
];

/** "That's right." to the rep's summary confirms it: short, not switched off. */
const CONFIRMS: Row[] = [
  {
    lines: [
      'C: A PCSK9 for some, but the prior auths are brutal and a few refuse injections.',
      "R: So it's two groups: the ones who can't get through the PA, and the ones who won't inject.",
      "C: That's right.",
    ],
    not: 'disinterest_cue', // misread
  },
  {
    lines: [
      'R: Lipora is a twice-yearly shot given in the office, and it lowered LDL about 50 percent on top of a statin.',
      'C: Mm-hm.',
    ],
    has: 'disinterest_cue',
  },
];

/** "Which of your patients are you most stuck with?" asks for her problem and invites the story; a choice does not. */
const PICKS: Row[] = [
  { lines: ['C: Fine. Go.', 'R: Which of your UC patients are you most stuck with right now?'], has: 'open_question' }, // misread
  { lines: ['C: Fine. Go.', 'R: Which plans are your UC patients on, commercial or Medicaid?'], not: 'open_question' },
  { lines: ['C: Fine. Go.', 'R: Who on your team handles the biologic paperwork?'], not: 'open_question' },
];

/** An HCP leaving without stock words: "Between cases.", "I'm leaving.", "Another day."; "Talk to the desk." brushes off. */
const LEAVING: Row[] = [
  { lines: ['R: I have the new maintenance data.', "C: Between cases. Room two's already sedated."], has: 'time_cue' }, // misread
  { lines: ['R: One more thing, the PA piece.', "C: My MAs touch everything. I'm leaving."], has: 'time_cue' }, // misread
  { lines: ['R: Just quickly on safety: no boxed warning.', 'C: Another day.'], has: 'time_cue' }, // misread
  {
    lines: [
      'R: So can I count on you to put your next two patients on it?',
      "C: Talk to the desk. I've got a patient waiting.",
    ],
    has: 'brush_off', // misread
  },
  { lines: ['R: How do your cases run on Mondays?', 'C: Between cases I answer messages, mostly.'], not: 'time_cue' },
];

/** After a "No.", only a task she takes on herself is a yes; asking for numbers first is not. */
const NO_THEN: Row[] = [
  {
    lines: [
      'R: Could you pick five patients this month to start on Vistrelma, so you can see the durability yourself?',
      "C: No. Send me the vasculitis numbers. Then we'll see.",
    ],
    has: 'declines', // misread
  },
  {
    lines: [
      'R: Could you pick five patients this month to start on Vistrelma, so you can see the durability yourself?',
      "C: No, not five. I'll start two and see.",
    ],
    not: 'declines',
  },
  {
    lines: [
      'R: So your main concern is injection burden and getting patients out to longer intervals.',
      "C: No. I said interval isn't my problem. It's inflammation.",
    ],
    has: 'emotion_cue', // misread
  },
];

/** Status quo said plainly: "What I use works.", "We've got four knee products in the fridge already." */
const ENOUGH: Row[] = [
  {
    lines: ["C: I'll be straight with you, this is a waste of both our mornings. What I use works."],
    has: 'objection_status_quo', // misread
  },
  {
    lines: [
      'R: So real quick, Kinolast is our extended-release knee injection.',
      "C: We've got four knee products in the fridge already.",
    ],
    has: 'objection_status_quo', // misread
  },
  {
    lines: ['R: How do you handle the knee patients?', "C: We've got a nurse who does the injections on Fridays."],
    not: 'objection_status_quo',
  },
];

/** "Fine." to the rep confirming a step she already took on a condition accepts it; with no yes before, it brushes off. */
const AFTER_YES_IF: Row[] = [
  {
    lines: [
      'R: Would you try it in the patients whose fluid comes back at six weeks?',
      "C: If the IOI numbers hold up when I read them, I'd try it in one patient. Her, probably.",
      "R: That's fair. I'll get the safety summary to you by Thursday and stop back in a couple of weeks.",
      'C: Fine.',
    ],
    has: 'agrees', // misread
  },
  {
    lines: ['R: Can I count on you to try it in your next two patients?', 'C: Fine.'],
    has: 'brush_off',
  },
];

/** A hallway call: asking leave is logistics, and a product point right after the need played back ties to it. */
const HALLWAY: Row[] = [
  {
    lines: ['R: Dr. Osei, Marisa Kent with Halvern. Do you have ninety seconds, or is this a bad moment?'],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      "R: When a cellulitis patient is well enough to go home from the ED but gets admitted anyway, what's tipping it?",
      'C: Nobody trusts them to fill and finish orals. No address, no pharmacy. So we admit for IV and they sit upstairs three days.',
      "R: So it's the patients you'd discharge if you knew they'd get the whole course. A single Corvenza infusion before they leave covers the full two weeks.",
    ],
    has: 'priority_link', // misread
  },
  {
    lines: [
      "R: When a cellulitis patient is well enough to go home from the ED but gets admitted anyway, what's tipping it?",
      'C: Nobody trusts them to fill and finish orals. No address, no pharmacy. So we admit for IV and they sit upstairs three days.',
      'R: Corvenza is a single infusion that covers the full two weeks.',
    ],
    not: 'paraphrase',
  },
];

/** A confused psychiatrist: avoidance is pushback, an analogy simplifies, "who comes to mind" invites a story. */
const MIXED_UP: Row[] = [
  {
    lines: [
      'R: I wanted to talk about Tresavin LA for schizophrenia maintenance, and mostly hear which of your patients might fit.',
    ],
    has: 'purpose',
  },
  {
    lines: ["C: Right, the every-two-month one. I'll be honest, I've mostly steered away."],
    has: 'objection_status_quo', // misread
  },
  {
    lines: [
      "C: So how does it get to levels without the oral? That's the part I don't get.",
      'R: Simplest way I can put it: Dravella is like a wood stove you keep a space heater beside; Tresavin LA is a furnace, warm within the first week.',
    ],
    has: 'simplify', // misread
  },
  {
    lines: ["C: No, that's clearer.", 'R: Who in your caseload comes to mind when you hear no oral bridge?'],
    has: 'open_question', // misread
  },
];

/** "No, you're okay." to "…or is this a bad day?" keeps the rep; the rep's own result said back is no time budget. */
const ECHOES: Row[] = [
  {
    lines: [
      "R: Do you have a few minutes for Parkinson's today, or is this a bad day?",
      "C: No, you're okay, I had a cancellation. Sit.",
    ],
    not: 'declines', // misread
  },
  {
    lines: [
      'R: Levantra is a sublingual film, and in the trial a third of patients were back on within fifteen minutes.',
      "C: Fifteen minutes would change his morning. What's it going to cost him, though?",
    ],
    not: 'time_cue', // misread
  },
  {
    lines: [
      'R: Levantra is a sublingual film, and in the trial a third of patients were back on within fifteen minutes.',
      "C: I've got about two minutes. What's it going to cost him?",
    ],
    has: 'time_cue',
  },
];

/** Growth, or a goal set from above ("my director wants it flat"), answers a closed question with a need. */
const PRESSURE: Row[] = [
  {
    lines: [
      'R: Is it the per-member cost, or total spend on the class?',
      'C: Total spend. The class grew eighteen percent last year and my director wants it flat.',
    ],
    has: 'shares_need', // misread
  },
  {
    lines: ['R: Is the volume steady?', 'C: No. Volume keeps rising and the CFO wants us to hold spend.'],
    has: 'shares_need', // misread
  },
];

/** A rushed or sent-away HCP: what a pitch after "Patient's on the table." is, and what "Talk to Tanya." says. */
const RUSHED: Row[] = [
  {
    lines: [UNDOING, AFFORD, SWITCH, RUSHED_COST, PAST_THE_CUE],
    has: 'feature_dump', // misread
  },
  {
    lines: [UNDOING, AFFORD, SWITCH, RUSHED_COST, PAST_THE_CUE],
    not: 'acknowledge', // misread
  },
  {
    lines: [
      "C: Yeah. I've gotta go.",
      'R: One last thing, could I bring lunch for you and the team next Tuesday and walk through the elderly subgroup?',
      'C: Talk to Tanya.',
    ],
    has: 'brush_off', // misread
  },
  {
    lines: ['R: Could I bring lunch for you and the team next Tuesday?', 'C: Tuesday works. Talk to Sandra.'],
    has: 'agrees',
  },
  {
    lines: [
      "R: On coverage, there's a copay savings card that brings it down to $25 for eligible patients.",
      'C: Medicare. "Eligible patients" means not mine.',
    ],
    has: 'objection_cost', // misread
  },
  {
    lines: [
      'R: The support program texts and calls the patient from day fifty.',
      "C: Texts from who, you guys? My patients aren't picking up for a drug company.",
    ],
    has: 'objection_other', // misread
  },
  {
    lines: [
      "R: Luis, Amira Haddad from Kellan. Prevanta, the every-two-month PrEP shot. Two minutes, tops, then I'm gone.",
      "C: One. Walk-ins till six and we're down a counselor.",
      "R: One, then. What's the main thing keeping you from moving people off daily pills onto the shot?",
    ],
    has: 'time_adapt', // misread: the rep says her budget back
  },
  {
    lines: [
      "R: What's the main thing keeping you from moving people off daily pills onto the shot?",
      "C: Getting them back. Every eight weeks, on the dot, with a draw. Somebody blows the window, now I'm re-loading.",
      "R: So it's not the drug, it's an appointment every eight weeks you can't count on.",
    ],
    has: 'paraphrase', // misread: setting one cause aside names hers
  },
];

/** A pharmacist counting doses while she talks: clipped money talk, a loss she names, a story she closes herself. */
const COUNTER: Row[] = [
  {
    lines: ['R: How did RSV go for you last season?', 'C: Gave about two hundred. Lost money on maybe a third.'],
    has: 'shares_need', // misread
  },
  { lines: ['C: Lost money on maybe a third.', 'R: Lost money how?'], has: 'open_question' }, // misread
  { lines: ['C: Lost money on maybe a third.', 'R: Is it the plans?'], not: 'open_question' },
  {
    lines: [
      'R: So you did the volume and still ate it.',
      "C: Yup. And the mixing, honestly. Somebody's going to grab the wrong diluent one day and it's my license.",
    ],
    has: 'shares_need', // misread
  },
  {
    lines: [
      "C: Mr. Albers. Came in every Tuesday for his wife's scripts. RSV in January, gone by Valentine's.",
      "R: I'm sorry. That's a lot to carry every Tuesday.",
      'C: Yeah. Anyway. Why would I pick yours.',
    ],
    not: 'disinterest_cue', // misread: she closes her own story
  },
  {
    lines: [
      'R: Coverage is the same as the one you use now, and our reps can walk you through the portal.',
      'C: The people I am describing are on Medicare. Anyway.',
    ],
    has: 'disinterest_cue',
  },
];

/** An NP walking between rooms: her pace, her one patient who fits, and the worry she voices as a joke. */
const WALKING: Row[] = [
  {
    lines: ['R: Hi, Kerry? Leah from Bramwell. Two minutes on Kalvora?', 'C: Walking to 6. Go.'],
    has: 'time_cue', // misread
  },
  {
    lines: [
      "C: Three. Two on the every-two-weeks injection, doing great, not touching them. One's on-demand only. Twenty-six, won't do needles.",
      "R: So she's the one. An oral she takes at home, no needles. How often is she having attacks?",
    ],
    has: 'priority_link', // misread
  },
  {
    lines: [
      'R: How often is she having attacks?',
      "C: Every few weeks. Lots of abdominal ones. Which... GI side effects, right? She'll blame the pill for every cramp.",
    ],
    has: 'objection_safety', // misread
  },
];

/** A hospice director just back from a death, who keeps the rep and gives her fifteen, then counts pennies. */
const HOSPICE: Row[] = [
  {
    lines: [
      'R: Dr. Mensah, hi. We had twenty minutes on the books today. Is this still a good time?',
      "C: It's fine. Sorry. Just got back from a home visit. Mr. Alvarez. He died about an hour ago. Still.",
    ],
    has: 'emotion_cue', // misread: a death she tells of is her loss
  },
  {
    lines: [
      "R: I'm sorry. I can come back another day. This will keep.",
      "C: No, sit. Honestly I'd rather think about something that has a fix. You've got fifteen.",
    ],
    has: 'time_cue', // misread
  },
  {
    lines: [
      "R: I'm sorry. I can come back another day. This will keep.",
      "C: No, sit. Honestly I'd rather think about something that has a fix. You've got fifteen.",
    ],
    not: 'declines', // misread
  },
  {
    lines: [
      "R: Not for them. It's contraindicated with known or suspected GI obstruction.",
      'C: Okay. And it comes out of my per diem. Everything does. Senna is pennies.',
    ],
    has: 'objection_cost', // misread
  },
  {
    lines: [
      'R: Did you stock it last year?',
      "C: We stocked the other one. And ate about four grand on it. Half our babies are Medicaid, so I was buying doses I couldn't even bill.",
    ],
    has: 'objection_cost', // misread
  },
];

/** A psychiatrist with till one o'clock, a worry the rep waves off, a coverage problem and a send-off. */
const WAVED_OFF: Row[] = [
  {
    lines: ['R: Three things, does that work?', "C: You've got till my one o'clock. Go."],
    has: 'time_cue', // misread
  },
  {
    lines: [
      'R: Two loading doses and then you are at every eight weeks.',
      "C: So for a first-episode kid I'm putting two months of drug into him in the first week. If he gets akathisia on day four I can't exactly pull it back out of his arm.",
    ],
    has: 'objection_safety', // misread
  },
  {
    lines: [
      "C: If he gets akathisia on day four I can't exactly pull it back out of his arm.",
      "R: Yeah, no, akathisia was really low in SPAN-2, single digits, mostly mild and it resolved, so I really wouldn't let that hold you back.",
    ],
    has: 'rebuttal', // misread
  },
  {
    lines: [
      'R: We have a hub that does the benefits verification so your staff does not have to chase it.',
      "C: Verify what? My people are Medicaid. The state list has the monthly one preferred. Yours isn't on it, last I looked.",
    ],
    has: 'objection_access', // misread
  },
  {
    lines: [
      'R: Could I come in Thursday the 12th at eleven and do fifteen minutes with Keisha and the team?',
      "C: Coverage is the whole hurdle. And Keisha's schedule is Keisha's. Talk to her.",
    ],
    not: 'agrees', // misread
  },
  {
    lines: [
      'R: Could I come in Thursday the 12th at eleven?',
      "C: Not Thursday, that's our Medicaid audit. Friday afternoon.",
    ],
    not: 'objection_access',
  },
  {
    lines: [
      "C: Keisha and one other nurse. Tuesdays and Thursdays. That's it. They're underwater.",
      "R: And the other thing is on access, we have a hub that does the benefits verification so your staff doesn't have to chase it.",
      "C: Verify what? My people are Medicaid. The state list has the monthly one preferred. Yours isn't on it, last I looked.",
      "R: So it sounds like coverage isn't really the big hurdle for you, it's more about getting the nurses comfortable with a new kit.",
    ],
    has: 'misstated_recap', // misread: the concern she just raised called no problem
  },
  {
    lines: [
      "C: The price isn't the problem. The prior auth is. Three weeks every time.",
      "R: So price isn't the hurdle for you, it's the three weeks of prior auth.",
    ],
    not: 'misstated_recap',
  },
  {
    lines: [
      'R: So with Fibrevia, in RESOLVE-MASH, 27% had at least a one-stage fibrosis improvement at 52 weeks versus 13% on placebo.',
      "C: Histology at a year. Surrogate. Where's decompensation, transplant, death?",
    ],
    has: 'objection_evidence', // misread: "Surrogate." is a verdict on the evidence
  },
  {
    lines: [
      "C: We don't get the acute ones. ED sends those to heme. I really have to go.",
      "R: Got it. Well, I'll dig up the CrCl subgroup and swing by with it sometime.",
    ],
    has: 'next_step_vague', // misread: "dig up" is something the rep takes on
  },
];

/** A pharmacist who says the rep's claim back and shrugs at it. */
const ECHO_DOUBT: Row[] = [
  {
    lines: [
      "R: Zelqoran's the factor XIa one. In QUIET-AF major bleeding was about half the standard DOAC arm, and GI bleeding was down by more than that.",
      'C: Less bleeding. Sure. Everything bleeds less when it works less.',
    ],
    has: 'objection_other', // misread
  },
  {
    lines: [
      'R: It disperses in a third of a glass of water, and 78 percent rated taste and texture acceptable or better.',
      'C: Seventy-eight percent acceptable. Okay.',
    ],
    not: 'objection_other',
  },
  {
    lines: ['R: About a third. Dose drops below thirty.', "C: Yeah. I've got a 2:40 INR, actually."],
    has: 'time_cue', // misread: an appointment at a clock time
  },
  { lines: ['R: How was the conference?', 'C: We had a 12:30 lunch with the speakers.'], not: 'time_cue' },
];

describe('turns from twelve calls in natural speech', () => {
  const groups = {
    IDIOM,
    FRAGMENTS,
    STEPS,
    LISTS,
    PLAIN,
    CONFIRMS,
    PICKS,
    LEAVING,
    NO_THEN,
    ENOUGH,
    AFTER_YES_IF,
    HALLWAY,
    MIXED_UP,
    ECHOES,
    PRESSURE,
    RUSHED,
    COUNTER,
    WALKING,
    HOSPICE,
    WAVED_OFF,
    ECHO_DOUBT,
  };
  itRows(groups);
});
