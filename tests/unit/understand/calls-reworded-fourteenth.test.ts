// The labeled calls said a fourteenth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { expect, it } from 'vitest';
import { readConversation } from '../../../src/understand/index.js';
import { conversation } from '../../builders.js';
import { itKinds, itRows, type ActRow as Row, type KindRow } from '../../support/act-rows.js';

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

/** A terse plan is still an agenda around her: minutes counted out "for" each part, a plan on what she raised, her talking. */
const TERSE_AGENDA: KindRow[] = [
  {
    lines: [
      'R: Dr. Pritchard, thanks for twenty minutes. Proposed split: five minutes for how your committee judges IV iron now, ten for Ferrovance data, five for formulary-request requirements. Okay with you?',
    ],
    kind: 'agenda',
  }, // misread
  {
    lines: [
      "C: Five minutes, maybe. I'm two behind already.",
      "R: Five minutes, understood. Last visit you brought up patients who dropped statins over muscle aches, now stuck at LDLs in the 150s. One thing for these five minutes: does Lipravex fit them? When a patient won't restart a statin, what's your move now?",
    ],
    kind: 'agenda',
  }, // misread
  {
    lines: [
      "R: Karen, thanks for the time. Fifteen minutes on the calendar; I'd like you doing most of the talking — how migraine gets managed in this area — before Tovarelin comes up. Okay?",
    ],
    kind: 'agenda',
  }, // misread
  {
    lines: [
      "R: Karen, thanks for the time. Fifteen minutes on the calendar; I'd like to walk you through the Tovarelin data.",
    ],
    kind: 'pitch',
  },
];

/** A terse close still recaps and takes things on: "Summary: …", "So — …", "Maria gets the summary from me." */
const TERSE_CLOSE: Row[] = [
  {
    lines: [
      'R: What does your committee weigh most?',
      'C: Price per gram. And chair time: our infusion chairs are booked solid.',
      'R: Ferrovance repletes one gram in one infusion.',
      'C: Fine. Phosphate is my other worry. Which hospitals use it?',
      "R: Names are confidential, but a budget-impact spreadsheet is available. We're fifteen minutes in, so let me watch the clock. Summary: the committee looks at price per gram; one infusion frees chair time; phosphate we'll cover with the data.",
    ],
    has: 'recap',
  }, // misread
  {
    lines: [
      "R: Would you try it in your next three knee OA patients who can't take oral NSAIDs?",
      "C: Yeah, fair enough. Two or so knee patients who can't take NSAIDs are on my schedule next week. Have Maria put the 14th on the calendar.",
      'R: Great. So — three knee OA patients unable to have oral NSAIDs; me back here the 14th, 12:30. Maria gets the coverage summary from me. Thanks, Jordan.',
    ],
    has: 'ownership',
  }, // misread
  {
    lines: [
      "R: Would you try it in your next three knee OA patients who can't take oral NSAIDs?",
      "C: Yeah, fair enough. Two or so knee patients who can't take NSAIDs are on my schedule next week. Have Maria put the 14th on the calendar.",
      'R: Great. So — three knee OA patients unable to have oral NSAIDs; me back here the 14th, 12:30. Maria gets the coverage summary from me. Thanks, Jordan.',
    ],
    has: 'recap',
  }, // misread
  {
    lines: [
      "C: Two or so knee patients who can't take NSAIDs are on my schedule next week.",
      'R: Great. So — three knee OA patients unable to have oral NSAIDs, and I come back the 14th at 12:30.',
    ],
    not: 'misstated_recap',
  }, // misread
  {
    lines: [
      'C: Is overall survival mature?',
      "R: Overall survival isn't mature yet, and I'd rather you hear that from me than find it in your audit.",
    ],
    not: 'ownership',
  },
];

