// The labeled calls said a ninth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { describe, expect, it } from 'vitest';
import { itRows, kindOf, type ActRow as Row } from '../../support/act-rows.js';

const ASKED = 'R: Morning, Dr Osei. How long can you give me?';

/** She leaves as she speaks, or goes back to her work: a time cue, whatever the must-word. */
const LEAVING: Row[] = [
  { lines: ['R: Can I show you the data?', "C: I'm off. Leave it with the nurse."], has: 'time_cue' }, // misread
  { lines: ['R: Can I show you the data?', "C: Right, I'm gone. Leave it with the nurse."], has: 'time_cue' }, // misread
  { lines: ['R: Can I show you the data?', "C: I'm going to look at it next week."], not: 'time_cue' },
  { lines: ['R: Can I show you the data?', 'C: Maybe. Let me go back to my ward round.'], has: 'time_cue' }, // misread
  { lines: ['R: Can I show you the data?', 'C: Let me go back to what you said about doses.'], not: 'time_cue' },
  { lines: ['R: Can I show you the data?', 'C: Fine. I need to get in there.'], has: 'time_cue' }, // misread
  { lines: ['R: Can I show you the data?', 'C: I have to get the bloods done first.'], not: 'time_cue' },
];

/** "Quick," alone opening her turn hurries the rep; "Quick question:" asks. */
const HURRIED: Row[] = [
  { lines: ['R: Have you a moment?', 'C: Fast, please. The ward is full.'], has: 'time_cue' }, // misread
  { lines: ['R: Have you a moment?', 'C: Quick question first: is it oral?'], not: 'time_cue' },
  { lines: ['R: Have you a moment?', "C: I'm up to my eyes today."], has: 'time_cue' }, // misread
  { lines: ['R: Anything else?', "C: No, I think we've finished for today."], has: 'time_cue' }, // misread
];

/** A count of minutes answering "How long can you give me?" is her budget. */
const GIVEN: Row[] = [
  { lines: [ASKED, 'C: Five minutes, no more.'], has: 'time_cue' }, // misread
  { lines: ['R: How long could you spare?', 'C: Ten minutes.'], has: 'time_cue' }, // misread
  { lines: ['R: How long does the infusion take you?', 'C: Ten minutes.'], not: 'time_cue' },
];

/** After a no or a maybe, "so <verdict>!" ending its clause calls it settled: a misstated recap. */
const SETTLED: Row[] = [
  {
    lines: ['C: Leave a card. We will see.', "R: Excellent, so we're agreed! I'll look in next month."],
    has: 'misstated_recap',
  }, // misread
  {
    lines: [
      'C: No. Only if a young patient refused injections.',
      "R: That's half your clinic, so brilliant! I'll call in Friday.",
    ],
    has: 'misstated_recap',
  }, // misread
  {
    lines: ['C: Leave a card. We will see.', "R: Brilliant! I'll look in next month."],
    not: 'misstated_recap',
  },
  {
    lines: ['C: Yes, send it over.', "R: Great, so we're agreed then! I'll send it tonight."],
    not: 'misstated_recap',
  },
  {
    lines: ['C: Leave a card. We will see.', "R: So perfect timing, really: I'll look in next month."],
    not: 'misstated_recap',
  },
];

/** A short clause checking the rep took her in, then a colon: what follows is her, said back. */
const HEARD_BACK: Row[] = [
  {
    lines: [
      "C: I'm not unhappy with Veltrozin. Safety isn't the issue, the evening dose is.",
      "R: Let me check I've got you: you're unhappy with Veltrozin and safety is the issue. Right?",
    ],
    has: 'misstated_recap',
  },
  {
    lines: [
      "C: Bleeding isn't my worry. I don't want a ninety-year-old on a dose she'll forget at night.",
      'R: Just so I have you straight: the evening dose is the trouble for the very old, not the bleeding. Right?',
    ],
    has: 'paraphrase',
  }, // misread
  {
    lines: [
      "C: Bleeding isn't my worry. I don't want a ninety-year-old on a dose she'll forget at night.",
      "R: I hear you, but that's why Corzelta fits: one morning dose and the lowest bleeding rate.",
    ],
    not: 'misstated_recap',
  },
];

const PLAN = "R: I'll be back Thursday at two with the coverage sheet for your nurse.";

