// The labeled calls said a fifteenth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { expect, it } from 'vitest';
import { readConversation } from '../../../src/understand/index.js';
import { conversation } from '../../builders.js';
import { itKinds, itRows, type ActRow as Row, type KindRow } from '../../support/act-rows.js';

/** A plan to move her patients onto the product is the sale, however the move is worded or punctuated. */
const PLAN_IS_THE_SALE: KindRow[] = [
  {
    lines: [
      "R: Dr. Kowalczyk, appreciate the time. So what I'd like to do today is talk about moving a bigger share of your patients who haven't responded well enough to methotrexate over to Joravex.",
    ],
    kind: 'pitch',
  }, // misread
  {
    lines: [
      'R: Dr. Kowalczyk, thank you for receiving me. My aim today: to shift your methotrexate-failure patients to Joravex in bigger number.',
    ],
    kind: 'pitch',
  }, // misread
  {
    lines: [
      "R: Dr. Kowalczyk, thanks. What I'd like to do today is understand how you decide when to move patients off methotrexate.",
    ],
    kind: 'agenda',
  },
];

/** A coverage fact answers her coverage question even when the turn then moves to what "really matters". */
const ANSWERED_THEN_TURNED: Row[] = [
  {
    lines: [
      'C: How does Pulmovra do on Part D?',
      'R: The majority of Part D plans cover it, so you should be fine there. What really matters is the clinical picture: one device, one breath, once daily.',
    ],
    has: 'answers_question',
  }, // misread
  {
    lines: [
      'C: Where does Pulmovra land with Part D?',
      "R: Most Part D plans carry it, so that shouldn't be an issue. What really counts is how it performs clinically.",
    ],
    not: 'dodges_question',
  }, // misread
  {
    lines: [
      "C: What's the eGFR cutoff? Because half my diabetics are stage three.",
      'R: Yes, yes, and that is the exact reason it is so good, it is protecting kidney. Kidney data is the real story.',
    ],
    has: 'dodges_question',
  },
  {
    lines: [
      'C: How does Pulmovra do on Part D?',
      'R: What really matters is the clinical picture: one device, one breath.',
    ],
    has: 'dodges_question',
  },
];

/** "Patients adapt quickly" to "change confuses some of them" waves the concern away, as "they get used to it" does. */
const THEY_ADAPT: Row[] = [
  {
    lines: [
      "C: My patients are used to their two inhalers, and change confuses some of them. It'd have to be clearly easier.",
      "R: Oh, it's easier for sure, one inhaler rather than two. Patients adjust quickly. Anyway, I'll drop off the samples.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: My folks have settled into their two inhalers, and anything new rattles some of them. It would need to be obviously easier.',
      'R: Oh, no question it is easier. People pick it up in no time.',
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Switching confuses my older patients. It would have to be obviously simpler.',
      'R: That makes sense; a new device is one more thing to learn. What do they struggle with most today?',
    ],
    not: 'rebuttal',
  },
];

