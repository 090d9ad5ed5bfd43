// The labeled calls said a thirteenth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { itKinds, itRows, type ActRow as Row, type KindRow } from '../../support/act-rows.js';

/** A point aimed at the group of patients she described ties to her, however it names that group. */
const HER_GROUP: Row[] = [
  {
    lines: [
      "C: Did the trial leave out people who inject drugs? That's nearly half my cellulitis admissions.",
      "R: No, about 18 percent injected. Response was 78 versus 76 percent. And that's the group where the bed-day case is strongest for you, since you can't discharge them with a PICC.",
    ],
    has: 'priority_link',
  }, // misread
  {
    lines: [
      'C: Morning. What have you got?',
      "R: Velora works in older adults. That's the group where it shines, and it's once a day.",
    ],
    not: 'priority_link',
  },
];

/** A plan whose only business is learning about the rep's host as a person is small talk, not an agenda. */
const ACQUAINTED: KindRow[] = [
  {
    lines: [
      "R: Hi, I'm Jordan. Honestly, my goal today is mostly to learn a bit about you. How long have you been here?",
    ],
    kind: 'pitch',
  }, // misread
  { lines: ["R: Morning, cheers for the time. Mostly I'm here to learn a bit about you today."], kind: 'pitch' }, // misread
  {
    lines: ["R: My goal today is to learn a bit about you and how you handle patients who can't inject."],
    kind: 'agenda',
  },
  { lines: ['R: Today is mostly about getting to know you.'], kind: 'pitch' },
];

