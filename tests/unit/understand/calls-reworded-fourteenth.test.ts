// The labeled calls said a fourteenth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

/** After a time signal, a turn that is only the step and the ask to agree to it wraps up, however long. */
const LONG_WRAP_UP: Row[] = [
  {
    lines: [
      "C: The subgroup is closer to the patients I'd consider. Fine. I have a next patient waiting.",
      "R: Then tonight I'll send the subgroup results for TNF failures and the safety data, split out by smoking status, age and CV risk, to your email at the office, and nothing else unless you request it. Is that okay with you?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'C: Fine. I have a next patient waiting.',
      "R: Then tonight I'll send the subgroup results to your office email. Artilib also gives fast relief, once-daily dosing, no injections, an oral tablet, strong remission rates and a clean safety profile across every age group we studied. Is that okay with you?",
    ],
    not: 'time_adapt',
  },
];

/** "That's half my admissions" after naming a group makes the group her priority, whatever form the word takes. */
const SHARE_OF_HER_GROUP: Row[] = [
  {
    lines: [
      'C: A ten-percent margin is generous. And were patients with injection drug use excluded? They make up nearly half of the cellulitis patients I admit.',
      'R: No, they were included, and response was 78 versus 76 percent.',
      'C: Interesting. Is the subgroup table out anywhere?',
      "R: It's table S7 in the appendix. St. Bride's wrote a protocol aimed squarely at patients who inject drugs, with a call on day two, and two-thirds of them went home straight from emergency.",
    ],
    has: 'priority_link',
  }, // misread
  {
    lines: [
      'C: Did the trial exclude people who inject drugs?',
      "R: No. St. Bride's built a protocol around patients who inject drugs and sent two-thirds of them home from the ED.",
    ],
    not: 'priority_link',
  },
];

/** "Okay." to the answer to her own question takes it in, as "Alright." does; to a pitch it shrugs. */
const OKAY_TO_AN_ANSWER: Row[] = [
  {
    lines: [
      "C: What's coverage like?",
      "R: On Part D, most plans here cover it at tier three, once they've tried an OTC topical first. For commercial there's a copay card down to twenty dollars.",
      'C: Okay.',
    ],
    not: 'disinterest_cue',
  }, // misread
  {
    lines: [
      "R: Hi! I wanted to tell you about Aeroquin Duo, which just launched for COPD maintenance. It's a dual bronchodilator, once daily.",
      'C: Okay.',
    ],
    has: 'disinterest_cue',
  },
];

/** "It's all an issue.": a sweeping yes that gives up on the question, however it is worded. */
const ALL_AN_ISSUE: Row[] = [
  {
    lines: [
      'R: Would you call adherence an issue for your patients on several pills?',
      "C: Yes, adherence is an issue. It's all an issue.",
    ],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: ['R: Would you call adherence an issue?', 'C: Sure, sure, adherence also. Everything is problem only.'],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: ['R: Would you call adherence an issue?', "C: Yes, it's an issue for the ones on four pills or more."],
    not: 'disinterest_cue',
  },
];

/** Still lost on a point she raised, however she puts it, is a confusion cue; her patients' confusion is not hers. */
const STILL_LOST: Row[] = [
  {
    lines: [
      "R: I'll bring by the cards tomorrow. Okay to leave them with whoever's on?",
      'C: ok. sure, give them to tasha. still confused about the pens, but i have to run.',
    ],
    has: 'confusion_cue',
  }, // misread
  {
    lines: [
      "R: I'll bring by the cards tomorrow. Okay to leave them with whoever's on?",
      "C: All right. The pens still make no sense to me, but I've gotta run.",
    ],
    has: 'confusion_cue',
  }, // misread
  {
    lines: [
      "R: I'll bring by the cards tomorrow. Okay to leave them with whoever's on?",
      "C: Fine. The pen thing's still a mystery to me, but I've got to get back to it.",
    ],
    has: 'confusion_cue',
  }, // misread
  {
    lines: ['R: How are the pens going?', 'C: My patients are confused about which pen is which.'],
    not: 'confusion_cue',
  },
];

/** Saying goodbye first, late in the call, ends the visit: a time cue. A greeting, or a goodbye returned, is not. */
const SENDS_OFF: Row[] = [
  {
    lines: [
      "R: I'll come by Tuesday with the samples. Does that work?",
      'C: Sure.',
      "R: Will do! And you'll have those charts pulled?",
      'C: Yeah, yeah. Totally. Great to see you, Chris.',
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: [
      "R: I'll come by Tuesday with the samples. Does that work?",
      'C: Sure.',
      "R: Will do! And you'll have those charts pulled?",
      'C: Yes, yes. All good. Okay, bye Chris, take care.',
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: [
      'R: Dr. Marsh, thanks for seeing me.',
      "C: Nice to see you. I should say up front, we're comfortable with our basal insulins.",
    ],
    not: 'time_cue',
  },
  {
    lines: [
      "R: I'll come by Tuesday with the samples. Does that work?",
      'C: Sure.',
      'R: Great, see you Tuesday. Have a good day.',
      'C: You too. Take care.',
    ],
    not: 'time_cue',
  },
];

/** The rep's words quoted back as her worry are a safety objection on what the rep said, not a feeling shown. */
const QUOTED_WORRY: Row[] = [
  {
    lines: [
      "R: On weight, it was comparable to the rest of the class, and most people handled it really well, so honestly I wouldn't be concerned.",
      "C: 'Comparable to the rest of the class' — that's precisely my worry. That IS the problem.",
    ],
    has: 'objection_safety',
  }, // misread
  {
    lines: [
      "R: On weight, it was comparable to the rest of the class, and most people handled it really well, so honestly I wouldn't be concerned.",
      "C: 'Comparable to the rest of the class' — that's precisely my worry. That IS the problem.",
    ],
    not: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: Most people handled it well.',
      "C: My patients keep telling me 'I feel fine' — and I worry they stop checking their sugars.",
    ],
    not: 'objection_safety',
  },
];

itRows({
  'long wrap-up': LONG_WRAP_UP,
  'share of her group': SHARE_OF_HER_GROUP,
  'okay to an answer': OKAY_TO_AN_ANSWER,
  'all an issue': ALL_AN_ISSUE,
  'still lost': STILL_LOST,
  'sends off': SENDS_OFF,
  'quoted worry': QUOTED_WORRY,
});
