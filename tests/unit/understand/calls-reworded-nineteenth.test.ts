// The labeled calls said a nineteenth way (see calls-reworded.test.ts), and turns found in the REPL.
// Rows marked "misread" failed before.
import { describe } from 'vitest';
import { itKinds, itRows, type ActRow as Row, type KindRow } from '../../support/act-rows.js';

/** Asking what she has seen in her own patients asks what lies behind her worry; comparing with it asks nothing. */
const WHAT_SHE_HAS_SEEN: Row[] = [
  {
    lines: [
      "C: I'll save you time. I stopped prescribing JAK inhibitors after the safety data. Anything else?",
      "R: That's a fair place to land. The boxed warning is serious. Can I ask what you've seen in your own patients?",
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      'C: Honestly, the bleeding risk scares me with these.',
      "R: Understood. What have you noticed with the ones you've started so far?",
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      'C: Constipation is why my patients quit the last one.',
      "R: Constipation was lower than what you've seen with some of the others, and it's once a month.",
    ],
    not: 'explore',
  },
];

/** "actually" inside a relative clause stresses what she wants; after an acknowledgment it argues only as a turn. */
const ACTUALLY_STRESSES: Row[] = [
  {
    lines: [
      "C: My job is to keep the physicians on schedule. I can't just put you in front of the doctors.",
      'R: That makes sense, you need things that actually save the doctors time, not more of it.',
    ],
    has: 'acknowledge',
    not: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: I worry about the bleeding with these.',
      "R: I hear you, and I'd want a drug which actually lowers that risk too. How do you screen for it now?",
    ],
    not: 'rebuttal',
  }, // misread
  {
    lines: ['C: I worry about the bleeding with these.', "R: I hear you, but it's actually very safe."],
    has: 'rebuttal',
  },
  {
    lines: [
      'C: I worry about the bleeding with these.',
      'R: I understand, though it actually has the lowest bleed rate.',
    ],
    has: 'rebuttal',
  },
];

/** A lab value or a condition by its initials names no product: a check-in reads the sentence back as hers. */
const MEASURES_NAME_NOTHING: Row[] = [
  {
    lines: [
      'C: I have to keep our total pharmacy spend growth under target. At this price, covering everyone eligible would blow through our budget.',
      "R: So it's really the volume — if everyone with a BMI over 30 qualifies, the spend explodes. Have I got that right?",
    ],
    has: 'paraphrase',
  }, // misread
  {
    lines: [
      "C: My patients' sugars are all over the place and I can't get them seen more often.",
      'R: So the A1c keeps drifting because visits are too far apart. Am I reading that right?',
    ],
    has: 'paraphrase',
  }, // misread
  {
    lines: [
      'C: Half my panel is older, and most of them are on four or five drugs already.',
      'R: Glycora brings the A1c down 1.4 points in twelve weeks.',
    ],
    not: 'paraphrase',
  },
];

/** "Have I got that right?" checks a playback as "Is that right?" does, whatever name the playback carries. */
const CHECKS_PLAYBACK: Row[] = [
  {
    lines: [
      'C: My Medicare patients walk away at the counter when the copay hits.',
      'R: So for your Medicare folks, the counter copay is where you lose them. Do I have that right?',
    ],
    has: 'paraphrase',
  },
];

