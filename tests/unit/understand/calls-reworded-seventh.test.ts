// The labeled calls said a seventh way (see calls-reworded.test.ts): how a rep opens and frames the call,
// and how they give the HCP her time back. Rows marked "misread" failed before.
import { describe, expect, it } from 'vitest';
import { itRows, kindOf, type ActRow as Row } from '../../support/act-rows.js';

/** A purpose in other shapes (ACTS.md: why they are here, an agenda or a time frame for the call). */
const OPENED: Row[] = [
  {
    lines: [
      "R: Dr Fraser, cheers for fitting me in. What I'm keen to get a feel for is where your head's at on long-acting contraception.",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      "R: Dr. Cotter, it's Dale from Brightwater. I've got three quick items: the trial, the dosing, and an in-service for your team. Okay?",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      "C: Quickly, then. I'm a technician down.",
      "R: In that case I'll confine myself to one issue and two minutes. Are these scripts getting stuck at the counter?",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: ["R: Morning, Barb. Josh from Cephlora. I know Mondays are a bear, so I'll be in and out in half a minute."],
    has: 'purpose',
  }, // misread
  {
    lines: ["R: Siobhan, thanks. I can see you're flat out, so I'll restrict myself to five minutes."],
    has: 'purpose',
  }, // misread
  {
    lines: [
      "C: I've got five minutes, and that's me being kind. What is it?",
      "R: Then the tablet stays in the bag. I'll ask you one thing and leave you one thing. Alright?",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      'C: I can spare a few minutes. Add-on therapies have let me down before.',
      "R: Thank you. Rather than present, I'd prefer to spend it understanding your patients. Tell me about the add-ons that let you down.",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: ["R: Hi, Sam from Acme. I'll show you that it starts working in thirty minutes."],
    not: 'purpose',
  },
  {
    lines: ['C: What do the patients say?', "R: They tell me they're in and out in ten minutes, and the pen is easy."],
    not: 'purpose',
  },
];

/** Giving her time back: leaving her to her day, reading it in the opening, or saying back her count. */
const HER_TIME: Row[] = [
  {
    lines: [
      'C: Fine. Wednesday with the nurse. And send me the real numbers.',
      "R: Will do, I'll email them this afternoon and see the nurse Wednesday at half two. I'll see myself out.",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'C: Fine. Give them to Marisol.',
      'R: Of course. Marisol, first thing tomorrow. Thanks, and good luck with the rest of the afternoon.',
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: ['R: Good afternoon, Dr. Okonkwo. Funmi Adebayo from Kestrel. I can see the clinic is full today.'],
    has: 'time_adapt',
  }, // misread
  {
    lines: ["R: Alison, Ryan Doyle, Corrin Pharma. I know you're up to your eyes."],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'C: Ten minutes, tops.',
      "R: Alright, here's how I'd spend those ten: a couple on how you manage it now, five on the data, and the rest on whether it fits anyone. That work?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      "R: Hi Theresa, thanks. I know you're slammed, so I'll keep it to five minutes. I wanted to talk about your hypertension patients who aren't at goal.",
    ],
    has: 'time_adapt',
  },
  {
    lines: [
      'C: Honestly, not a great day for it. We lost a patient last week.',
      "R: I'm so sorry. That's a lot to carry. Do you want to talk about it, or would you rather I came back another time?",
    ],
    has: 'time_adapt',
  },
  {
    lines: ["R: I'd like to hear how your patients are doing. I can see they're doing well on it."],
    not: 'time_adapt',
  },
];

/** Asking for her time, or nodding to her day and then pitching, before she has said a word about time, adapts to nothing. */
const COURTESY: Row[] = [
  {
    lines: ['R: Dr. Adeyemi, good afternoon. Hannah Forsythe from Halbrook. Could I borrow two minutes?'],
    not: 'time_adapt',
  }, // misread
  {
    lines: [
      'R: Dr. Fitch, thanks so much for your time. I know how busy you are. I would love to share how Vantrelle can help your patients achieve better outcomes.',
    ],
    not: 'time_adapt',
  }, // misread
  {
    lines: [
      "R: Dr. Marchetti, good morning! James from Corvane. I'll be brief today: I'd like to tell you about Uralexa for your gout patients.",
    ],
    not: 'time_adapt',
  }, // misread
  {
    lines: ['C: I have two minutes, tops.', 'R: Could I take one of them for a single question?'],
    has: 'time_adapt',
  },
];

const CALL = [
  'C: The readmissions in the second and third week are what hurt us.',
  'R: What else matters to you?',
  "C: Nothing that means more bloods for the nurses. They're stretched.",
  'R: Understood. What would you want to see?',
  "C: I've got three minutes, tops. The duty phone's going.",
];

/** A recap opens with a clause that looks back over the call and a colon, whatever its words. */
const SUMMED_UP: Row[] = [
  {
    lines: [
      ...CALL,
      'R: So, to tie it off: the readmissions in the second and third week, and no more bloods for the nurses. I bring the costing on Wednesday at ten. Does that work?',
    ],
    has: 'recap',
  }, // misread
  {
    lines: [
      ...CALL,
      "R: No bother. So, from what you've told me: the second and third week readmissions, and nothing more for the nurses. I'll bring a costing Wednesday at ten. Okay?",
    ],
    has: 'recap',
  }, // misread
  {
    lines: [
      "C: Tissue testing takes three weeks here. I don't have time for a presentation. What's the one thing?",
      "R: The one thing: the program covers liquid biopsy, so you don't have to wait three weeks, and I'll send the form Thursday.",
    ],
    not: 'recap',
  },
  {
    lines: [
      "C: I'd be open to a next step if it stays practical.",
      'R: Here it is: you pick two patients who keep putting insulin off, and next Thursday I bring the night-time data. Would that work?',
    ],
    not: 'recap',
  },
  {
    lines: [
      'R: How do you manage OAB in your older patients?',
      'C: Overactive bladder is a headache here. Anticholinergics muddle my older patients.',
      'R: Would you try it in the next three you would keep off anticholinergics? I could come back on the 9th.',
      "C: Can, that's reasonable. Put the 9th down with Siti.",
      "R: Thank you. So: the next three OAB patients you'd keep off anticholinergics, and I'll see you on the 9th at 1.15.",
    ],
    not: 'misstated_recap',
  }, // misread
];

/** Why the rep came, built around her, in other shapes. */
const AROUND_HER: Row[] = [
  {
    lines: [
      "R: Hannah, cheers. You wanted the whole picture on Diurexa for the committee, so I've built it round what you said in September: most of your admissions are for IV diuretics.",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      "C: She isn't seeing reps today. We're a nurse down.",
      "R: Man, a nurse down on a Monday. One thing and I'm out the door: how do I get ten minutes on her calendar?",
    ],
    not: 'purpose',
  },
];

/** Asking her to commit in other words, and an agreeable reply with nothing in it. */
const ASKED_HER: Row[] = [
  {
    lines: ['R: Wonderful. In which case, might you consider starting some of them on Uralexa?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: ["R: I'll do that! And you'll have those charts set aside by then?"],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['R: Oh yes, of course! So you will give it a try?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: ["R: You'll be in clinic on Thursday, I think."],
    not: 'commitment_request',
  },
  {
    lines: ['R: So might you be willing to try it with a few of them?', 'C: Yes, by all means. Sounds excellent.'],
    has: 'brush_off',
  }, // misread
  {
    lines: [
      'R: Shall I come back Tuesday the 9th at 12:15 with lunch for the team?',
      'C: Yes, quite. Just arrange it with Maureen at the front, she keeps the diary.',
    ],
    has: 'brush_off',
  }, // misread
  {
    lines: [
      'R: Could I come back next month with the hub form and walk your assistant through it?',
      'C: Sounds good. Bring the form next month and walk my medical assistant through it.',
    ],
    not: 'brush_off',
  },
  {
    lines: ['R: Would you try it in your next two patients?', 'C: Yes, sounds good. I will try it in two of them.'],
    has: 'agrees',
  },
];

/** A topic word is no pushback when the evidence won her over or the "already" is her patients'. */
const NOT_PUSHBACK: Row[] = [
  {
    lines: [
      'R: When do you move to a biologic?',
      "C: More and more I go early, if they're strongly CCP-positive, already have erosions, or have lots of swollen joints. I'm pretty much convinced by the early-treatment data. Where I hesitate is young women planning a family.",
    ],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: When do you move to a biologic?',
      "C: More and more I go early, if they're strongly CCP-positive, already have erosions, or have lots of swollen joints. I'm pretty much convinced by the early-treatment data. Where I hesitate is young women planning a family.",
    ],
    not: 'objection_evidence',
  }, // misread
  {
    lines: [
      'R: It cut flares by forty percent.',
      "C: I'm not convinced by the data. It was small and open-label, and I'd hesitate to switch anyone on that.",
    ],
    has: 'objection_evidence',
  },
  {
    lines: ['R: It works in resistant Candida.', 'C: We already have two agents for that, and they do the job.'],
    has: 'objection_status_quo',
  },
  {
    lines: [
      'R: Where do you want to start?',
      "C: First off, why would we even want it? We've already got two agents for resistant Candida.",
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: Could you pick two or three patients for it?',
      "C: Yeah, that works. I've already got two in mind, actually.",
    ],
    not: 'objection_status_quo',
  },
];

const FALLS = 'C: Another scheduled drug means more refill calls and more risk. What does it do to hip fractures?';

/** Telling her a concern won't be one dismisses it, in any words; a courtesy or a reassurance on a request does not. */
const WAVED_AWAY: Row[] = [
  {
    lines: [
      FALLS,
      "R: Tolerability is excellent, so hip fractures really oughtn't to be a problem. And the schedule IV part honestly isn't a big issue.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      FALLS,
      "R: That's a fair question. I don't have fracture data, and I won't pretend the refill calls are nothing.",
    ],
    not: 'rebuttal',
  },
  {
    lines: [
      'C: The copay worries me. Can you send me the coverage sheet?',
      "R: That's not a problem, I'll send it this afternoon.",
    ],
    not: 'rebuttal',
  },
  {
    lines: [
      'C: The pharmacy keeps asking which strength. Do I need two pens for the higher dose?',
      "R: Yes, and the savings card covers either strength, so there's no issue there.",
    ],
    not: 'rebuttal',
  },
];

/** A word on how hard her situation is acknowledges it, in more words for it. */
const HARD_LOT: Row[] = [
  {
    lines: [
      'C: The ones who keep coming back in are the frail ones who live alone. Nobody sees them between visits.',
      "R: Aye, that's a really tricky lot to get hold of. Say you did add something for them, what's top of the list for you?",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: Which ones would you try it in?',
      "R: It's tricky to say without your numbers. Which of your patients struggle most with the injections?",
    ],
    not: 'acknowledge',
  },
];

const STEPPED_AWAY =
  "C: I'll be frank: I've largely stepped away from this class since the safety data, the brain swelling and the bleeds.";

/** Arguing past her concern in other openings: "…, but with respect", "Quite, but surely", "Still, …", "But might you…?". */
const ARGUED: Row[] = [
  {
    lines: [
      STEPPED_AWAY,
      "R: That's something I hear quite often, but with respect, those data came from a different antibody, so those concerns don't carry over.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      STEPPED_AWAY,
      "R: Quite, but surely you'd accept that faster clearance is what your patients are hoping for?",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Warfarin does the job if you follow the INR. I check, and my patients stay in range.',
      "R: I totally respect that, Doc, and that's an excellent point. Still, the numbers are very clear. Even with good INR control, Thrombexa prevented more strokes.",
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      "C: One more combination inhaler means one more prior auth. I can't take that on, however good it is.",
      'R: But for the right patient, might you be willing to give it a try?',
    ],
    has: 'rebuttal',
  }, // misread
  {
    lines: [
      STEPPED_AWAY,
      "R: That's a fair place to be, but I'd like to understand which patients you still keep it for. Who are they?",
    ],
    not: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Warfarin does the job if you follow the INR. I check, and my patients stay in range.',
      'R: I respect that. Are they still coming in every few weeks for the checks?',
    ],
    not: 'rebuttal',
  },
];

/** Asking leave for the call, or a short check on the agenda just laid out, is the purpose, not a closed question. */
const LEAVE_ASKED: Row[] = [
  {
    lines: ['R: Hi, Dev, Hannah Cole from Ardent. Got a minute or two?'],
    not: 'closed_question',
  }, // misread
  {
    lines: [
      "R: Dr. Cotter, it's Dale from Brightwater. I've got three quick items: the trial, the dosing, and an in-service for your team. That alright?",
    ],
    not: 'closed_question',
  }, // misread
  {
    lines: ["R: I'm here to learn how you manage your COPD patients. Are most of them on two inhalers?"],
    has: 'closed_question',
  },
];

/** How the call will go ("I'll make it fast", "I'll stick to two things", "I can see you're flat out") takes nothing on. */
const CONDUCT: Row[] = [
  {
    lines: ["C: I've got two minutes.", "R: Oh, sure, I'll make it fast. It's once a day for gout."],
    not: 'ownership',
  }, // misread
  {
    lines: ["R: Siobhan, thanks. I can see you're flat out, so I'll restrict myself to five minutes."],
    not: 'ownership',
  }, // misread
  {
    lines: ["C: We're two nurses short.", "R: That's a tough Monday. I'll get out of your hair."],
    not: 'ownership',
  }, // misread
  {
    lines: [
      'C: Send me the subgroup table.',
      "R: I'll get you the table by Friday, and I'll make sure the nurses have a copy.",
    ],
    has: 'ownership',
  },
  {
    lines: ['C: Leave something for the nurses.', "R: I'll leave you the dosing cards and come back on the 14th."],
    has: 'ownership',
  },
];

/** Thanks, a one-word reaction, or "high" naming a condition claims no benefit. */
const NO_CLAIM: Row[] = [
  {
    lines: [
      'C: Cost per course, the day-unit patients, and bone pain.',
      'R: Thank you, Doc, that helps. About how many patients pass through the day unit?',
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: ['C: I see a lot of them.', 'R: Right. Give me your overall take on how you manage high blood pressure.'],
    not: 'generic_benefit',
  }, // misread
  {
    lines: [
      "C: It's the biggest worry I have.",
      "R: Interesting. And what's your biggest worry with your older patients?",
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: ['C: Go on then.', 'R: Thanks for asking. In CLEAR-2 it improved A1c by 1.2 points, which is excellent.'],
    has: 'generic_benefit',
  },
];

/** A drug class that let her down, or weight that drives patients off it, is a safety objection in other words. */
const LET_DOWN: Row[] = [
  {
    lines: [
      'R: Thanks for seeing me, Dr. Lindqvist.',
      'C: I can spare a few minutes. I should warn you, add-on therapies have let me down before.',
    ],
    has: 'objection_safety',
  }, // misread
  {
    lines: [
      'R: Tell me about the add-ons that disappointed you.',
      'C: Hm. The commonest reason my patients abandon add-on therapy is putting on weight. What happens to weight over several months?',
    ],
    has: 'objection_safety',
  }, // misread
  {
    lines: [
      'R: How are your patients doing?',
      'C: Most have put on weight since they stopped smoking, and they want help with it.',
    ],
    not: 'objection_safety',
  },
];

/** Her worry named in the rep's own words: an objection on the topic of those words. */
const QUOTED: Row[] = [
  {
    lines: [
      'R: Weight gain was in line with the class, and most patients tolerated it well.',
      "C: 'In line with the class' is exactly what I'm worried about. That's the whole problem.",
    ],
    has: 'objection_safety',
  }, // misread
  {
    lines: [
      'R: Psychiatric events were broadly in keeping with other adjuncts, and most tolerated it well.',
      "C: 'In keeping with other adjuncts' is the exact thing I'm worried about.",
    ],
    has: 'objection_safety',
  }, // misread
  {
    lines: [
      "R: What's on your mind with these patients?",
      'C: What really worries me is the number of tablets my older patients carry around.',
    ],
    not: 'objection_safety',
  },
];

const WORRIED =
  "C: 'About what you'd see with any drug in the class' is exactly what I'm worried about. Side effects are the problem.";

/** "For some patients. Not the ones who…", after the rep argues past her concern, keeps the concern standing. */
const CARVED_OUT: Row[] = [
  {
    lines: [
      'R: Weight gain was about what you would see with any drug in the class, and most tolerated it well.',
      WORRIED,
      'R: I hear you, but when you look at the efficacy, the benefit really outweighs it.',
      'C: In some patients. Not in the ones with a psychiatric history.',
    ],
    has: 'objection_safety',
  }, // misread
  {
    lines: [
      'R: What do your patients pay now?',
      'C: Half pay cash, and when the price jumps they skip doses.',
      'R: I hear you, but the drug more than covers its own cost.',
      'C: Covers its own cost? Not for the ones who pay cash at the market. Is there something for them?',
    ],
    has: 'objection_cost',
  },
  {
    lines: [
      'R: Could you try it in a few of your patients?',
      'C: Not the ones on dialysis, but I can try two of the others.',
    ],
    not: 'objection_safety',
  },
];

/** A meeting laid out as a day and a length needs no verb to be a specific next step; this call's own minutes are its agenda. */
const LAID_OUT: Row[] = [
  {
    lines: [
      "C: I'd be willing to consider a next step if it stays practical.",
      'R: Then I will keep it that practical. Next Tuesday, same time, fifteen minutes in this room, with the responder figures. Say whether that works.',
    ],
    has: 'next_step_specific',
  }, // misread
  {
    lines: [
      'C: Fine. What do you suggest?',
      'R: Concretely, then: Thursday next week, 3:40, ten minutes in your consulting room. Does that suit?',
    ],
    has: 'next_step_specific',
  }, // misread
  {
    lines: [
      "R: Thanks for the twenty minutes. I'd suggest three parts: five minutes on how the committee decides today, ten on the data, and five on the submission. Does that work for you?",
    ],
    not: 'next_step_specific',
  },
  {
    lines: ['C: How long did the audit take?', 'R: Last Thursday it took the team forty minutes to pull the charts.'],
    not: 'next_step_specific',
  },
];

const NURSES_FIRST =
  'R: What if our nurse educator trains your nurses first, and we start patients after that? Or have I got the order wrong?';

/** An opening "No" that confirms a check put in the negative agrees; one that refuses still declines. */
const NO_THAT_IS_RIGHT: Row[] = [
  {
    lines: [NURSES_FIRST, 'C: No, spot on. Nurses first. Bev looks after their training time, tell her I said so.'],
    not: 'declines',
  },
  {
    lines: [NURSES_FIRST, "C: No, that's the proper sequence. Nurses first. Three weeks out, not before."],
    not: 'declines',
  }, // misread
  {
    lines: [NURSES_FIRST, "C: No. I'm not putting my nurses through another training this quarter."],
    has: 'declines',
  },
];

/** "Before I get into the product, …" puts the product off to ask about her: no signpost to a new topic. */
const PUT_OFF: Row[] = [
  {
    lines: [
      'C: Where do you want to start?',
      "R: Before I get into Kelvora, help me understand which patients you'd be least willing to change.",
    ],
    not: 'transition',
  }, // misread
  {
    lines: [
      'C: Right, the stable ones stay put.',
      "R: Exactly. Before we talk about starting, I want to make sure I'm not skipping something: what happens if a dose is missed?",
    ],
    not: 'transition',
  }, // misread
];

describe('a purpose built around her', () => {
  it.each([
    [
      "R: Maria, thanks for fitting me in. I've got fifteen minutes in your diary, and my plan, if you're agreeable, is to use most of it hearing how bladder problems are handled here. Is that alright?",
    ],
    [
      'C: Let me save us both some time. I stopped prescribing these after the warning.',
      "R: Fair enough. Give me a couple of minutes for questions — I'm not here to pitch. What do you use now?",
    ],
    [
      "C: Quickly, then. I'm a technician down.",
      "R: In that case I'll confine myself to one issue and two minutes. Are these scripts getting stuck at the counter?",
    ],
  ])('reads an agenda in: %s', (...lines: string[]) => {
    expect(kindOf('purpose', ...lines)).toBe('agenda'); // misread
  });
});

describe('the labeled calls in a seventh wording', () => {
  const groups = {
    OPENED,
    HER_TIME,
    COURTESY,
    SUMMED_UP,
    AROUND_HER,
    ASKED_HER,
    NOT_PUSHBACK,
    WAVED_AWAY,
    HARD_LOT,
    ARGUED,
    LEAVE_ASKED,
    CONDUCT,
    NO_CLAIM,
    LET_DOWN,
    QUOTED,
    CARVED_OUT,
    LAID_OUT,
    NO_THAT_IS_RIGHT,
    PUT_OFF,
  };
  itRows(groups);
});