/** An offer to come back another day is an offer to leave; a "no" to it, with "stay", keeps the call going. */
const ANOTHER_DAY: Row[] = [
  {
    lines: [
      'C: She bled. Her kidney function slid for weeks and nobody adjusted the dose.',
      "R: I'm so sorry. Let's set the formulary aside. Would you rather go through what happened, or should I return on a different day?",
      'C: No, no, please stay. What bothers me is that nothing flagged it.',
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      'C: She bled. Her kidney function slid for weeks and nobody adjusted the dose.',
      "R: I'm so sorry. Would it help to talk it through, or should I come back some other day?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: ['R: Could we meet Tuesday at two?', "C: No. I'm not adding another anticoagulant."],
    has: 'declines',
  },
];

/** "Can't get past" with nothing after it is what she cannot stop thinking about, not a barrier to access. */
const GET_PAST: Row[] = [
  {
    lines: [
      'R: What happened?',
      "C: What I can't get past is her clearance sliding over three admissions and nothing ever flagging it.",
    ],
    not: 'objection_access',
  }, // misread
  {
    lines: ['R: Would you add it to the formulary?', "C: Honestly, it'll never get past our P&T committee."],
    has: 'objection_access',
  },
  {
    lines: ['R: Would you add it to the formulary?', "C: I'd never get it past the committee."],
    has: 'objection_access',
  }, // misread
];

/** "How does X work for you?" asks for the step only when X is a time or the proposal itself. */
const HOW_IT_WORKS: Row[] = [
  {
    lines: [
      'C: We run a daily report.',
      'R: So it slid and nothing caught it. How does the renal dose check work for you today?',
    ],
    has: 'open_question',
  }, // misread
  {
    lines: ['C: We run a daily report.', 'R: How does the renal dose check work for you today?'],
    not: 'commitment_request',
  }, // misread
  {
    lines: ['C: Fine, bring the pens.', 'R: How does Tuesday at two work for you?'],
    has: 'commitment_request',
  },
];

/** "If there's anything you need, just let me know" leaves the next step to her: a vague one. */
const OPEN_DOOR: Row[] = [
  {
    lines: [
      'C: I need to get back to that report.',
      "R: Of course. If anything comes up, or you'd like time with the MSL, just give me a shout.",
    ],
    has: 'next_step_vague',
  }, // misread
  {
    lines: [
      'C: I need to get back to that report.',
      'R: Of course. If you need anything, or want to connect with the MSL at some point, just reach out.',
      'C: Sure, I will.',
    ],
    has: 'brush_off',
  }, // misread
  {
    lines: ['C: The line bounces all the time.', 'R: Time the next call. Let me know what you find.'],
    not: 'next_step_vague',
  },
];

/** What HCPs say in other words: a day with no visits, a waiting room with no chair, an idiom for the status quo. */
const HINTED: Row[] = [
  {
    lines: ['R: Hi Denise, thirty seconds, tops.', "C: Between us, Dr. Patel won't be seeing anybody today."],
    has: 'declines',
  }, // misread
  {
    lines: [
      'R: Hi Denise, thirty seconds, tops.',
      "C: Two MAs are out and there isn't an empty chair in the waiting room.",
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: [
      'R: Which patients would you keep on it?',
      "C: Anyone stable. If they're coping fine, I'm leaving well enough alone.",
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: ['R: Would you start your next five on it?', "C: No. I'll keep doing what I'm doing."],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: What do you use for prevention?',
      "C: Truth be told, I'm not exactly hurting for migraine preventives.",
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: ['R: Would Tuesday suit you?', "C: Most of mine end up with brain mets. Time's tight, so keep it brisk."],
    has: 'time_cue',
  }, // misread
  {
    lines: [
      'R: Morning, doctor.',
      'C: Your last rep misled my fellows. Give me one reason I should be talking to you.',
    ],
    has: 'objection_other',
  },
  {
    lines: [
      'R: What do you do for the ones who fail?',
      "C: Here's where I really wrestle, though: liver mets. Those patients burn through lines.",
    ],
    has: 'shares_need',
  },
  {
    lines: ['R: How is the clinic?', 'C: Busy, but the waiting room has an empty chair or two today.'],
    not: 'time_cue',
  },
];

/** "How could I get ten minutes with her?" asks the way to a step: an open question, not the ask. */
const THE_WAY: Row[] = [
  {
    lines: [
      "C: She's not seeing anyone today.",
      "R: Understood. One question and I'm gone: how could I land a ten-minute slot with her sometime in the coming two weeks, in a way that doesn't make more work for you?",
    ],
    not: 'commitment_request',
  }, // misread
  {
    lines: ["C: She's not seeing anyone today.", 'R: Could I come back Tuesday at two?'],
    has: 'commitment_request',
  },
];

/** Arguing past her worry in other words: the label "covering itself", "nobody's suggesting", a correction said out in full. */
const ARGUED_PAST: Row[] = [
  {
    lines: [
      "C: There's a boxed warning for clots.",
      "R: It's in the label, yes, but let's be real, that's just the agency covering itself. The trial showed no imbalance.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Most of my panel is over sixty and half smoke. I worry about clots in them.',
      "R: Naturally, and nobody's suggesting they'll have one. Plenty of your peers have moved it up to second line.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      "R: So that's basically anyone under fifty. I'll check in next week.",
      "C: That is not what I told you. I've got patients waiting.",
    ],
    has: 'declines',
  }, // misread
  {
    lines: [
      'C: Which patients did you have in mind?',
      "R: Great, I'll check in next week and see how those three starts are going.",
    ],
    has: 'next_step_vague',
  },
];

/** Small talk, impatience, a refusal and a step in the words of a more roundabout call. */
const ROUNDABOUT: Row[] = [
  {
    lines: ['C: Twelve years.', 'R: Nice. And what was it that pulled you toward family medicine, way back when?'],
    has: 'off_topic',
  }, // misread
  {
    lines: ['C: Not bad.', 'R: Last one, I swear: what would the perfect rep relationship look like?'],
    has: 'off_topic',
  }, // misread
  {
    lines: [
      'R: What pulled you toward family medicine?',
      "C: Oh, the mix of things, I suppose. So what's all this in aid of?",
    ],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: [
      'R: If you had a magic wand, what would you change here?',
      "C: That's not a conversation I'll be having with a drug rep.",
    ],
    has: 'objection_other',
  }, // misread
  {
    lines: [
      "C: I've got someone in room three.",
      'R: Absolutely, go! Would it be alright if I popped back sometime next week?',
    ],
    has: 'ownership',
  }, // misread
];

/** "What panel do you send out to?" asks for one name; "If it's covered …, that takes care of most of my problem" is a yes-if. */
const ONE_NAME_AND_YES_IF: Row[] = [
  {
    lines: ['C: How would I find these patients?', "R: It's on the usual NGS panels. What panel do you send out to?"],
    has: 'closed_question',
  }, // misread
  {
    lines: ['C: How would I find these patients?', "R: It's on the usual NGS panels. What panel do you send out to?"],
    not: 'open_question',
  }, // misread
  {
    lines: [
      'R: The program covers liquid biopsy. What panel do you use?',
      "C: If the liquid biopsy's covered and turns around inside a week, that takes care of most of my problem.",
    ],
    has: 'conditional',
  }, // misread
  {
    lines: [
      'R: The program covers liquid biopsy. What panel do you use?',
      "C: If the liquid biopsy's covered and turns around inside a week, that takes care of most of my problem.",
    ],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: The program covers liquid biopsy. What panel do you use?',
      'C: If liquid biopsy is covered and back inside a week, that fixes most of my problem.',
    ],
    not: 'objection_access',
  }, // misread
  {
    lines: ['R: What do you start with?', 'C: Metformin takes care of most of them.'],
    has: 'objection_status_quo',
  },
];

/** Words a trainer hears as the same: "mom or dad" are the parents, "kids" the children; "I don't have it in me" pushes back. */
const SAME_THING: Row[] = [
  {
    lines: [
      'C: Most of the kids I see for allergies are three to six, and mom or dad does the dosing.',
      "R: It's one small spray a day. With a parent doing it, that's the difference between a child who still lets them on day five and one who doesn't.",
    ],
    has: 'priority_link',
  }, // misread
  {
    lines: [
      'R: Could you see that helping?',
      "C: So, another combo pill. Translation: another PA. I just don't have it in me, truly.",
    ],
    has: 'objection_access',
  }, // misread
  {
    lines: [
      'R: Could you see that helping?',
      "C: So, another combo pill. Translation: another PA. I just don't have it in me, truly.",
      "R: But for a patient who fits, you'd be willing to give it a try, wouldn't you?",
    ],
    has: 'rebuttal',
  }, // misread
];

/** Settling the step in other words: "I'll pass it on" takes part; "Ha. You do that." waves it off. */
const SETTLED_OTHERWISE: Row[] = [
  {
    lines: [
      'R: Would around three on Wednesday be okay for Marisol?',
      "C: She's gone by three-thirty. Let's say two forty-five. I'll pass it on.",
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      'R: Would around three on Wednesday be okay for Marisol?',
      "C: She's gone by three-thirty. Let's say two forty-five. I'll pass it on.",
      'R: Two forty-five on Wednesday with Marisol; practice pens for yourself and Mrs. Dlamini.',
    ],
    has: 'recap',
  }, // misread
  {
    lines: ["R: I'll leave the long-term data in the folder, should you ever get curious.", 'C: Ha. You do that.'],
    has: 'brush_off',
  }, // misread
];

/** Thanks for her candor at the close acknowledges all she told; "I'll be in at eight" takes the step on. */
const CLOSING_WORDS: Row[] = [
  {
    lines: [
      'C: Forty kits expired in August. It makes me crazy.',
      "R: That's on us. I'll take them today with a receipt.",
      "C: All right. Thank you. I mean it. That's more than anyone's done in two years.",
      'R: Thanks for being straight with me. See you the 6th.',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: Forty kits expired in August. It makes me crazy.',
      "R: That's on us. I'll take them today with a receipt.",
      "C: Okay. Thank you. That's more than I've gotten in two years.",
      'R: I appreciate you telling me straight. See you on the 6th.',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: ['C: Sure.', 'R: Thanks for being straight with me. See you the 6th.'],
    not: 'acknowledge',
  },
  {
    lines: [
      'C: Somebody has to own the cupboard.',
      "R: Then put my name on that. On the first Friday of every month I'll be in at eight to go through the dates and initial the log.",
    ],
    has: 'ownership',
  }, // misread
];

/** A hedged "I might drop off…" still takes the step on; "Catch you then." agrees to it. */
const HEDGED_STEP: Row[] = [
  {
    lines: [
      'C: My MA loses two days a week to prior auths.',
      'R: Our hub handles the paperwork. I might drop off the sign-up forms and swing by again one of these weeks to hear how it goes.',
    ],
    has: 'ownership',
  }, // misread
  {
    lines: [
      'R: Within the next couple of weeks I return with the hub details and we walk your MA through it. Would that be helpful?',
      'C: That works. Come by next month with the sign-up form.',
      "R: Consider it done. I'll have the sign-up form with me for the start of next month.",
      'C: Thanks. Catch you then.',
    ],
    has: 'agrees',
  }, // misread
];

/** Asking what holds her back, or which of her patients are hardest, looks behind what she raised. */
const WHAT_HOLDS_BACK: Row[] = [
  {
    lines: [
      'C: Half of them stopped coming when the infusion center cut its days.',
      "R: What's stopping you, right now, from moving more of the infusion folks to a pen they'd use themselves?",
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      'C: Some of mine put off insulin for a year or more. It drives me crazy.',
      'R: That makes sense. Which of those are the toughest for you right now?',
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      'C: Some of mine put off insulin for a year or more. It drives me crazy.',
      'R: Say a bit more on the ones who wait.',
    ],
    has: 'explore',
  }, // misread
  {
    lines: ['C: Morning.', "R: What's keeping you busy these days?"],
    not: 'explore',
  },
];

/** "Show up with coffee and we'll chat" asks only the rep's visit: a yes. "That's plenty." ends the pitch: a no. */
const YES_AND_NO: Row[] = [
  {
    lines: ["R: I'll stop back in two weeks to hear how the card ran.", "C: Show up with coffee and we'll chat."],
    has: 'agrees',
  }, // misread
  {
    lines: ["R: I'll stop back in two weeks to hear how the card ran.", "C: Show up with coffee and we'll talk."],
    not: 'conditional',
  }, // misread
  {
    lines: [
      'R: Would Tuesday or Wednesday be better for a lunch?',
      "C: That's plenty. Drop your leaflet at reception.",
    ],
    has: 'declines',
  }, // misread
  {
    lines: ['R: Would you try it?', "C: Show me it doesn't bump the creatinine and we'll talk."],
    has: 'conditional',
  },
];

/** A question that offers her a day proposes the step: "Is Tuesday or Wednesday better for the lunch?" */
const OFFERS_A_DAY: Row[] = [
  {
    lines: [
      'C: I have rounds in two minutes.',
      "R: Sure, I'll make it fast! Is Tuesday or Wednesday better for the lunch?",
    ],
    has: 'next_step_specific',
  }, // misread
  {
    lines: ['C: I have rounds in two minutes.', 'R: Lunch, then: is Tuesday or Wednesday better?'],
    has: 'next_step_specific',
  }, // misread
  {
    lines: ['C: We see most of them midweek.', 'R: Are you in clinic on Tuesdays?'],
    not: 'next_step_specific',
  },
];

/** "It's fine. That isn't the problem." waves the question off; "…that's not the problem. The problem is…" names the real one. */
const NOT_THE_PROBLEM: Row[] = [
  {
    lines: ['R: How do you feel about once-daily dosing?', "C: It's fine. That isn't the problem."],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: [
      'R: How do you feel about once-daily dosing?',
      "C: No feelings either way. That's not where the problem is.",
    ],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: [
      'R: Do you see a lot of uncontrolled hypertension?',
      "C: Sure. Half my panel isn't at goal, but that's not the problem. The problem is I can't get anything approved.",
    ],
    not: 'disinterest_cue',
  },
];

/** "So the sensible move is to put your bounce-backs on it" asks for the step as "the sensible next step is" does. */
const SENSIBLE_MOVE: Row[] = [
  {
    lines: [
      "C: The composite endpoint doesn't convince me.",
      'R: I get that. But the numbers speak for themselves. So the sensible move is to put your frequent returners on it.',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      "C: The composite endpoint doesn't convince me.",
      'R: I get that. But the results speak for themselves. So what makes sense now is starting your frequent flyers on it.',
    ],
    has: 'commitment_request',
  }, // misread
];

/** "She'll appreciate that." says yes for the colleague; "Explain to me who…" asks as "Help me understand…" does. */
const FOR_HER_COLLEAGUE: Row[] = [
  {
    lines: [
      "R: I'll leave a one-page coverage sheet at the front for Tamsin.",
      "C: She'll appreciate that. Have you got anything on technique for parents?",
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      'R: Switch one patient already on an ARB at their next visit.',
      'C: Both components are generic for a few dollars. So explain to me who on my list would be better off with them in one tablet.',
    ],
    has: 'asks_question',
  }, // misread
];

/** Asks in a second-language speaker's word order: her part put to her as a statement, a step closed by "is it okay?". */
const SECOND_LANGUAGE_ASKS: Row[] = [
  {
    lines: [
      "C: Another PA. I just don't have it in me.",
      'R: But still, for a suitable patient, you are open to try it?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: Sounds great.', 'R: Perfect. Then you are ready to put a few of them on Ardelipa?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: Fine.', 'R: I will do it! And the charts, you will have them ready?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: I have to run.',
      'R: Sure, sure! Next week I can come again and we continue from this point, is it okay?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: Basal works for us.',
      "R: So you're happy with basal. What does 'working' mean, day to day, for your patients?",
    ],
    not: 'commitment_request',
  },
  {
    lines: ['C: Go on.', 'R: The data are strong, okay?'],
    not: 'next_step_specific',
  },
  {
    lines: ['R: Perfect. Then you are ready to put a few of them on Ardelipa?', 'C: Yes, for sure. Very good.'],
    has: 'brush_off',
  }, // misread
];

itRows({
  hinted: HINTED,
  'second-language asks': SECOND_LANGUAGE_ASKS,
  'for her colleague': FOR_HER_COLLEAGUE,
  'sensible move': SENSIBLE_MOVE,
  'not the problem': NOT_THE_PROBLEM,
  'offers a day': OFFERS_A_DAY,
  'yes and no': YES_AND_NO,
  'what holds her back': WHAT_HOLDS_BACK,
  'hedged step': HEDGED_STEP,
  'closing words': CLOSING_WORDS,
  'settled otherwise': SETTLED_OTHERWISE,
  'same thing': SAME_THING,
  'one name and yes-if': ONE_NAME_AND_YES_IF,
  roundabout: ROUNDABOUT,
  'argued past': ARGUED_PAST,
  'the way': THE_WAY,
  'her group': HER_GROUP,
  'another day': ANOTHER_DAY,
  'get past': GET_PAST,
  'how it works': HOW_IT_WORKS,
  'open door': OPEN_DOOR,
});
itKinds('purpose', { ACQUAINTED });
