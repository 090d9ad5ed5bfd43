// The labeled calls said an eighteenth way (see calls-reworded.test.ts): in clinicians' and payers'
// shorthand, and with each turn's sentences rebuilt (answer first, ellipsis, the point mid-turn), in other
// therapy areas. Rows marked "misread" failed before.
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

/** Weighing two offered options ("more") asks her to pick one; ranking an open list ("most … or something else") does not. */
const PICK_ONE: Row[] = [
  {
    lines: [
      'C: Half my week is PA appeals, and the other half is patients walking away at pickup.',
      'R: Fair worry. What stings more for you: the PA hours your staff burns, or the out-of-pocket number at pickup?',
    ],
    has: 'closed_question',
    not: 'open_question',
  }, // misread
  {
    lines: [
      "C: Between the shortages and the rejected claims, I'm drowning.",
      "R: That's a lousy position. What's hurting more at the moment — supply, or the rejections?",
    ],
    has: 'closed_question',
    not: 'open_question',
  }, // misread
  {
    lines: [
      'C: The copay and the paperwork both kill it.',
      'R: Where does it pinch more for you: the PA burden for your team or what patients pay at pickup?',
    ],
    has: 'closed_question',
  }, // misread
  {
    lines: [
      'C: Those are the patients I worry about.',
      'R: What would matter most to you for them: fewer readmissions, fewer labs, or something else?',
    ],
    has: 'open_question',
  },
  {
    lines: ['C: It depends on the patient.', 'R: What makes the bigger difference in how you decide?'],
    has: 'open_question',
  },
];

/** A word or two she asks and answers herself muses or echoes the rep; "Uncommon how? …" and "Any data?" still ask. */
const ASKED_AND_ANSWERED: Row[] = [
  {
    lines: ['R: How much time do you have for me today?', 'C: Realistically? Ten minutes.'],
    not: 'asks_question',
  }, // misread
  {
    lines: [
      'R: Is adherence a big issue with your COPD patients?',
      "C: Adherence? Sure, it's a struggle. Everything's a struggle.",
    ],
    not: 'asks_question',
  }, // misread
  {
    lines: ['R: Our data shows a clear benefit.', "C: Your data? I don't buy it."],
    not: 'asks_question',
  }, // misread
  {
    lines: [
      'R: Is another agent a burden for your team?',
      'C: Officially? Whole-episode costs. In reality, the drug budget takes the beating.',
    ],
    not: 'asks_question',
  }, // misread
  {
    lines: ['R: The rash was uncommon.', 'C: Uncommon how? With the other agent it was around twenty percent.'],
    has: 'asks_question',
  },
  {
    lines: ['R: I can leave the study with you.', 'C: Any data? I need something on renal patients.'],
    has: 'asks_question',
  },
  {
    lines: ['R: Could we do lunch next week?', 'C: Lunch? Sure. Do you have anything on the renal patients?'],
    has: 'asks_question',
  },
];

/** Measured against the class ("similar to the rest of the class", "class-typical") answers "What was the rate?",
 * however much it waves off after. */
const AGAINST_THE_CLASS: Row[] = [
  {
    lines: [
      'C: What was the dizziness rate?',
      "R: Dizziness was similar to the rest of the class, and most patients handled it just fine, so honestly it's not something I'd be concerned about.",
    ],
    has: 'answers_question',
    not: 'dodges_question',
  }, // misread
  {
    lines: ['C: And the rash rate?', "R: Rash was class-typical, so honestly I wouldn't worry about it."],
    has: 'answers_question',
  }, // misread
  {
    lines: ['C: And the rash rate?', "R: Honestly, rash really isn't an issue with this one."],
    has: 'dodges_question',
  },
];

/** "Sure it is." said alone doubts; "Sure, it's a struggle." grants the point. "Everything's a struggle." is
 * both weary and done with the topic. */