/** A terse ask for a step: "Okay to…?", a time alone asked, a thing and its day "from me". */
const TERSE_ASK: Row[] = [
  {
    lines: ['C: Sure, whatever. Leave a card.', 'R: Okay. Fine to check in again in a couple weeks?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: Sure, whatever. Leave a card.', 'R: Okay to check in again in a couple weeks?'],
    not: 'closed_question',
  }, // misread
  {
    lines: [
      "C: That's the nurse. I have to go.",
      "R: Fast: it's a home pill, and the label includes the intracranial responses. I'd want to return with CNS results. Ten minutes next week?",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: I have two minutes.',
      'R: No problem, fast version! Responses: very strong. Tuesday or Wednesday for lunch?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: Coverage is the problem.',
      'R: Coverage has improved a ton. So — five of your upcoming type 2s on Renvixa. Deal? Samples from me by Thursday.',
    ],
    has: 'ownership',
  }, // misread
  {
    lines: ["C: It's a lot of patients.", 'R: Four shots a year. Today, which preventives do you use most?'],
    not: 'commitment_request',
  },
  {
    lines: ['C: Sure.', "R: Let me check I've got this right: you're not happy with it. Fair summary?"],
    not: 'commitment_request',
  },
];

/** "Okay." takes in only an answer that met her question: after a reply to her confusion, or a parroted one, it shrugs. */
const OKAY_AFTER_A_MISS: Row[] = [
  {
    lines: [
      "C: I don't follow. How is any of that relevant to my clinic? We're not a hospital.",
      'R: The program is designed for the whole continuum of care, from the emergency department to primary care, including transitions and discharge planning.',
      'C: Okay.',
    ],
    has: 'disinterest_cue',
  },
  {
    lines: [
      'C: What about blood pressure? Some of my patients are hypertensive.',
      'R: What about blood pressure? Some of your patients are hypertensive. The blood pressure effect was small in trials.',
      'C: Okay. I have to go.',
    ],
    has: 'disinterest_cue',
  },
  {
    lines: ['R: What can I help with?', "C: I don't have more time for this right now."],
    has: 'time_cue',
  }, // misread
];

/** A time signal said again, bare, right after a reply that only asked her more: that reply kept her talking. */
const KEPT_TALKING: { lines: string[]; by: string | undefined }[] = [
  {
    lines: [
      'R: What do you think is driving those good outcomes?',
      "C: Honestly, my patients are doing well. I don't have time for this right now.",
      "R: What's the one thing that could throw off the good results you're seeing?",
      'C: Thanks for stopping by, but I need to move on.',
    ],
    by: undefined,
  }, // misread
  {
    lines: [
      "C: I'm running behind, so let's wrap up soon.",
      "R: Fair point, and I'll be quick. Which exclusion worries you most? I'll make sure what I send answers it.",
      "C: The ones who failed TNF inhibitors and won't inject. My next patient is waiting.",
    ],
    by: 'time_adapt',
  },
];

/** "Reasonable." standing alone grants her point, as "Fair." does; "a reasonable price" judges nothing of hers. */
const REASONABLE: Row[] = [
  {
    lines: [
      'C: Honestly the copay is what kills these. Half my patients never pick it up.',
      "R: Reasonable — that's what silently sinks plenty of good scripts. Which stings more: PA paperwork, or the price at pickup?",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: Honestly the copay is what kills these.',
      'R: The copay card brings it to a reasonable price for most patients.',
    ],
    not: 'acknowledge',
  },
];

/** "Go." to an ask for her time hands her the floor, and "Agreed." says yes outright; "Go." after the rep's thanks sends the rep off. */
const GO_AND_AGREED: Row[] = [
  {
    lines: [
      'R: Dr. Nasser, Chris from Pelham. Three things: the new data, our coverage, an in-service. Sound good?',
      'C: Five minutes, roughly. Go.',
    ],
    has: 'agrees',
  }, // misread
  {
    lines: ["R: I'll email you the renal table tonight. Okay?", 'C: Agreed.'],
    has: 'agrees',
  }, // misread
  {
    lines: [
      "R: Tuesday after two with Rosa, and I'll find you Thursday. Thanks for the four minutes.",
      'C: Three and a half. Go.',
    ],
    not: 'agrees',
  },
];

/** Her work waiting, her clinic due, her time up, in few words: time cues. Patients waiting on approval are a need. */
const TERSE_TIME: Row[] = [
  { lines: ['R: So cost is the main problem?', "C: Maybe. Not in this round. The report's waiting."], has: 'time_cue' }, // misread
  {
    lines: ['R: So cost is the main problem?', 'C: Yeah, whatever. Drop a card off. Inbox is calling.'],
    has: 'time_cue',
  }, // misread
  { lines: ['R: So cost is the main problem?', "C: I said no such thing. I'm due back in clinic."], has: 'time_cue' }, // misread
  { lines: ['R: Thanks for the four minutes.', "C: That's my time. Leaving now."], has: 'time_cue' }, // misread
  { lines: ['R: So cost is the main problem?', 'C: The approval is waiting on the plan, not on me.'], not: 'time_cue' },
];