/** After a proposed step, a clipped check or "should I book it" asks her to commit. */
const CHECKED: Row[] = [
  { lines: ['C: Go on.', `${PLAN} That suit?`], has: 'commitment_request' }, // misread
  { lines: ['C: Go on.', `${PLAN} Agreed?`], has: 'commitment_request' }, // misread
  { lines: ['C: Go on.', `${PLAN} Should I put it in your diary?`], has: 'commitment_request' }, // misread
  { lines: ['C: Go on.', 'R: Should I get the renal protocol as well?'], not: 'commitment_request' },
  {
    lines: [
      'C: Ten minutes.',
      "R: Here's how I'll spend your ten: two minutes on how you treat it now, five on the data. That suit you?",
    ],
    not: 'commitment_request',
  },
  {
    lines: ['C: The older ones do struggle with it.', 'R: So would you give Lipravel a go with two of them?'],
    has: 'commitment_request',
  }, // misread
];

/** Saying the evidence is not in doubt is no pushback on it, whatever follows. */
const NO_QUARREL: Row[] = [
  {
    lines: [
      'R: What stops you using it?',
      'C: I have no quarrel with the data. But my patients already take ten tablets a day.',
    ],
    not: 'objection_evidence',
  }, // misread
  {
    lines: ['R: Copays land around forty a month.', 'C: Forty bucks is... manageable for some of them. Not everybody.'],
    has: 'objection_cost',
  }, // misread
  {
    lines: ['R: What stops you using it?', "C: Honestly, I don't trust the data. The trial was tiny."],
    has: 'objection_evidence',
  },
];

/** A plan named before a colon, an intent in "hoping we can", a preference to spend the time hearing her. */
const PLANNED: Row[] = [
  {
    lines: [
      "R: Morning, Dr Adeyemi. My plan, if that suits: about ten minutes. I'd mostly listen first, how you manage the frail ones, then one result.",
    ],
    has: 'purpose',
  },
  {
    lines: [
      "R: Thanks for seeing me. What I'd like today: a sense of how you choose a blood thinner, a word on Corzelta, then whether a next step makes sense.",
    ],
    has: 'purpose',
  }, // misread
  { lines: ["R: Morning. I'm hoping we can move a few of your non-responders onto Zelquira."], has: 'purpose' }, // misread
  {
    lines: ["R: Thanks for the time. I'd sooner spend it hearing about your patients than talking at you."],
    has: 'purpose',
  }, // misread
  {
    lines: ['R: Morning, Dr de Vries. I come for one thing: more of your methotrexate failures on Joravex.'],
    has: 'purpose',
  }, // misread
  { lines: ['R: Good morning, Rohit from Helvion. I have come to discuss Arthrelle for knee pain.'], has: 'purpose' }, // misread
];

const FORGETS = 'C: Most of my older patients forget the evening dose, and the generics are all their plans pay for.';

/** A word of agreement alone, or a judgment of her point in its own clause, acknowledges her. */
const GRANTED: Row[] = [
  { lines: [FORGETS, 'R: Correct — the generics are cheap. Who is left once those are out?'], has: 'acknowledge' }, // misread
  { lines: [FORGETS, "R: You're not wrong, both generics are cheap. Who is left?"], has: 'acknowledge' }, // misread
  {
    lines: [FORGETS, "R: That's a big group; a year's delay is a year of running high. What stops them?"],
    has: 'acknowledge',
  }, // misread
  { lines: [FORGETS, 'R: Is that correct for the younger ones too?'], not: 'acknowledge' },
  {
    lines: [
      'C: We lost two nurses last month and the phones never stop ringing.',
      'R: That is heavy. Which plan gives you the most trouble?',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: We lost two nurses last month and the phones never stop ringing.',
      'R: Quite right, that is usually where it breaks down. Which plan is worst?',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: No. Only a young patient who refused injections, maybe.',
      "R: Well, that's everybody under fifty, so that's great! I'll check back next week.",
    ],
    not: 'acknowledge',
  },
];

/** Names alone answer a question of fact; "I have heard", "I've seen" tell of the call, not her situation. */
const NO_NEED: Row[] = [
  {
    lines: ['R: Which plans are most of your patients on?', 'C: Mostly Harborline Advantage, some Ridgeline Senior.'],
    not: 'shares_need',
  }, // misread
  {
    lines: ['R: Can I tell you about the data?', 'C: I have heard plenty. Leave the brochure at the desk.'],
    not: 'shares_need',
  }, // misread
  {
    lines: ['R: What are you seeing?', 'C: I have a lot of older patients who forget the evening dose.'],
    has: 'shares_need',
  },
];

const PRICEY = 'C: Honestly the price is far too high for my patients.';

/** After pushback, a short concession clause and then ", but" with the product's case in the same sentence argues. */
const CONCEDED_IN_CLAUSE: Row[] = [
  {
    lines: [PRICEY, "R: I can appreciate that, but it's peer-reviewed and published, so the data is solid."],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      PRICEY,
      'R: Yep, and I know cost is part of the picture, but when you look at what a flare costs, Urexta really earns its keep.',
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [PRICEY, 'R: Mm, and cost is fair to raise, but a flare costs far more and Urexta prevents them.'],
    has: 'rebuttal',
  }, // misread
  {
    lines: [PRICEY, 'R: I can appreciate that, but I would like to understand which patients pay the most.'],
    not: 'rebuttal',
  },
];