const SURE_IT_IS: Row[] = [
  {
    lines: ['R: Is adherence a struggle for your patients on two inhalers?', "C: Sure, it's a struggle."],
    not: 'objection_other',
  }, // misread
  {
    lines: ['R: Is cost an issue for them?', "C: Sure, it's expensive for most of them."],
    not: 'disinterest_cue',
  }, // misread
  {
    lines: ["R: It's the best option in the class.", 'C: Sure it is.'],
    has: 'objection_other',
  },
  {
    lines: [
      'R: Is adherence a struggle for your patients on two inhalers?',
      "C: Adherence? Sure. Everything's a struggle.",
    ],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: [
      'R: And adherence, is that an issue for folks juggling several pills?',
      "C: Yeah, sure, it's an issue. Everything's an issue.",
    ],
    // Read so before only through "sure, it's" taken for "Sure it is.".
    has: 'disinterest_cue',
  },
  {
    lines: [
      'R: Would you say adherence is a problem with your patients on multiple pills?',
      "C: Sure, adherence is a problem. Everything's a problem.",
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: ['R: She could use the savings card.', "C: She's on Medicare. I just said that."],
    not: 'disinterest_cue',
  },
];

/** "Somebody a year in and tolerating it, I leave alone.": the object put first, the stance the same. */
const LEAVE_ALONE: Row[] = [
  {
    lines: [
      "R: Help me understand who you'd be most reluctant to switch.",
      'C: The stable ones. Somebody a year in at low risk and tolerating it, I leave alone.',
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: ['R: Who would you be reluctant to switch?', 'C: The stable ones? Those I leave be.'],
    has: 'objection_status_quo',
  }, // misread
];

/** "Since your time's up, a quick recap: …" gives her time back as "your time is up" does. */
const TIMES_UP: Row[] = [
  {
    lines: [
      "C: I'm late for my next patient, and cost is the problem for my Medicare people.",
      "R: Fair enough. Since your time's up, a quick recap: AFib patients who can't do CPAP, AHI down without the mask, and Cedarview is the simple one.",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      "C: I've got to run.",
      "R: Fast summary, you're out of runway: post-fracture women, BMD up without another pill, and Summit is the easy plan.",
    ],
    has: 'time_adapt',
  }, // misread
];

/** A day or a month is capitalized but names no product: "that's a tough Monday" judges her day. */
const DAYS_NAME_NOTHING: Row[] = [
  {
    lines: [
      "C: Dr. Huang isn't seeing reps today. Two of our nurses are out with flu and the lobby's full of coughing kids.",
      "R: Two nurses down and a lobby full of sick kids, that's a tough Monday. I won't pile on.",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      "C: We're two down and the waiting room is packed.",
      "R: Two down on a rammed Wednesday, that's grim. I won't make it worse.",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: The nurses want to see the recovery data.',
      "R: Fair enough. So here's my suggestion: let me run a lunch session for your nurses next Wednesday at twelve-fifteen and go through the recovery data.",
    ],
    not: 'paraphrase',
  },
];

/** "One question and I'll go: what's the easiest way…, without making extra work for you?" asks a question and
 * leaves: no step taken on, no ask for her commitment. */
const ONE_QUESTION_AND_GO: Row[] = [
  {
    lines: [
      "C: Dr. Huang isn't seeing reps today.",
      "R: Just one question and I'll go: what's the easiest way for me to land ten minutes on her calendar in the coming two weeks without making extra work for you?",
    ],
    has: 'open_question',
    not: 'commitment_request',
  }, // misread
  {
    lines: ["C: She's booked solid.", "R: One question and I'll go: how does she usually fit reps in?"],
    not: 'ownership',
  }, // misread
  {
    lines: ['C: Send me what you have.', "R: I'll go through the renal data with you Thursday at noon."],
    has: 'ownership',
  },
  {
    lines: ['C: Thursdays are good.', 'R: Would Thursday at noon work for you?'],
    has: 'commitment_request',
  },
];

/** "I'll be fast." and then part one of a pitch in parts ("First up, the numbers.") breaks the promise. */
const BROKEN_PROMISE: Row[] = [
  {
    lines: [
      "C: I'm twenty-five minutes behind, so keep it short.",
      "R: Totally understand, I'll be fast. First up, the numbers. In HEALWAY-EE, 81 percent on Refluvia had healed erosive esophagitis at eight weeks, compared with 64 percent on a standard PPI. What are your thoughts on that?",
    ],
    not: 'time_adapt',
  }, // misread
  {
    lines: [
      "C: I'm behind, so keep it short.",
      "R: Totally understand, I'll be brief. So, number one, the data. In CLEARVIEW-EE, 91 percent on Gastrivo had healed at eight weeks, versus 81 percent on a standard PPI. What are your thoughts?",
    ],
    not: 'time_adapt',
  }, // misread
  {
    lines: ["C: I've got two minutes.", 'R: Two minutes, understood. One question: what would make you try it first?'],
    has: 'time_adapt',
  },
];

/** A yes to a choice answers it only with a word of one side; a word both sides share ("pen") picks neither. */
const PICKS_NEITHER: Row[] = [
  {
    lines: [
      'C: Wait, the loading dose. Is that a different pen from the maintenance one, or the same pen used twice?',
      'R: Right, and the copay card covers every pen, so no problem there.',
    ],
    has: 'dodges_question',
  }, // misread
  {
    lines: [
      'C: Is that a different pen from the maintenance one, or the same pen used twice?',
      'R: Right, the same pen, used twice on day one.',
    ],
    has: 'answers_question',
  },
  {
    lines: [
      'C: Is the 25 a different pen from the 50, or do you dial the same pen up?',
      'R: Yes, the 25 is its own pen; you start on it for four weeks.',
    ],
    has: 'answers_question',
  },
];

/** "Still, I won't skate past the muscle issue." turns to stay on her point, not to argue it away. */
const STAYS_ON_HER_POINT: Row[] = [
  {
    lines: [
      'C: My elderly patients get achy legs on a second lipid drug and stop everything.',
      "R: Legitimate concern — sore legs in an 80-year-old and suddenly every pill is gone, and that's exactly the follow-up burden you're trying to avoid.",
    ],
    has: 'acknowledge',
  },
  {
    lines: [
      'C: Adding lipid-lowering means more muscle complaints, and my elderly patients get achy legs and stop. How are other clinics doing on LDL?',
      "R: A fair worry — sore legs in an 80-year-old and suddenly every pill is gone. What clinics report is that patients stay at target more often when the second agent doesn't add a bottle. Still, I won't skate past the muscle issue. When do CK and ALT get checked?",
    ],
    not: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: My elderly patients get achy legs on it.',
      'R: Legitimate concern. Still, the numbers are very clear: it works.',
    ],
    has: 'rebuttal',
  },
];

/** "Two minutes. Anything new?" asks what the rep brings; "Keep going. I'm with you." follows the rep. */
const WITH_THE_REP: Row[] = [
  {
    lines: ['C: Chair four has a patient waiting. Two minutes. Anything new?'],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: My folks have settled on two inhalers.',
      'C: Anything new rattles some of them, honestly. We stick with what we use.',
    ],
    has: 'objection_status_quo',
  },
  {
    lines: [
      'R: The trial reports the share of patients reaching a 50-percent reduction.',
      "C: Keep going. I'm with you.",
    ],
    not: 'disinterest_cue',
  }, // misread
];