/** "That isn't what I said." turns down the yes the rep read into her; going back to her patients is her clock. */
const NOT_WHAT_I_SAID: Row[] = [
  {
    lines: [
      'C: No. If a young non-smoker refuses injections, I might think about it.',
      "R: Well, that's nearly everyone under fifty, so perfect! I'll stop in next week to see how those three are doing.",
      "C: That isn't what I said. I've got patients waiting.",
    ],
    has: 'declines',
  }, // misread
  {
    lines: [
      'C: No. If a young non-smoker refuses injections, I might think about it.',
      "R: Well, that's nearly everyone under fifty, so perfect! I'll stop in next week to see how those three are doing.",
      'C: No, that is not what I told you. I have to return to my patients.',
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: [
      'C: No. If a young non-smoker refuses injections, I might think about it.',
      "R: That covers nearly anyone under fifty, which is terrific! Next week I'll circle around and find out how the three starts are going.",
    ],
    has: 'next_step_vague',
  }, // misread
  {
    lines: [
      'C: Fine, go ahead.',
      "R: I'd like to listen first, before our product comes up. If it fits, we'll circle round to it toward the end. Okay?",
    ],
    not: 'next_step_vague',
  },
];

/** "Some of your patients could really do well on it." claims an outcome for nobody she named. */
const DO_WELL: Row[] = [
  {
    lines: [
      'C: It also eats my nurses alive, rebooking people.',
      'R: So a late dose worries you and costs your nurses hours. With Lumerisa, patients move to a pen they use at home every eight weeks. I think some of your patients could really do well on it.',
    ],
    has: 'generic_benefit',
  }, // misread
];

/** Her clock, said as where she has to be next. */
const HER_NEXT: Row[] = [
  {
    lines: ['R: Do you use them much?', "C: A few. Listen, I've got to get to whoever's next."],
    has: 'time_cue',
  }, // misread
  {
    lines: [
      'R: Could I follow up next month?',
      'C: Yeah, whatever. Leave me a card. I need to return to all those messages.',
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: ['R: Got a sec?', "C: A sec is about right. I've got a biopsy set up next door."],
    has: 'time_cue',
  }, // misread
  {
    lines: ['R: What would help most?', 'C: I need to get these patients to goal without another visit.'],
    not: 'time_cue',
  },
];

/** "So, first, the data." heads what comes next: one result and one claim after it are no dump. */
const HEADINGS: Row[] = [
  {
    lines: [
      "C: I'm already twenty minutes behind, so make it fast.",
      "R: I completely understand, and I'll be quick. So, first, the data. In the URATE-GO trial, seventy-two percent of patients on Uralex reached a serum urate under six at six months, versus forty-eight percent on the older agent. That's going to improve outcomes and quality of life for your gout patients. What do you think about that?",
    ],
    has: 'generic_benefit',
    not: 'feature_dump',
  }, // misread
  {
    lines: [
      "C: I'm already twenty minutes behind, so make it fast.",
      "R: Sure. So, first, the data. Glytora lowered A1c by 1.8 points at 26 weeks. Patients lost six pounds on average. It's a once-weekly pen with no titration. It's covered on most commercial plans. The copay card brings it to ten dollars a month. And the pen is ready to use, with no mixing and a hidden needle.",
    ],
    has: 'feature_dump',
  },
];

/** "So it's the daily shot, more than the insulin itself?": her point in her order, with a question mark. */
const SO_ASKED: Row[] = [
  {
    lines: [
      'C: Quite a few of my patients put off insulin for a year or more because of daily injections.',
      "R: That's tough. So it's the idea of a daily shot, more than the insulin itself?",
    ],
    has: 'paraphrase',
  }, // misread
  {
    lines: [
      "C: Oh, it's gotten worse. The infusion center's only open twice a week now.",
      "R: So, the way you're set up — is anybody keeping track when someone misses an infusion?",
    ],
    not: 'paraphrase',
  },
  {
    lines: ["C: The infusion center's only open twice a week now.", 'R: So what happens to the ones who miss?'],
    not: 'paraphrase',
  },
];

/** "It's not free of lows. No insulin is.": granting the limit of the whole class is no argument past her worry. */
const GRANTS_THE_LIMIT: Row[] = [
  {
    lines: [
      "R: I'd guess you're eyeing any new insulin with a lot more suspicion right now.",
      'C: Frankly? Yes. A new insulin is one more conversion and dosing scheme my people have to track. More complexity is the thing I least need this month.',
      "R: That makes total sense. For what it's worth, Insudel has a good deal of data in kidney patients. HARBOR-BASAL looked at patients with eGFR 15 to 45, and severe hypoglycemia was 2.8 versus 4.5 events per hundred patient-years against NPH. It's not free of lows. No insulin is.",
    ],
    has: 'acknowledge',
    not: 'rebuttal',
  }, // misread
  {
    lines: [
      "R: I'd guess you're eyeing any new anticoagulant with a lot more suspicion right now.",
      'C: Truthfully? Yes. One more anticoagulant is one more set of renal dose adjustments my team has to track. More complexity is the last thing I need.',
      "R: That makes complete sense. Clotivex has been studied in patients with reduced kidney function: major bleeding was 3.1 percent versus 4.6 on warfarin. It doesn't eliminate bleeding. Nothing in this class does.",
    ],
    not: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: One more anticoagulant is one more set of renal dose adjustments my team has to track.',
      'R: I understand. But Clotivex has the lowest bleeding rate in the class, so that really is not a concern.',
    ],
    has: 'rebuttal',
  },
];

/** "…, or should I leave and try again another day?" offers to go: no step is proposed. */
const OFFERS_ANOTHER_DAY: Row[] = [
  {
    lines: [
      'C: I lost a patient last week. The dose was never adjusted.',
      "R: I'm so sorry. The formulary can wait. Would it help to talk through it, or should I leave and try again another day?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'C: I lost a patient last week. The dose was never adjusted.',
      "R: I'm so sorry. Would it help to talk it through, or should I swing by another day?",
    ],
    has: 'time_adapt',
    not: 'next_step_vague',
  }, // misread
  {
    lines: [
      'C: Sure, bring the data.',
      "R: I'll come back next Thursday at 5:10 with the sodium results. Would that work, or is another day better for you?",
    ],
    not: 'time_adapt',
  },
  {
    lines: ['R: Is now a good time?', "C: Maybe. Not this round, though. That report isn't going to review itself."],
    has: 'time_cue',
  }, // misread
];

/** "What would it be worth to you to never again…?" asks her to agree with the rep's answer. */
const WORTH_TO_YOU: Row[] = [
  {
    lines: [
      'C: They hit six or seven stools a day, and I end up dropping a dose level.',
      'R: What would it be worth to you to never again reduce a TKI over diarrhea?',
    ],
    has: 'closed_question',
    not: 'open_question',
  }, // misread
  {
    lines: [
      'C: Potassium creeps up and I stop the ARB.',
      'R: How much of a headache is it when potassium makes you pull an ARB?',
    ],
    has: 'closed_question',
    not: 'open_question',
  },
  {
    lines: ['C: Potassium creeps up and I stop the ARB.', 'R: What happens to their proteinuria when you stop it?'],
    has: 'open_question',
  },
];

/** Her staff and her patients' jobs are no contentment with what she uses; a yes to the rep's plan is no objection. */
const NOT_CONTENT: Row[] = [
  {
    lines: [
      "R: I've got fifteen minutes on the calendar, and I'd like to listen first. Is that okay with you?",
      "C: Yeah, that's fine by me. Fifteen minutes is roughly what I have anyway.",
    ],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: Is affordability a big piece of it?',
      'C: Yes, definitely. Most are on Medicaid, and a handful have commercial coverage because they work for the school district.',
    ],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: [
      "R: Here's a patient calendar for your MA.",
      'C: That would be useful; my MA handles most of the patient education.',
    ],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: [
      "R: Here's a patient calendar for your MA.",
      'C: That would be useful. So what about coverage, how does it look on Medicaid?',
    ],
    has: 'asks_question',
    not: 'objection_access',
  }, // misread
  {
    lines: ["R: It's on most plans at tier two.", 'C: So what? My patients still pay forty dollars.'],
    has: 'objection_cost',
  },
  {
    lines: [
      'R: So the bleeding data worry you?',
      "C: No, I didn't say that. Veltrozin's fine by me. It's the night-time dose.",
    ],
    has: 'objection_status_quo',
  },
];