/** Patients settled on what they take, thrown by a switch: her status quo, however it is put. */
const SETTLED_ON_IT: Row[] = [
  {
    lines: [
      'C: My patients are settled on two inhalers; switching throws a few of them. Needs to be obviously simpler.',
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: ["C: They've grown used to their pair of inhalers. It would need to be demonstrably easier."],
    has: 'objection_status_quo',
  },
  {
    lines: ['C: Most of my COPD patients are on two inhalers, and technique is poor.'],
    not: 'objection_status_quo',
  },
];

/** After a time signal, a step asked for after a brief word on her answer wraps up, however long the step. */
const BRIEF_THEN_THE_STEP: Row[] = [
  {
    lines: [
      "C: Hm. My lot are elderly and they smoke. There's your answer. I've barely two minutes left.",
      "R: Understood. For most of your patients that's the answer, and I respect it. Purely for the small group of younger patients who failed anti-TNF and refuse needles: could I send the subgroup figures and the safety data to your inbox tonight?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      "C: Hm. My lot are elderly and they smoke. I've barely two minutes left.",
      "R: Understood. So honestly it's a brilliant choice for every patient you've got, whatever their age, and the safety data are outstanding. Could I send the subgroup figures and the safety data to your inbox tonight?",
    ],
    not: 'time_adapt',
  },
];

/** "Tonight your inbox gets the data": a thing arriving at a time the rep names is the rep's step. */
const IT_ARRIVES: Row[] = [
  {
    lines: [
      'C: Fine. I have a next patient waiting.',
      'R: Then tonight the office inbox gets the TNF-failure subgroup data plus safety figures split by smoking, age and heart risk. Anything beyond that only if you request it. All right?',
    ],
    has: 'next_step_specific',
  }, // misread
  {
    lines: [
      'C: Fine. I have a next patient waiting.',
      'R: then tonight your office inbox gets the results for the TNF-failure subgroup, and nothing else unless you want more. ok with you?',
    ],
    has: 'ownership',
  }, // misread
  {
    lines: ['C: How do you share results?', 'R: The office inbox gets a summary whenever a trial reads out.'],
    not: 'ownership',
  },
];

/** A stock probe after "We're fine with it" leaves her objection where it was; a probe pointing back explores it. */
const STOCK_PROBE: Row[] = [
  {
    lines: [
      'C: Metformin first, Dapravel on top when needed. Most do well. No complaints.',
      'R: Huh. What worries you most about your diabetes patients?',
    ],
    not: 'explore',
  }, // misread
  {
    lines: [
      "C: Metformin first, then Dapravel if they need more. That covers most of them. We're good with that.",
      'R: Huh. So what part of caring for people with diabetes do you lose sleep over?',
    ],
    not: 'rebuttal',
  }, // misread
  {
    lines: [
      "C: Metformin first, then Dapravel if they need more. That covers most of them. We're good with that.",
      "R: Makes sense. What worries you about the ones it doesn't cover?",
    ],
    has: 'explore',
  },
  {
    lines: ['C: Oh, fantastic. Another once-weekly injectable.', 'R: Ouch. Which one left a mark?'],
    has: 'explore',
  },
];

/** "Not a topic I discuss with reps." declines, as "not a conversation I'm having" does. */
const NOT_A_TOPIC: Row[] = [
  {
    lines: ['R: How do you feel about the way things are run here?', 'C: Not a topic I discuss with reps.'],
    has: 'declines',
  }, // misread
];

/** The labeled calls moved to other diseases and products (set J): readings that leaned on the first wording. */
const ELSEWHERE: Row[] = [
  {
    lines: [
      'R: How about nurses trained first, then the first patient after that?',
      "C: No, that order's right. Nurses first. Arrange it however works for you.",
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      'R: How about nurses trained first, then the first patient after that?',
      "C: No, that order's right. Nurses first.",
      "R: I'll call Colette today to schedule the class for the week starting Monday the 9th.",
      'C: Sounds good. Thanks, Nadia.',
    ],
    not: 'brush_off',
  }, // misread
  {
    lines: [
      'R: Lunaquil gave a complete renal response in 43 percent versus 23 percent.',
      'C: Forty-three versus twenty-three. Huh. Everybody, or just the class four patients?',
    ],
    has: 'asks_question',
  }, // misread
  {
    lines: [
      'R: Whose treatment would you least want to touch?',
      "C: The ones in remission. If somebody's a year in and her creatinine is flat, I'm leaving her alone.",
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: ['R: Would Thursday at ten work?', "C: No, that doesn't work for me."],
    not: 'agrees',
  },
  {
    lines: ['R: Could you try it in two patients this month?', 'C: Tina, can you grab register two?'],
    not: 'asks_question',
  },
];

/** Set J again: a clause pointing back, a payer's rule, a cause of dropping off, a worry word as a modifier. */
const ELSEWHERE_TOO: Row[] = [
  {
    lines: [
      "C: Hang on, is this a daily thing, or only for when they sense an attack starting? Because some of my people would hear 'anxiety pill' and only swallow it mid-panic.",
      "R: Great question, and that's the exact spot where patients go wrong. Every day, whether they feel anxious or not.",
    ],
    not: 'dodges_question',
  }, // misread
  {
    lines: [
      'C: Now coverage: what is the picture with Medicaid and the Bluestem plans?',
      'R: Our state Medicaid program picked it up in March, with prior authorization. They want two failed drugs off their preferred list, and it sounds like your cyclers mostly meet that already.',
    ],
    not: 'misstated_recap',
  }, // misread
  {
    lines: [
      'C: Tolerability, first of all. Nothing in the bedroom department, no sedation, no gaining weight. And it has to work quickly.',
      'R: So, pulling it together: people are dropping off medications because of sexual side effects, sedation, weight and how long they take to work. I will bring the checklist on the 14th.',
    ],
    not: 'misstated_recap',
  }, // misread
  {
    lines: [
      'C: Honestly, sedation is what worries me with these.',
      'R: It was mild in the trial.',
      "C: And some of my people would hear 'anxiety pill' and only swallow it mid-panic.",
      "R: It's a daily pill, not a panic pill.",
    ],
    not: 'rebuttal',
  }, // misread
  {
    lines: ['C: Honestly, the sedation is what worries me.', 'R: No need to panic now, it is well tolerated.'],
    has: 'rebuttal',
  },
  {
    lines: [
      "C: I'm not worried about safety, just cost.",
      'R: So because of these safety worries, Corzelta once daily can be a big help.',
    ],
    has: 'misstated_recap',
  },
];

/** Set J once more: a call with a new drug and plan, said in words the first calls did not use. */
const ELSEWHERE_AGAIN: Row[] = [
  {
    lines: [
      "R: I'd propose three chunks: first, how your committee currently judges skin-infection antibiotics; ten on the Strevalin evidence; five on a formulary request. Okay by you?",
      'C: Works for me.',
    ],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: A course costs 2,100 dollars, versus 300 for vancomycin.',
      "C: That's seven times as much. Tough sell. Vanc works for the vast majority of patients.",
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: ["R: Lots of health systems have concluded it's cost-effective.", 'C: Lots of health systems. Like who?'],
    has: 'objection_evidence',
  }, // misread
  {
    lines: [
      'C: Pharmacy handles formulary requests. You need a physician sponsor.',
      "R: Greg will have the dossier from me by March 30th. Any chance you'd sponsor it?",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: Alright.',
      'R: Now, price: a course costs two thousand one hundred dollars, versus three hundred for vancomycin.',
    ],
    has: 'transition',
  }, // misread
  {
    lines: ['C: We do fine.', 'R: Now, Bronvexa: one inhalation daily with three medicines in it.'],
    not: 'transition',
  },
  {
    lines: ['C: Fine, I will think about it.', 'R: Great. Next steps, then: we book a follow-up for Tuesday.'],
    not: 'transition',
  },
  {
    lines: [
      'R: Jess with Dermiva. Thirty seconds, tops.',
      "C: Jess, honestly, Dr. Nguyen isn't meeting with anyone today. Two of our nurses are out sick.",
    ],
    has: 'declines',
  }, // misread
];

/** Textbook phrases with nothing behind them (set J, C03), said in words the first calls did not use. */
const TEXTBOOK_ELSEWHERE: Row[] = [
  {
    lines: [
      'C: Half my patients live on a fixed income.',
      "R: Totally get it. Cost is a big deal. Here's the thing, though: once you factor in one ER visit, it basically covers itself.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'R: What are you hoping to achieve for your CKD patients?',
      "C: Stop them landing in the ER. Most of them are on Kalvera, and they're managing.",
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: [
      "C: It's fine. That's not the problem.",
      'R: With that in mind, are you up for starting Kaliquel in your next six CKD patients?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: Sure thing.', 'R: Mind if I swing by again next week and we keep going from here?'],
    has: 'ownership',
  }, // misread
];

/** A new topic headed or counted off in words of its own: "on pricing:", "part three", "something else you'll like". */
const HEADED: Row[] = [
  {
    lines: ['C: ok.', 'R: on pricing: acquisition runs $680 per gram, vs roughly $90 for iron sucrose.'],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: Sure. And the old one costs four dollars a month.',
      'R: Once you count what a flare costs, Uralex ends up cheaper. That leads to part three, the savings offer: patients may pay just ten dollars.',
    ],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: For some people. Not for my prediabetic patients.',
      "R: Of course, totally valid point. Now, something else you're going to like: it's dosed once a day.",
    ],
    has: 'transition',
  }, // misread
  {
    lines: ['C: Were they excluded?', 'R: On exclusion, no: they were allowed in, about 18 percent of the trial.'],
    not: 'transition',
  },
];

/** Naming the worry she must have, or asking which one burned her, looks behind what she said. */
const GUESSES_HER_WORRY: Row[] = [
  {
    lines: [
      "C: Every day a report runs on anticoagulated patients with a CrCl below fifty, and I go through it. But it only uses labs from the current admission. If someone's transferred from a nursing facility already trending down, the trend is invisible to us.",
      "R: That blind spot goes a long way toward explaining it. I'd imagine that makes you a lot more wary of adding another anticoagulant at this point.",
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      "C: Every day I review a report of anticoagulated patients whose CrCl is under fifty. But it's built on labs from the current admission only. So somebody who comes in from their nursing home already trending down — we can't see that trend.",
      'R: That gap goes a long way to explaining it. My guess is any new anticoagulant is getting a pretty skeptical look from you right now.',
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      'C: Oh, wonderful. One more weekly injectable. Exactly what this Tuesday needed.',
      'R: Rough history, huh? Which product was it?',
    ],
    has: 'explore',
  }, // misread
  {
    lines: [
      'C: We have two agents on formulary already.',
      "R: I'd imagine the committee will want the data first. Here is the summary.",
    ],
    not: 'explore',
  },
];

/** "Keep going, I'm listening." waves the rep on with her attention: neither a shrug nor a brush-off. */
const LISTENING: Row[] = [
  {
    lines: ["R: The trial can't tell you whether that matters for your patient.", "C: Keep going, I'm listening."],
    not: 'disinterest_cue',
  }, // misread
  {
    lines: [
      'R: I come back for fifteen minutes on your next gap between sessions. Would that work?',
      'C: Go on, I am listening.',
    ],
    not: 'brush_off',
  }, // misread
  {
    lines: ['R: It is once daily and well tolerated.', 'C: Keep going.'],
    has: 'disinterest_cue',
  },
];

/** Terse yeses: a count that "works", a plan "agreed", the order called "correct". */
const TERSE_YES: Row[] = [
  {
    lines: [
      'R: Dr. Rao, appreciate it. Ten minutes: I want to learn how you handle those patients today, show one data point if it fits. Okay?',
      'C: Ten works. And yes, it galls me.',
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      "R: To summarize: two or three of your readmitted patients, you'll try it there and report back. I'll be in touch. Deal?",
      'C: Right. Plan agreed.',
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      'R: How about nurses trained first, then the first patient after that?',
      "C: That's the correct sequence — nurses before patients.",
    ],
    has: 'agrees',
  }, // misread
];

/** The plain present for a promise ("I leave the samples and I pass by next month"), as speakers of other Englishes say it. */
const PLAIN_PRESENT: Row[] = [
  {
    lines: [
      'C: Could be. I must go now, really.',
      'R: Okay, okay. I leave the brochure and some samples at your reception, and I pass by some day next month.',
    ],
    has: 'ownership',
  }, // misread
  {
    lines: [
      'C: My next patient is waiting.',
      'R: Then tonight, to the office mailbox, I mail the results of the TNF-failure subgroup, and nothing further unless you request. Okay with you?',
    ],
    has: 'next_step_specific',
  }, // misread
  {
    lines: ['C: How do reps usually reach you?', 'R: If I send an email, does your office forward it?'],
    not: 'ownership',
  },
];

/** Casual asks to commit (set K): a hedge inside the ask, "That okay with you?", a thumbs up. */
const CASUAL_ASKS: Row[] = [
  {
    lines: [
      "C: Another combo pill means another PA. I don't have the bandwidth.",
      "R: But would you maybe try it on a patient who's a good fit?",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: My next patient is waiting.',
      "R: Then tonight I'll email your office the subgroup results, and nothing else unless you request it. That okay with you?",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      "C: Sorry, my next patient's here.",
      "R: Real quick: next Wednesday, same break, fifteen minutes, and I'll bring the week-two data. Just give me a thumbs up or down.",
    ],
    has: 'commitment_request',
  }, // misread
];

/** Her having to go, said back casually: "I know you've gotta go", "don't wanna eat into your schedule", "go catch up!". */
const SHE_HAS_TO_GO: Row[] = [
  {
    lines: [
      'C: Forty-five... some of them can swing that. Not everyone.',
      "R: Gotcha. I know you've gotta go, so real quick recap: stented patients who can't take statins, LDL comes down with no rechallenge.",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      "C: Some. Listen, I've got someone waiting in the next room.",
      "R: Of course, I totally don't wanna eat into your schedule. Can I send you the paper?",
    ],
    has: 'time_adapt',
  },
  {
    lines: ['C: Yep, works for me. Just give it to Monica.', 'R: You got it. Thanks, Dr. Reyes, go catch up!'],
    has: 'time_adapt',
  }, // misread
];

/** "Keep it this practical and I'm up for a next step.": a demand, then her yes hung on it. */
const DEMAND_THEN_UP_FOR: Row[] = [
  {
    lines: [
      'R: What matters most to you with these patients?',
      "C: Getting my hypertensives to target without a bunch of additional appointments. Keep it this practical and I'm up for a next step.",
    ],
    has: 'conditional',
  }, // misread
  {
    lines: ['R: Would a coffee work?', "C: Get it on formulary and you've got a conversation."],
    has: 'conditional',
  }, // misread
];

/** Safety pushback said casually: "I quit writing JAKs once those safety findings came out", "a bad combo". */
const SAFETY_CASUAL: Row[] = [
  {
    lines: [
      'R: Thanks for seeing me.',
      'C: Let me save us both some time. I quit writing JAK inhibitors once those safety findings came out. What else you got?',
    ],
    has: 'objection_safety',
  }, // misread
  {
    lines: [
      'R: It is a new option for insomnia.',
      'C: Older patients and sleeping pills are a bad combo. Falls, confusion, crashing the car.',
    ],
    has: 'objection_safety',
  }, // misread
];

/** "She'd have my head if it's yet another fax": the burden she pushes back on, in an idiom of anger. */
const HAVE_MY_HEAD: Row[] = [
  {
    lines: [
      'R: Wherever you point it. Who handles refills here?',
      "C: Marisol. She'd be keen on that. She'd also have my head if it's yet another fax that ends with her phoning some 1-800 line.",
    ],
    has: 'objection_access',
  }, // misread
  {
    lines: [
      'R: Who handles refills here?',
      "C: Marisol. She'd want it. She'd also murder me if it turns into one more fax that has her dialing some 1-800 number.",
    ],
    has: 'objection_access',
  }, // misread
];

/** What her patients cannot do with the product, in other words: "couldn't get a prefilled syringe to work". */
const CANNOT_WORK_IT: Row[] = [
  {
    lines: [
      'R: What stops you from moving more of your infusion patients to a self-injected option now?',
      "C: Hands. Half of them couldn't get a prefilled syringe to work if their lives depended on it.",
    ],
    has: 'objection_other',
  }, // misread
  {
    lines: [
      'R: What stops you from moving more of your infusion patients to a self-injected option now?',
      'C: Their hands. A prefilled syringe is beyond half of them.',
    ],
    has: 'objection_other',
  }, // misread
];

/** "What does that mean on migraine days?" asks what follows from it; "What does that mean?" alone is lost. */
const MEANS_FOR: Row[] = [
  {
    lines: [
      "R: How do you choose which headache patients get a preventive, and what's your first choice?",
      'C: On preventive: a third of the chronic ones overuse triptans or pain relievers. What does that mean on migraine days?',
    ],
    not: 'confusion_cue',
  }, // misread
  {
    lines: ['R: It is a CGRP antagonist with high receptor occupancy.', 'C: What does that mean?'],
    has: 'confusion_cue',
  },
];

itRows({
  'means for': MEANS_FOR,
  'cannot work it': CANNOT_WORK_IT,
  'have my head': HAVE_MY_HEAD,
  'safety, casually': SAFETY_CASUAL,
  'demand, then up for': DEMAND_THEN_UP_FOR,
  'she has to go': SHE_HAS_TO_GO,
  'casual asks': CASUAL_ASKS,
  'plain present': PLAIN_PRESENT,
  'terse yes': TERSE_YES,
  listening: LISTENING,
  'guesses her worry': GUESSES_HER_WORRY,
  headed: HEADED,
  'textbook elsewhere': TEXTBOOK_ELSEWHERE,
  'elsewhere again': ELSEWHERE_AGAIN,
  'elsewhere too': ELSEWHERE_TOO,
  elsewhere: ELSEWHERE,
  'stock probe': STOCK_PROBE,
  'not a topic': NOT_A_TOPIC,
  'brief, then the step': BRIEF_THEN_THE_STEP,
  'it arrives': IT_ARRIVES,
  'settled on it': SETTLED_ON_IT,
  'answered, then turned': ANSWERED_THEN_TURNED,
  'they adapt': THEY_ADAPT,
});
itKinds('purpose', { 'plan is the sale': PLAN_IS_THE_SALE });

// The fuzz test found it: a sentence of punctuation alone ("Rep:\r\n{") has no word for a topic heading to lead with.
it('reads a rep turn that is only punctuation without failing', () => {
  expect(() => readConversation(conversation('R: Rep:\r\n{'))).not.toThrow();
});
