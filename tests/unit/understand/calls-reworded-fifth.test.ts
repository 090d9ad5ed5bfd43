// The labeled calls said a fifth way (see calls-reworded.test.ts): words our lists hold said with an
// "'s" on the last one, and time said in more voices. Rows marked "misread" failed before.
import { describe, expect, it } from 'vitest';
import { itRows, kindOf, type ActRow as Row } from '../../support/act-rows.js';

/** A phrase's last word with "'s" on it ("my next patient's waiting"); "it's", "that's" are words of their own. */
const CLITIC: Row[] = [
  {
    lines: [
      'R: Do you have many patients with depression on your list?',
      "C: A few. Listen, my next patient's waiting.",
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: ['R: And the renal data, briefly?', "C: Sorry, my pager's going. Another time."],
    has: 'time_cue',
  }, // misread
];

/** Having to leave, with adverbs between ("I really must go"); a verb that goes on ("go through") or a denial is no leaving. */
const MUST_GO: Row[] = [
  {
    lines: ['R: Would you consider giving it a try?', 'C: Possibly. I really must go.'],
    has: 'time_cue',
  }, // misread
  {
    lines: ['R: And how do you handle the titration?', 'C: Ask my nurse. We honestly need to dash, sorry.'],
    has: 'time_cue',
  }, // misread
  {
    lines: ['R: Is there anything else you need from me?', "C: No, that's it. I'd better head off now."],
    has: 'time_cue',
  }, // misread
  {
    lines: ['R: Can I show you the renal data?', 'C: I must go through the renal data with my partners first.'],
    not: 'time_cue',
  },
  {
    lines: ['R: Is this a bad time?', "C: No, I don't have to leave until four. Go on."],
    not: 'time_cue',
  },
];

/** A promise of a short call in one word ("so fast:", "keep this snappy"); how fast the drug works is no promise. */
const BREVITY: Row[] = [
  {
    lines: [
      "C: I'm tight on time. How does it handle stroke?",
      "R: I can hear your tech calling, so fast: it's one pill at home, and the stroke results are in the label.",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: ["C: I've got a patient waiting.", "R: Real quick, then: which of your patients can't take allopurinol?"],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'C: I have a patient waiting in room two.',
      "R: Understood, I'll keep this snappy. Who handles your prior auths?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: ["C: I've got a patient waiting.", 'R: Where do the daily shots fall short?'],
    not: 'time_adapt',
  },
  {
    lines: ['C: I have a patient waiting in room two.', 'R: It works fast, within a day. Would you try it?'],
    not: 'time_adapt',
  },
];

/** Leave for a step of the rep's own with a time ("Could I spend fifteen minutes with Nkechi on Thursday?"). */
const TIMED_LEAVE: Row[] = [
  {
    lines: ['C: My nurse Nkechi runs the teaching.', 'R: Could I spend fifteen minutes with Nkechi on Thursday?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: Talk to my practice manager about that.', 'R: Can I catch your practice manager on Friday morning?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: We do refills by phone.', 'R: Could I see how you handle refills?'],
    not: 'commitment_request',
  },
];

/** A day or time she names for the step: "The ninth.", "Make it quarter to."; a share ("a fifth of them") is none. */
const HER_DAY: Row[] = [
  {
    lines: ['R: Could we do the in-service on the ninth or the sixteenth?', 'C: The ninth.'],
    has: 'agrees',
  }, // misread
  {
    lines: [
      "R: I'll come by Wednesday at three with the trainer pens, and I'll go over the notice with Carys. Does that work?",
      "C: She's off at half three. Make it quarter to.",
    ],
    has: 'agrees',
  }, // misread
  {
    lines: ['R: Would you try it in a few patients next week?', 'C: A fifth of them are on insulin already.'],
    not: 'agrees',
  },
];

/** Yes in other words: "Carry on." to the plan, "We're agreed, then."; carrying on after her own interruption is none. */
const GO_ON: Row[] = [
  {
    lines: [
      "R: Morning, Dr. Hale. I'm here to learn how you manage gout flares, and then share one idea if it fits. Is that okay?",
      'C: Certainly. Carry on.',
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      "R: It's on the formulary already, so GPs can prescribe it straight off. Got a second for the rest?",
      'C: Mm. Sorry, Kerry, can you jump on the till? … Sorry. Carry on.',
    ],
    not: 'agrees',
  },
  {
    lines: [
      "R: So you'll try it in two patients, and I'll call on the 14th to hear how it went. Can I count on you for that?",
      "C: Right. We're agreed, then.",
    ],
    has: 'agrees',
  }, // misread
];

/** Asks in other words: "All good?" after the plan, "might you be able to…?". */
const CHECKED: Row[] = [
  {
    lines: [
      'C: Fine, send me the weight data.',
      "R: So, next steps: we'll pencil in a follow-up and I'll send the information through. All good?",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: The committee is the bottleneck.',
      'R: Understood. And might you be able to get me a ten-minute slot next week?',
    ],
    has: 'commitment_request',
  }, // misread
];

/** A step put to her without "you": "Could the figures come to you tonight?", "…two things tonight. Would that be acceptable?" */
const PUT_TO_HER: Row[] = [
  {
    lines: [
      'C: I treat the ones who fail two oral agents.',
      'R: Then tonight your clinic inbox gets two things: the subgroup results and the safety figures. Nothing more unless you ask. Would that be acceptable?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      "C: Two minutes, no more, and I'm gone.",
      'R: Of course. Just for the younger ones: could the subgroup and safety figures come to you by email tonight?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: We looked at it last year.', 'R: Did you see the results we presented on Tuesday?'],
    not: 'commitment_request',
  },
];

/** "Leave me something, I'll have a think." closes the ask; a question after it keeps the topic open. */
const HAVE_A_THINK: Row[] = [
  {
    lines: [
      'C: Most of mine are on two drugs already.',
      'R: Can I get you to put your next few add-on patients on it?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'R: Can I count on you to try it in your next few add-on patients?',
      "C: Yes, yes. Leave me something, I'll have a think.",
    ],
    has: 'brush_off',
  }, // misread
  {
    lines: [
      'R: Can I get you to put your next few add-on patients on it?',
      'C: Yeah, fine. Leave some stuff with the front. I have a patient waiting.',
    ],
    has: 'brush_off',
  }, // misread
  {
    lines: [
      'R: I can leave the registration forms and drop back in a couple of weeks. Would that help?',
      "C: Let me have a think. Paperwork for every biologic. What's the experience in other units?",
    ],
    not: 'brush_off',
  },
  {
    lines: [
      'R: I can leave the registration forms and drop back in a couple of weeks. Would that help?',
      "C: Let me have a think. Paperwork for every biologic. What's the experience in other units?",
    ],
    not: 'agrees',
  }, // misread
];

/** Feeling in idiom: a raw nerve, telling the rep twice, dry sarcasm, a case that still weighs on her. */
const FEELING: Row[] = [
  {
    lines: [
      'R: How are the readmission numbers looking?',
      "C: Honestly, that's a raw nerve here. The board reviews them monthly.",
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: ['R: Are most of your patients on Medicare?', 'C: All of them. I literally just told you that.'],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: I have a new inhaler to show you.',
      'C: Oh, splendid. Another inhaler. Exactly what Tuesday was missing.',
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: What made you stop using add-ons?',
      'C: A young man gained ten kilos on one and quit everything. That case still weighs on me.',
    ],
    has: 'emotion_cue',
  }, // misread
];

/** Words put in her mouth: "what you're really after is…", "you don't trust…, you're thinking about switching". */
const PUT_IN_HER_MOUTH: Row[] = [
  {
    lines: [
      'C: My older patients get dizzy on these and then they stop everything. Two fell last spring.',
      "R: Totally. So if I'm following you, what you're really after is better outcomes for your patients.",
    ],
    has: 'misstated_recap',
  }, // misread
  {
    lines: [
      "C: This isn't about safety. I just don't want a teenager on a dose she'll forget.",
      "R: Got it. So you're not happy with the current one, you don't trust its liver data, and you're thinking about switching. Right?",
    ],
    has: 'misstated_recap',
  }, // misread
];

/** A move to a new topic in any words: a verb of moving and "to" where a clause opens; "turn to it later" points back. */
const MOVES_ON: Row[] = [
  {
    lines: [
      'C: Mostly the older ones.',
      'R: That helps. Switching over to the night-shift workers: how many of your panel is that?',
    ],
    has: 'transition',
  }, // misread
  {
    lines: ['C: We use the generic.', 'R: Right. Let me move on to the renal data. It held up in stage three.'],
    has: 'transition',
  }, // misread
  {
    lines: ['C: What does it cost?', 'R: Turning to cost: the list price is about the same as the brand.'],
    has: 'transition',
  }, // misread
  {
    lines: ['C: Fine, ten minutes.', 'R: Great. And if something does fit, we can turn to it in the last few minutes.'],
    not: 'transition',
  },
  {
    lines: ['C: They hate the injections.', 'R: How many of them are moving to the pen this year?'],
    not: 'transition',
  },
];

/** Coming back in other words ("pop back", "drop by", "look in again") is a vague step unless a counted time and something named go with it. */
const POP_BACK: Row[] = [
  {
    lines: [
      "C: I've got three I might try it on.",
      "R: Brilliant! I'll pop back next week and see how your three are doing.",
    ],
    has: 'next_step_vague',
  },
  {
    lines: ['C: Whatever. Leave a card.', 'R: Okay. Cool if I swing back by in a few weeks?'],
    has: 'next_step_vague',
  }, // misread
  {
    lines: ["C: I'll order when a script comes in.", "R: Fair. I'll look in again in a month to hear how it went."],
    not: 'next_step_specific',
  }, // misread
  {
    lines: [
      "C: I'll order a single pen if a script comes in.",
      "R: That's the right way to do it. I'll leave the card sheet with the help-line number, and I'll drop back in two weeks to hear whether a script came through.",
    ],
    has: 'next_step_specific',
  },
  {
    lines: ["C: I'm not convinced.", 'R: I respect that. Can I leave some samples and check back in two weeks?'],
    not: 'next_step_specific',
  },
];

/** "Just leave it with Trish." takes the rep's plan when the plan named Trish; "Just set it up with Bev" passes it off. */
const SOFTENED_ROUTE: Row[] = [
  {
    lines: [
      "R: Pick two or three patients this month. I'll drop the one-pager with Trish tomorrow morning and pop back on the 22nd. That work?",
      'C: Yeah, that works. Two names already came to mind. Just leave it with Trish.',
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      'R: I come back Thursday the 14th at 12:30 with lunch, and before then you pull three charts. Does that work?',
      'C: Yep, totally. Just set it up with Bev up front, she does the calendar.',
    ],
    has: 'brush_off',
  },
];

/** Putting it off in other words: a hedge then her clock, "Whatever works.", "If you must."; asking what the visit is for. */
const PUT_OFF: Row[] = [
  {
    lines: ['R: So it would suit your patients. Would you consider giving it a try?', 'C: Possibly. I really must go.'],
    has: 'brush_off',
  }, // misread
  {
    lines: [
      'R: Would you try it in two of your patients next week?',
      'C: Maybe, if the copay works out. I have to run.',
    ],
    not: 'brush_off',
  },
  {
    lines: ['R: Can I swing back by in a few weeks, say the 20th?', 'C: Whatever works.'],
    has: 'brush_off',
  }, // misread
  {
    lines: ["R: I'll bring the trainer pens on Wednesday at three. Does that suit?", 'C: Ha. If you must.'],
    has: 'brush_off',
  }, // misread
  {
    lines: ['R: What slows your clinic down most?', 'C: The pace, I suppose. What is this regarding?'],
    has: 'disinterest_cue',
  }, // misread
];

/** Yes-words that say no yes: praise of the question, a thing that works, an amount, a think. */
const NO_YES: Row[] = [
  {
    lines: [
      'R: Could we set up ten minutes next week to go through the stroke data?',
      'C: Good that you asked. Most of mine are one event away from a stroke. How do I get started?',
    ],
    not: 'agrees',
  }, // misread
  {
    lines: [
      "R: Would you try it in two patients who can't take allopurinol?",
      'C: Honestly? Not much that works for them.',
    ],
    not: 'agrees',
  }, // misread
  {
    lines: ['R: Do you see many older patients with it?', 'C: A great deal. A quarter of my referrals.'],
    not: 'agrees',
  },
  {
    lines: [
      'R: In the trial, weight stayed flat at six months.',
      "C: That's better than I've had. Let me have a think. Two years back a patient gained eight kilos on an add-on.",
    ],
    not: 'agrees',
  }, // misread
  {
    // A turn opening "That you…" with no yes-word before it once crashed the praise check.
    lines: ['R: Would you try it in two patients next week?', 'C: That you would even ask surprises me.'],
    not: 'agrees',
  },
];

/** A harm laid at the drug's door in other words: "the drug was part of it", "fingers burnt", "far too many broken hips after…". */
const HARM_BLAMED: Row[] = [
  {
    lines: [
      'R: How are your older patients doing on the add-ons?',
      "C: Two of mine got foggy and fell this spring, and I'd bet money the drug was part of it.",
    ],
    has: 'objection_safety',
  }, // misread
  {
    lines: [
      'R: Thanks for making time, Dr. Osei.',
      "C: You've got a few minutes. Just so you know, I've had my fingers burnt with add-ons. Two patients put on ten kilos.",
    ],
    has: 'objection_safety',
  }, // misread
];

/** Asks for commitment in other words: "Can I rely on you…", "Could you see yourself…", "Could I do a lunch… next week?". */
const RELY_ON: Row[] = [
  {
    lines: ['C: Cost matters to us.', 'R: Understood. Can I rely on you to try it with your next new patient?'],
    has: 'commitment_request',
  },
  {
    lines: ['C: Someone has to take it to the committee.', 'R: Could you see yourself being the sponsor?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: My staff run the teaching.', 'R: Could I do a lunch for your staff on Thursday?'],
    has: 'commitment_request',
  }, // misread
];

/** The call laid out one item at a time: "One question, then something to leave with you." */
const ONE_THEN: Row[] = [
  {
    lines: [
      "C: You've got four minutes. What's it about?",
      "R: The slides stay in the bag, then. One question, then something to leave with you, and I'll go. All right?",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: ['C: We see plenty of gout.', 'R: One question: how many of them are on allopurinol?'],
    not: 'purpose',
  },
];

/** Time words about her patients or her routine, not this call: "sliding quickly", "leaving well alone", "weeks of nurses paging me". */
const NOT_HER_CLOCK: Row[] = [
  {
    lines: ['R: How do you escalate?', "C: A third agent, or a transplant referral if they're sliding quickly."],
    not: 'time_cue',
  }, // misread
  {
    lines: [
      'R: Which patients would you not disturb?',
      "C: The stable ones. If someone is coping, I'm leaving well alone.",
    ],
    not: 'time_cue',
  }, // misread
  {
    lines: [
      'R: Which part lands hardest on the team?',
      'C: The phone calls. With each new agent I get four weeks of nurses paging me over every rash.',
    ],
    not: 'time_cue',
  }, // misread
  {
    lines: ['R: Do you have a minute?', 'C: Quickly. My next patient is here.'],
    has: 'time_cue',
  },
];

/** Pushing back in other words: a topic refused, another's choice waved off, a bar set ("without a good reason"). */
const PUSHED_BACK: Row[] = [
  {
    lines: ['R: The hospital across town switched last spring.', 'C: What they do over there is up to them.'],
    has: 'objection_other',
  }, // misread
  {
    lines: [
      'R: How are your prescribing numbers this quarter?',
      "C: That's not something I'll be discussing with a rep.",
    ],
    has: 'objection_other',
  },
  {
    lines: [
      'R: Would you take it to the committee?',
      "C: Our committee settled on the generic last year. I don't intend to reopen that without a good reason.",
    ],
    has: 'objection_other',
  }, // misread
];

describe('the labeled calls in a fifth wording', () => {
  const groups = {
    CLITIC,
    MUST_GO,
    BREVITY,
    TIMED_LEAVE,
    HER_DAY,
    GO_ON,
    CHECKED,
    HAVE_A_THINK,
    PUT_TO_HER,
    FEELING,
    PUT_IN_HER_MOUTH,
    MOVES_ON,
    POP_BACK,
    SOFTENED_ROUTE,
    PUT_OFF,
    NO_YES,
    HARM_BLAMED,
    RELY_ON,
    ONE_THEN,
    NOT_HER_CLOCK,
    PUSHED_BACK,
  };
  itRows(groups);
});

describe('her team named by role takes part in the step', () => {
  it('reads "take my IBD nurse through it" as agreeing and taking part', () => {
    expect(
      kindOf(
        'agrees',
        "R: Here's an idea: I come back within a fortnight with the details, and we sit down with your IBD nurse. Would that help?",
        'C: Fine. Bring the registration form next month and take my IBD nurse through it.',
      ),
    ).toBe('committed'); // misread
  });
});