/** A guess at how she now sees it, or who is worst among the plans she named, asks what lies behind it. */
const GUESSES_AT_HER: Row[] = [
  {
    lines: [
      'C: What kills me is her eGFR slid over three admissions and nothing ever flagged it.',
      "R: That blind spot says a lot about how this slipped through. I'd guess you're eyeing any new insulin with a lot more suspicion right now.",
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      'R: Which is hurting more, the rejections or the supply?',
      "C: The rejections. Supply's been better for the last few weeks, but the claims keep bouncing back for a PA and patients walk away.",
      "R: Okay, that fits what we're hearing. On the rejection side, who's the worst offender among the plans?",
    ],
    has: 'explore',
  },
  {
    lines: [
      'C: It gets tricky with women thinking about a baby, and I never know what to tell them.',
      'R: Help me understand the pregnancy piece. What changes for those patients?',
    ],
    has: 'explore',
  }, // misread
];

/** "I'll get back to you on it." to her question promises the answer; it is no follow-up visit. */
const GETS_BACK_ON_IT: Row[] = [
  {
    lines: [
      'C: What was the infusion reaction rate?',
      "R: I'd need to confirm the exact figure. I think it came in below five percent. I'll get back to you on it.",
    ],
    has: 'ownership',
    not: 'next_step_vague',
  }, // misread
  {
    lines: ['C: Fine. Leave me something.', "R: Sure. I'll get back to you in a few weeks."],
    has: 'next_step_vague',
  },
];