/** Asking her to commit in other words: a choice of days asked openly, her part put as a question, a plain imperative. */
const ASKED_TO_COMMIT: Row[] = [
  {
    lines: [
      'C: Fine.',
      'R: Thursday at two, ten minutes, the coverage sheet. Say yes, or name a slot that suits you better.',
    ],
    has: 'commitment_request',
  }, // misread
  { lines: ['C: Fine.', 'R: Any interest in putting your name on it as the sponsor?'], has: 'commitment_request' }, // misread
  {
    lines: ['C: Fine.', 'R: How would it be if I swung back Tuesday with the checklist?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: Fine.', 'R: Would it be possible that I leave a few samples and come again in two weeks?'],
    has: 'commitment_request',
  }, // misread
  { lines: ['C: Sure.', "R: And the charts, you'll have those pulled for me?"], has: 'commitment_request' }, // misread
  { lines: ['C: Sure.', 'R: Samples are at the front. Just write the script!'], has: 'commitment_request' }, // misread
  { lines: ['C: Fine.', 'R: Start small: have one patient in mind for Wednesday.'], has: 'commitment_request' }, // misread
  {
    lines: ['C: Go on.', 'R: The lunch, then. Tuesday or Wednesday, what suits you better?'],
    has: 'commitment_request',
  }, // misread
  { lines: ['C: We did the trial.', 'R: Have one of your nurses been trained?'], not: 'commitment_request' },
  {
    lines: ['C: Fine.', "R: I'll send it tonight. Okay for me to confirm Thursday with the front desk?"],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: Fine.', 'R: Thursday I bring the breakdown and you pick two discharges. Can we lock that in?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: Fine.', "R: Let's get a follow-up on the books and I'll send the info. Cool?"],
    has: 'commitment_request',
  }, // misread
  { lines: ['C: Fine.', 'R: So can I depend on you to put the next five on Renvixa?'], has: 'commitment_request' }, // misread
  {
    lines: ['C: Fine.', "R: I'll bring the checklist Thursday. Can I ask who runs your searches?"],
    not: 'commitment_request',
  },
  {
    lines: ['C: It is fine, I suppose.', 'R: Would you not be open to giving it a go, for the right patient?'],
    has: 'commitment_request',
  }, // misread
];

/** A verb of telling with "me" as the one told, or a wish to hear her answer, prompts her to explain. */
const PROMPTED: Row[] = [
  { lines: ['C: Go on.', 'R: Paint me the picture for a typical patient once they go home.'], has: 'open_question' }, // misread
  { lines: ['C: Go on.', 'R: Give me your overall philosophy on type 2 management.'], has: 'open_question' }, // misread
  {
    lines: ['C: Go on.', "R: And on the combo, I'd be keen to hear how that's sitting with them."],
    has: 'open_question',
  }, // misread
  {
    lines: ['C: Go on.', "R: Then I'd be grateful if you'd paint me a picture of migraine in your practice."],
    has: 'open_question',
  }, // misread
  { lines: ['C: Go on.', 'R: Do tell me which adjuncts disappointed you.'], has: 'open_question' }, // misread
  { lines: ['C: Go on.', "R: Give me two minutes and I'm gone."], not: 'open_question' },
  { lines: ['C: Go on.', "R: If it runs long, tell me, and I'll take it up with our team."], not: 'open_question' },
  { lines: ['C: Go on.', "R: I'd like you to know how well it works."], not: 'open_question' },
  { lines: ['C: Go on.', 'R: Just give me a yell if you need anything.'], not: 'open_question' },
];

/** The rep's part said in the present ("I show up with…", "…are on me") owns it; a visit asked in the past tense is still a visit. */
const OWNED: Row[] = [
  { lines: ['C: Fine.', 'R: Thursday works. Adherence data and over-65 electrolytes are on me.'], has: 'ownership' }, // misread
  {
    lines: ['C: Fine.', 'R: Next Thursday, ten minutes. I show up with the adherence numbers and the sodium data.'],
    has: 'ownership',
  }, // misread
  { lines: ['C: Fine.', 'R: Would you mind if I looked in again in a few weeks?'], has: 'next_step_vague' }, // misread
  {
    lines: ['C: Fine.', 'R: Would it help if I came back with the PA checklist on Tuesday?'],
    has: 'next_step_specific',
  },
  {
    lines: ['R: How long can you give me?', 'C: Five minutes.', 'R: Five, you got it. What matters most?'],
    has: 'time_adapt',
  }, // misread
];