/** More words for the same acts: an agenda laid out as "What I had in mind: …", her clock as "I'm late, so we
 * need to finish soon", what she has as "something I have plenty of". */
const MORE_WORDS: Row[] = [
  {
    lines: [
      "R: Dr. Okonjo, thank you for making the time. What I had in mind: get a sense of how you're handling IPF, tell you a little about Pulmenza, and see whether it fits. Does that work?",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      'R: Tolerability is excellent.',
      "C: Hm. Far too many of my elderly patients have broken a hip on these. I'm late, so we need to finish soon.",
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: [
      'R: Thanks for the time.',
      'C: I can give you twelve minutes. To be frank, psoriasis biologics are something I have plenty of.',
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: ['R: Who struggles most?', 'C: I have plenty of patients who flare on two inhalers.'],
    not: 'objection_status_quo',
  },
];

/** "PA phone tag with the plans" read back to an HCP who spoke only of her doctors' schedule names a concern she never
 * raised (found in the REPL, where the HCP answered "Yes, that's it exactly."). */
const PA_UNRAISED: Row[] = [
  {
    lines: [
      "C: My job is to keep the physicians on schedule. They're booked through the day.",
      "R: So it's the PA phone tag with the plans that's burning your staff, not the patients themselves. Did I get that right?",
    ],
    has: 'misstated_recap',
    not: 'paraphrase',
  }, // misread
  {
    lines: [
      'C: Half my morning goes on PA calls with the insurers.',
      'R: So the PA phone tag with the plans is what eats your mornings. Did I get that right?',
    ],
    has: 'paraphrase',
  },
];

/** "Another point worth giving the committee is…" signposts the next topic as "the other thing" does. */
const ANOTHER_POINT: Row[] = [
  {
    lines: [
      'C: Those line figures catch my eye. Has the subgroup table been published?',
      'R: It has: table S4 in the online supplement. Another point worth giving the committee is where the savings really come from.',
    ],
    has: 'transition',
  }, // misread
];

/** A step said in the plain present with its time is taken on ("…7:45: I go through the dates"); a condition or a
 * habit is not ("If I send it Friday…", "When I call on Fridays…"). "Second Tuesday" counts days, no signpost. */
const PLAIN_PRESENT_PLAN: Row[] = [
  {
    lines: [
      'C: Someone other than my nurses has to check the expiry dates.',
      "R: It'll be me. Second Tuesday of each month, 7:45, before patients arrive: I go through the dates and initial the log.",
    ],
    has: 'ownership',
    not: 'transition',
  }, // misread
  {
    lines: ['C: Fine.', 'R: Thursday morning I walk Annika through the notice.'],
    has: 'ownership',
  }, // misread
  {
    lines: ['C: I might read it.', 'R: If I send it Friday, would you read it over the weekend?'],
    not: 'ownership',
  },
  {
    lines: ['C: So what next?', 'R: Second, the comparison with what you use now.'],
    has: 'transition',
  },
];

/** "You get a quarter of an hour" gives her time as "fifteen minutes" does; a quarter hour of hold music is a story. */
const PART_OF_AN_HOUR: Row[] = [
  {
    lines: ['R: Thanks for seeing me.', 'C: You get a quarter of an hour, give or take.'],
    has: 'time_cue',
  }, // misread
  {
    lines: ['R: Thanks for seeing me.', 'C: Quarter of an hour, tops.'],
    has: 'time_cue',
  }, // misread
  {
    lines: [
      'R: What made them switch?',
      'C: The cards bounce at the counter, and I get a quarter hour of on-hold jazz. Highlight of my day.',
    ],
    not: 'time_cue',
  },
];

/** "Two nurses out and a full lobby — that's a lot.": her day named to feel it with her acknowledges; no list played back. */
const FEELS_HER_DAY: Row[] = [
  {
    lines: [
      "C: Dr. Huang isn't seeing reps today. Two nurses are out and the lobby is full.",
      "R: Two nurses out and a full lobby — that's a lot. I won't pile on.",
    ],
    has: 'acknowledge',
    not: 'paraphrase',
  }, // misread
  {
    lines: [
      'C: It comes down to cost per course, the observation unit, and liver safety.',
      'R: Cost per course, the observation unit, and liver safety. Which matters most?',
    ],
    not: 'acknowledge',
  },
];

/** "Is now okay, or should I come back?" offers to go, leaving now or later to her: no step proposed or taken on
 * (found in the REPL); "Could I come back Thursday, or would Friday suit you better?" still proposes one. */
const OFFERS_TO_GO: Row[] = [
  {
    lines: [
      "C: I'm forty minutes behind. You've got a minute.",
      "R: I know you're slammed. Is now okay, or should I come back?",
    ],
    has: 'time_adapt',
    not: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: My patient died last week.',
      "R: I'm really sorry. Is now okay, or would you rather I come back another time?",
    ],
    not: 'ownership',
  }, // misread
  {
    lines: ['C: Not today.', 'R: Could I come back Thursday, or would Friday suit you better?'],
    has: 'next_step_specific',
  },
];

/** The PA of "the Westbrook PA clinic" is a physician assistant's clinic, no prior authorization pushed back on. */
const PA_CLINIC: Row[] = [
  {
    lines: [
      'R: Which clinics send you the most scripts?',
      "C: Elm Street Rheumatology and the Westbrook PA clinic. ... Wait, though, the starter pen. Is the 7.5 its own pen, or one pen you dial? Patients keep coming back confused, and I can't tell them.",
    ],
    not: 'objection_access',
  },
  {
    lines: ['R: What gets in the way?', "C: The PA. I can't get one approved, and the patients give up."],
    has: 'objection_access',
  },
];

itRows({
  'PA clinic': PA_CLINIC,
  'offers to go': OFFERS_TO_GO,
  'feels her day': FEELS_HER_DAY,
  'part of an hour': PART_OF_AN_HOUR,
  'plain present plan': PLAIN_PRESENT_PLAN,
  'another point': ANOTHER_POINT,
  'PA unraised': PA_UNRAISED,
  'more words': MORE_WORDS,
  'with the rep': WITH_THE_REP,
  'stays on her point': STAYS_ON_HER_POINT,
  'picks neither': PICKS_NEITHER,
  'broken promise': BROKEN_PROMISE,
  'one question and go': ONE_QUESTION_AND_GO,
  'days name nothing': DAYS_NAME_NOTHING,
  "time's up": TIMES_UP,
  'leave alone': LEAVE_ALONE,
  'sure it is': SURE_IT_IS,
  'against the class': AGAINST_THE_CLASS,
  'pick one': PICK_ONE,
  'asked and answered': ASKED_AND_ANSWERED,
});