/** "Surely a pill that outperforms the patch is what your patients want, isn't it?": a claim put as a question. */
const SURELY: Row[] = [
  {
    lines: [
      "C: Sorry, the age. Can I start it in somebody who's eighty, yes or no?",
      "R: That's all in the PI, I'll drop one off. But really, the bigger thing is how good the coverage is. Most plans have it now.",
    ],
    has: 'generic_benefit',
  }, // misread
  {
    lines: [
      'C: Over one year, in about eleven hundred women? Of course you saw nothing.',
      "R: Okay, but surely a pill that outperforms the patch on hot-flash frequency is what your patients are asking for, isn't it?",
    ],
    has: 'generic_benefit',
  }, // misread
  {
    lines: [
      'C: Potassium creeps up and I stop the ARB.',
      'R: How great would it be to never have to pull an ARB for potassium again?',
    ],
    not: 'generic_benefit',
  },
];

itRows({
  "what she's seen": WHAT_SHE_HAS_SEEN,
  'actually stresses': ACTUALLY_STRESSES,
  'measures name nothing': MEASURES_NAME_NOTHING,
  'checks playback': CHECKS_PLAYBACK,
  'not what I said': NOT_WHAT_I_SAID,
  'do well': DO_WELL,
  'her next': HER_NEXT,
  headings: HEADINGS,
  'so, asked': SO_ASKED,
  'grants the limit': GRANTS_THE_LIMIT,
  'offers another day': OFFERS_ANOTHER_DAY,
  'worth to you': WORTH_TO_YOU,
  'not content': NOT_CONTENT,
  'guesses at her': GUESSES_AT_HER,
  'gets back on it': GETS_BACK_ON_IT,
  surely: SURELY,
});

/** An ask that hands her a part ("and then you pick one patient") asks her to act, whatever its opening words. */
const HER_PART: KindRow[] = [
  {
    lines: [
      'C: My nurses would need to be trained before anything else.',
      'R: How about our educator runs the half hour with your nurses first, and then you pick one patient who fits?',
    ],
    kind: 'theirs',
  }, // misread
  {
    lines: [
      'C: My nurses would need to be trained before anything else.',
      'R: What if I bring the dosing chart Tuesday and you choose two patients to start?',
    ],
    kind: 'theirs',
  }, // misread
  {
    lines: [
      'C: My nurses would need to be trained before anything else.',
      'R: How about I drop off the training binder on Friday?',
    ],
    kind: 'mine',
  },
];

describe('her part', () => {
  itKinds('commitment_request', { 'her part': HER_PART });
});