const COMMITTEE = [
  'C: The committee looks at cost per gram, and the ortho pre-op patients are the ones I worry about.',
  'R: What about phosphate?',
  'C: Phosphate matters to me for the frail ones on repeat doses.',
];

/** A recap announced in a sentence of its own, or as saying her points back; "so in short" after a time cue only hurries. */
const RECAPPED: Row[] = [
  {
    lines: [
      ...COMMITTEE,
      "R: Now let me tie this up. What you'd carry to committee: cost per gram, the ortho pre-op patients, and phosphate for the frail ones. I'll send the model Friday.",
    ],
    has: 'recap',
  }, // misread
  {
    lines: [
      ...COMMITTEE,
      "R: Now let me say it back so we're square: cost per gram for committee, the ortho pre-op patients, and phosphate for the frail ones. I'll send the model Friday.",
    ],
    has: 'recap',
  }, // misread
  {
    lines: [
      'C: My next patient is waiting.',
      "R: That's your next patient, so in short: Wednesday, fifteen minutes, the responder tables. A yes or a no will do.",
    ],
    not: 'recap',
  },
];

const NOW = 'R: What do you use now?';

/** Contentment with what she uses in plain words, and feeling in common idioms. */
const CONTENT_AND_FELT: Row[] = [
  { lines: [NOW, 'C: We use the antibodies. Frankly, they are doing the job.'], has: 'objection_status_quo' }, // misread
  {
    lines: [NOW, 'C: Keeping them out of hospital. Most of mine are on Tritrexa and managing okay.'],
    has: 'objection_status_quo',
  }, // misread
  { lines: [NOW, "C: I'll be honest, I'm not exactly short on migraine preventives."], has: 'objection_status_quo' }, // misread
  {
    lines: [NOW, 'C: Bless your heart, did you hear a word I said? I hardly ever use cisplatin.'],
    has: 'emotion_cue',
  }, // misread
  { lines: [NOW, "C: I'll tell you what drives me plumb crazy: the phone."], has: 'emotion_cue' }, // misread
];

/** Working to her clock in other words, and a visit offered as "pass by" or "stopped in". */
const HER_CLOCK: Row[] = [
  {
    lines: [
      'C: I have to go.',
      "R: Sure thing, the numbers will be in your inbox today. Go ahead, don't let me hold you up.",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: ['C: Anything else?', "R: Let me be conscious of your time. I'll send the model Friday."],
    has: 'time_adapt',
  }, // misread
  {
    lines: ['C: I really have to get going.', 'R: Okay. Is it alright if I pass by again in some weeks?'],
    has: 'next_step_vague',
  }, // misread
  {
    lines: ['C: Sorry, I must run.', 'R: Oh, for sure! Would it be okay if I stopped in next week?'],
    has: 'time_adapt',
  }, // misread
];

/** Sending the rep to the front desk, or to leave the paper, closes the topic without committing. */
const SENT_AWAY: Row[] = [
  { lines: ['R: Could I come back Thursday with lunch for the team?', 'C: Speak to the reception.'], has: 'brush_off' }, // misread
  {
    lines: ['R: Can I leave a copy of the study?', "C: By all means leave the reprint. I believe we're finished now."],
    has: 'brush_off',
  }, // misread
  { lines: ['R: Who handles the lunch schedule?', "C: Front desk'll take whatever you've got."], has: 'brush_off' }, // misread
];

describe('calls said a ninth way', () => {
  itRows({
    LEAVING,
    HURRIED,
    GIVEN,
    SETTLED,
    HEARD_BACK,
    CHECKED,
    NO_QUARREL,
    PLANNED,
    GRANTED,
    NO_NEED,
    CONCEDED_IN_CLAUSE,
    ASKED_TO_COMMIT,
    PROMPTED,
    OWNED,
    RECAPPED,
    CONTENT_AND_FELT,
    HER_CLOCK,
    SENT_AWAY,
  });
});

describe('the kind of a plan named before a colon', () => {
  it.each([
    ["My plan: about ten minutes. I'd mostly listen, how you choose for the frail ones.", 'agenda'], // misread
    ["My plan: about ten minutes. I'll show you the new data, then the price.", 'pitch'],
    ["What I'm mostly curious about is where you've landed on treating the newly diagnosed.", 'agenda'], // misread
    ["I'd rather use the time finding out about your patients than presenting.", 'agenda'], // misread
    ['Then I keep it to two minutes and one subject. What is the biggest problem here?', 'agenda'], // misread
    ["In that case I'll take a couple of minutes, on one matter only. What's the main snag?", 'agenda'], // misread
  ])('reads the purpose of %s as %s', (line, kind) => {
    expect(kindOf('purpose', `R: Morning. ${line}`)).toBe(kind);
  });
});