/** The formal register says yes, takes steps on and asks for them in its own words. */
const FORMAL: Row[] = [
  {
    lines: ['R: Might I return Thursday the 14th at 12:30 with the coverage summary?', 'C: That is acceptable.'],
    has: 'agrees',
  }, // misread
  { lines: ['R: Shall I send you the renal table tonight?', 'C: Do forward that table to me.'], has: 'agrees' }, // misread
  {
    lines: ['R: I shall be back Thursday with the table. Is that right?', 'C: Good. Then we are agreed.'],
    has: 'agrees',
  },
  {
    lines: [
      'C: Send the documents.',
      'R: The documents will reach you by Friday, and today I shall write to Dr. Okafor to organize testing of the isolates.',
    ],
    has: 'ownership',
  }, // misread
  { lines: ['C: It worries me.', 'R: I shall admit the data in that group are thin.'], not: 'ownership' },
  {
    lines: [
      'C: Fine.',
      'R: What I would propose is that I return on Thursday the 14th at 12:30 with the coverage summary. Would that be agreeable?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: Fine.',
      'R: Might I return on the 22nd with the reprint so that we can discuss which patients might be moved across?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: Requests go via pharmacy. You need a physician sponsor.',
      'R: Would you be prepared to sponsor the request yourself?',
    ],
    not: 'closed_question',
  }, // misread
];

/** Why the rep came, said formally: "I had hoped to discuss…", "My objective today is…", "My intention had been to…". */
const FORMAL_PURPOSE: Row[] = [
  {
    lines: [
      "R: Good morning, Dr. Park, thank you for making time. I had hoped to discuss the position of Clotivex ahead of next month's formulary review.",
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      'R: Good afternoon, Theresa. I will limit this to five minutes. I wished to discuss your hypertensive patients who are not at target despite two agents.',
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      'R: Good afternoon, Ms. Okafor. My objective today is simply to become better acquainted with you. How many years have you been at this clinic?',
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      'R: Dr. Bose, my thanks for making time. My intention had been to review the two-year Corisanta results with you today.',
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      'R: Dr. Fitch, thank you for making time. I would welcome the opportunity to share how Vantrelle can support your patients.',
    ],
    has: 'purpose',
  }, // misread
  {
    lines: [
      'R: Good morning, Dr. Petrakis. It would be helpful for me to understand: what objectives do you hold for your COPD patients?',
    ],
    not: 'purpose',
  },
];

/** Formal cues and time-keeping: irritation named, an apology before "Please continue.", "I shall stop there." */
const FORMAL_CUES: Row[] = [
  {
    lines: [
      'R: Could I have ten minutes?',
      'C: I can give you ten minutes. And yes, the readmission issue is, frankly, a source of considerable irritation.',
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: How many do you see?',
      'C: Mm. Excuse me — Tina, could you take register two? ... My apologies. Please continue.',
    ],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: ['R: Do you see a lot of it?', 'C: Of course, without question. Every practice does.'],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: [
      'C: I must go, I have the next patient waiting.',
      'R: In that case I shall stop there. Our liaison can take the CNS findings and the testing paperwork through with your nurse whenever it suits her, so nothing is lost on our side of it.',
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: ['R: How many do you see?', 'C: My apologies, I misspoke: forty a month, not fourteen.'],
    not: 'disinterest_cue',
  },
];

/** A goodbye in reply to an ask closes it: "A pleasure to see you" is "Good seeing you" in other words; in her first turn it greets. */
const GOODBYE_TO_AN_ASK: Row[] = [
  {
    lines: [
      'R: Would a lunch for your staff on Tuesday help?',
      'C: Simply arrange it with Bev at reception.',
      "R: Great, I'll set up the lunch with Bev. And you'll have those charts pulled?",
      'C: Of course, of course. Sounds excellent. A pleasure to see you, Chris.',
    ],
    has: 'brush_off',
  }, // misread
  {
    lines: [
      'R: Dr. Marsh, thanks for seeing me.',
      "C: Lovely to see you. I should say from the off, we're content with the basal insulins we use.",
    ],
    not: 'brush_off',
  },
];

/** Asks for a step in a second-language speaker's words: "Will you sponsor it, Doctor?", "Can I visit again on the 22nd…?". */
const PLAIN_ASKS: Row[] = [
  {
    lines: [
      'C: Requests go via pharmacy. You need a physician sponsor.',
      'R: Dossier to Amy by February first. Will you sponsor it, Doctor?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: Fine.',
      'R: Can I visit again on the 22nd, bring the reprint of MERIDIAN-AF, and we decide together who to switch?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      "C: Marisol handles refills. She'd want to see it.",
      'R: A ten-minute sit-down with her — I bring an example notice and a trainer pen — would that be worth her while?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: I don’t trust your data.', 'R: It is peer reviewed. Next week can I organise a team lunch for you?'],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: The pens are new to us.', 'R: Can you use the pen with gloves on, or do your nurses take them off?'],
    not: 'commitment_request',
  },
];

/** "Which patients spring to mind?" invites her to think of them, as "come to mind" does; "Which plans cover it?" asks a fact. */
const SPRING_TO_MIND: Row[] = [
  {
    lines: [
      "C: The generics cost nothing, and for a reliable patient that's fine.",
      'R: Thinking across your panel, which patients spring to mind as fitting that description?',
    ],
    has: 'open_question',
  }, // misread
  {
    lines: [
      "C: The generics cost nothing, and for a reliable patient that's fine.",
      'R: Looking at your panel, which patient do you think of?',
    ],
    has: 'open_question',
  }, // misread
  { lines: ['C: Coverage is the issue.', 'R: Which plans cover it?'], has: 'closed_question' },
];

/** "Good you asked." praises the question, it agrees to nothing; "Start." alone, to an ask for her time, hands her the floor. */
const GOOD_YOU_ASKED: Row[] = [
  {
    lines: [
      'R: Could I come back with the CNS data next week?',
      'C: Good you asked. The majority of my fusion-positive cases end up with mets in the brain. To begin, what is needed?',
    ],
    not: 'agrees',
  }, // misread
  {
    lines: [
      'R: Hello Dr. Ortiz, I am Kyle from Almera. You have one minute for me? I come to present Trevanzo.',
      'C: Start. I have just five minutes.',
    ],
    has: 'agrees',
  }, // misread
  { lines: ["R: I'll send the model tonight. Okay?", 'C: Fine, you can send it.'], has: 'agrees' },
];

/** A judgment with no verb ("Tough patients to reach.", "A reasonable concern.") acknowledges, as "That's tough." does. */
const BARE_JUDGMENT: Row[] = [
  {
    lines: [
      "C: They're the ones who miss appointments. We can't keep them in the system.",
      "R: Tough patients to reach. Say you added something for them — what's the top priority: fewer readmits, or how they feel?",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: Honestly the last rep promised the card would clear and it never did.',
      'R: A reasonable concern. The notice is a single page with the patient name and the last fill date.',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: Honestly the last rep promised the card would clear and it never did.',
      'R: Real-world data show the card clears nine times in ten.',
    ],
    not: 'acknowledge',
  },
];

/** Options offered after an open question ("Coverage? Tolerability?") spell it out; a question of their own ("Did coverage change?") asks again. */
const OPTIONS_AFTER_AN_OPEN_QUESTION: Row[] = [
  {
    lines: [
      'C: We got stuck with eleven pens after the switch.',
      'R: That stings. What drove the switch? Coverage? Tolerability?',
    ],
    not: 'closed_question',
  }, // misread
  {
    lines: [
      'C: The educators do all the titration.',
      'R: How do your educators titrate today? Phone, CGM uploads, clinic?',
    ],
    not: 'closed_question',
  }, // misread
  {
    lines: ['C: We got stuck with eleven pens after the switch.', 'R: What drove the switch? Did coverage change?'],
    has: 'closed_question',
  },
];

/** A count of her patients in answer to "How many…?" says who her patients are; "How many years…?" is small talk. */
const COUNTED: Row[] = [
  {
    lines: [
      'R: So: cost per gram, the pre-op clinic, and phosphate. Roughly how many patients go through the pre-op clinic?',
      'C: Forty, fifty a month. Growing.',
    ],
    has: 'shares_need',
  }, // misread
  { lines: ['R: How many years have you been at this clinic?', 'C: Six, roughly.'], not: 'shares_need' },
];

/** "I'll ask one question" is how the call will go; "I'll ask Dana to call you Thursday" takes a step on. */
const ASK_ONE_QUESTION: Row[] = [
  {
    lines: [
      "C: I've got about four minutes. What is it?",
      "R: Then no slides. I'll ask one question and leave you one thing, and if it doesn't fit, I'll get out of your way. All right?",
    ],
    not: 'ownership',
  }, // misread
  { lines: ['C: Sure.', "R: I'll ask Dana to call you Thursday."], has: 'ownership' },
];

/** Asked about her patients, with nothing pitched, she tells what a price does to them: a need, no cost objection. Asked about the objection she just raised, she presses it. */
const PRICE_IN_HER_STORY: Row[] = [
  {
    lines: [
      "R: When a PE patient is medically ready to go home but still here, what's usually holding them?",
      'C: Often as not, the blood thinner is the holdup. Either the copay is outrageous and case management is scrambling, or renal function is on the edge. That burns a day.',
    ],
    not: 'objection_cost',
  }, // misread
  {
    lines: [
      'R: Event rate was 14.1 per 100 patient-years versus 18.0.',
      "C: My problem is going to be coverage. Every new HF drug, I spend half my life on prior auths, and these people are on fixed incomes. If it's a ninety-dollar copay they just won't fill it.",
      "R: That's fair. Which part hurts you more — the PA paperwork, or what the patient sees at the pharmacy counter?",
      'C: Both. But the copay. The Part D patients especially.',
    ],
    has: 'objection_cost',
  },
];

/** "Not this cycle." and "Not a conversation I'm having." say no to the pitch whether or not the rep asked; "I won't…" needs an ask. */
const REFUSALS: Row[] = [
  {
    lines: [
      "R: It's in a secondary analysis, and our MSL could go through it with you. Overall the safety profile has been consistent.",
      'C: Maybe. Not this cycle, though. I need to get back to the report.',
    ],
    has: 'declines',
  }, // misread
  {
    lines: [
      'R: What keeps you up at night with your diabetes patients?',
      "C: That's not a conversation I'm having with a rep.",
    ],
    has: 'declines',
  }, // misread
  { lines: ['R: The data are strong in older adults.', "C: I won't pretend the data are bad."], not: 'declines' },
];

itRows({
  'long wrap-up': LONG_WRAP_UP,
  'share of her group': SHARE_OF_HER_GROUP,
  'okay to an answer': OKAY_TO_AN_ANSWER,
  'all an issue': ALL_AN_ISSUE,
  'still lost': STILL_LOST,
  'sends off': SENDS_OFF,
  'quoted worry': QUOTED_WORRY,
  'terse close': TERSE_CLOSE,
  'terse ask': TERSE_ASK,
  'okay after a miss': OKAY_AFTER_A_MISS,
  reasonable: REASONABLE,
  'go and agreed': GO_AND_AGREED,
  'terse time': TERSE_TIME,
  formal: FORMAL,
  'formal purpose': FORMAL_PURPOSE,
  'formal cues': FORMAL_CUES,
  'goodbye to an ask': GOODBYE_TO_AN_ASK,
  'plain asks': PLAIN_ASKS,
  'spring to mind': SPRING_TO_MIND,
  'good you asked': GOOD_YOU_ASKED,
  'bare judgment': BARE_JUDGMENT,
  'options after an open question': OPTIONS_AFTER_AN_OPEN_QUESTION,
  counted: COUNTED,
  'ask one question': ASK_ONE_QUESTION,
  'price in her story': PRICE_IN_HER_STORY,
  refusals: REFUSALS,
});
itKinds('purpose', { TERSE_AGENDA });
for (const row of KEPT_TALKING)
  it(`kept talking: first time cue met by ${row.by ?? 'nothing'} :: ${row.lines.at(-1)!.slice(0, 50)}`, () => {
    const cue = readConversation(conversation(...row.lines)).timeline.cues.find((q) => q.kind === 'time_cue');
    expect(cue?.adaptedBy).toBe(row.by);
  });
