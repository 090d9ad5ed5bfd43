// The labeled calls said a sixteenth way (see calls-reworded.test.ts): moved to other therapy areas, in
// plain American English and in clinicians' shorthand. Rows marked "misread" failed before.
import { expect, it } from 'vitest';
import { readConversation } from '../../../src/understand/index.js';
import { conversation } from '../../builders.js';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

/** A list of a patient's traits in a sentence of its own still describes the patient named just before. */
const HIS_TRAITS: Row[] = [
  {
    lines: [
      'R: Is it worth booking ten minutes with her, bringing a mock-up notice and the demo pen?',
      "C: Yes. Bring me one as well. I've got Mr. Halloran coming in Monday. Weak hands, gets infusions, can't stand the drive.",
    ],
    not: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: Would a demo pen help?',
      "C: Yes. Mr. Abernathy is on my schedule Friday. Arthritic hands, gets infusions, can't stand the drive.",
    ],
    not: 'emotion_cue',
  }, // misread
  // A first clause leaves out "I": her own feeling, whoever the sentence before named.
  {
    lines: ['R: How is clinic going?', "C: I've got Mr. Lee in room two. Exhausted, honestly."],
    has: 'emotion_cue',
  },
];

/** Wanting the sample for herself after a yes is taking part. */
const ONE_FOR_ME: Row[] = [
  {
    lines: [
      'R: Is it worth booking a ten-minute sit-down with her, bringing a mock-up notice plus the demo pen?',
      'C: Yes. And I want one myself. Mr. Abernathy is on my schedule Friday.',
    ],
    has: 'agrees',
  }, // misread
];

/** "Is it worth booking…?" asks her to agree to a step. */
const WORTH_BOOKING: Row[] = [
  {
    lines: [
      "C: She'd have my head if it's yet another fax.",
      "R: That's reasonable. Is it worth booking a ten-minute sit-down with her, bringing a mock-up notice plus the demo pen?",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: My nurse handles refills.',
      'R: Would it be worth setting up fifteen minutes with her next week to walk through the notice?',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: ['C: My nurse handles refills.', 'R: Is it worth the extra step for her, do you think?'],
    not: 'commitment_request',
  },
];

/** Stopping the rep before a word is said is no lost thread: there is nothing to be confused about yet. */
const BEFORE_A_WORD: Row[] = [
  {
    lines: [
      "C: You're from Ovulena, right? Good. Hold on before you start: any idea what I pulled out of our sample fridge last Tuesday?",
    ],
    not: 'confusion_cue',
  }, // misread
  {
    lines: [
      "C: You're with Lumivara? Great. Hold on, don't say anything yet: do you have any idea what turned up in the sample cabinet last Tuesday?",
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: ['R: It comes as a starter pen and a maintenance pen.', 'C: Hold on. Which one do they start on?'],
    has: 'confusion_cue',
  },
];

/** New topics, headed or announced. */
const MOVING_ON: Row[] = [
  {
    lines: ['C: Fine.', 'R: Regarding price: acquisition is eleven hundred twenty dollars per injection.'],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: Go ahead.',
      'R: Alright. Let me get to the evidence. Provexa-B gets adults to seroprotection with two doses.',
    ],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: Cost matters.',
      'R: I know price matters. Which gets me to item three, the copay program: anyone with commercial insurance pays fifteen dollars.',
    ],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: Nurses are stretched.',
      "R: Then here's what matters from BIRCHWOOD-PsA. Adding Psorenza got 38 percent to ACR50 at week 24.",
    ],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: The stable ones stay where they are.',
      'R: Understood. Can we spend a minute on the other patients, though? Which ones concern you most?',
    ],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: Send me the table.',
      "R: I'll send it. The second point I'd put to the committee is where the money really comes from.",
    ],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: Good point, I suppose.',
      "R: Totally. Now, here's what you're going to love: it's one small pill a day.",
    ],
    has: 'transition',
  }, // misread
  {
    lines: [
      'C: Will it work in my older patients, and what about the kidneys?',
      'R: In older patients it worked as well. As for the renal question, no, they were kept in the trial.',
    ],
    not: 'transition',
  },
];

/** Content with what she has, in words the status-quo list lacked. */
const CONTENT_WITH_IT: Row[] = [
  {
    lines: [
      'R: What matters most for your dialysis patients?',
      'C: Keeping their phosphorus under five and a half. The majority are on Carbinex and doing all right.',
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: What are your goals for them?',
      'C: Stop the falls. The majority are on Dopraxil and holding their own.',
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: Hi, I wanted to talk about Osteva.',
      'C: Nice to have you. Fair warning, though: our daily anabolic injections do the job here.',
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: Where does a third option fit?',
      'C: Tackle the obvious: why would we want a third option? Foscarnet and cidofovir are already on formulary.',
    ],
    has: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: How do patients manage on the daily shot?',
      "C: Honestly, we're okay with our current setup. Patients get along fine on the daily shot.",
    ],
    has: 'objection_status_quo',
  }, // misread
  // How she is, answering a hello: no view of what she uses.
  {
    lines: ['R: Hi Dr. Lee, how are you?', "C: Doing all right, thanks. What's this about?"],
    not: 'objection_status_quo',
  },
  {
    lines: ['R: Hi Dr. Lee, how are you doing?', "C: Doing fine. What's this about?"],
    not: 'objection_status_quo',
  }, // misread
];

/** "So what you're saying is <her words>": the joining "is" belongs to the frame, not to the copy. */
const FRAME_GLUE: Row[] = [
  {
    lines: [
      'C: Keeping their phosphorus under five and a half. The majority are on Carbinex and doing all right.',
      "R: So what you're saying is you want to keep their phosphorus under five and a half. Love that goal.",
    ],
    has: 'parrot',
  }, // misread
  {
    lines: [
      'C: Keeping their phosphorus under five and a half.',
      "R: So what you're saying is that the lab target is the thing you are measured on.",
    ],
    not: 'parrot',
  },
];

/** Her own feeling, in words the list lacked. */
const HER_FEELING: Row[] = [
  {
    lines: [
      'R: Does ten minutes work? I heard the readmission scorecard is on your mind.',
      'C: Sure, ten minutes works. And yes, that scorecard is a real irritant.',
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: What do you do for them today?',
      "C: Nothing that works well. One man told me he'd sooner keep smoking than touch that pill again. It nags at me, honestly.",
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: ['R: Our data covers bunions too.', 'C: Bunions. I told you a minute ago — I do knees.'],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: Good afternoon, Dr. Ames.',
      'C: The last person your company sent told my fellows something the data never showed. Give me one reason to listen to you.',
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: What happened with her?',
      "C: She quit everything and seized at work a month later. I haven't stopped thinking about her.",
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: ['R: What do patients say about the patch?', 'C: The adhesive is an irritant for sensitive skin.'],
    not: 'emotion_cue',
  },
];

/** Working to her clock in words the list lacked. */
const HER_CLOCK: Row[] = [
  {
    lines: [
      "C: Yep. Tuesday with Marisol works. And send the absolute event rates, I've got a bleeder.",
      "R: Done, the figures hit your inbox this afternoon, and I'll be with Marisol Tuesday at 11:30. Go take care of your bleeder.",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      "C: Yes, let's set that up. The next handful of patients who refuse daily injections will hear about it from me.",
      "R: Thanks. So, summing up: you'll raise it with the next few; I'm back next Wednesday with the falls data. Go on; your telehealth patient is waiting.",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'C: No idea. A few.',
      "R: Let me wrap up, because we're about at nine minutes: you're holding loop diuretics once sodium drifts down, and it's one dose a day.",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      "C: Look, today's a bad day for this. We lost a patient seven days ago.",
      "R: I'm so sorry. Glarevo can absolutely wait. Would it help to talk it through, or should I return on a better day?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'C: What else?',
      'R: Next Thursday I stop in for ten minutes when clinic wraps, or is a different day better for you?',
    ],
    not: 'time_adapt',
  },
];

/** Losing interest, in words the list lacked. */
const LOSING_HER: Row[] = [
  {
    lines: [
      'R: Imagine never again reducing a dose for diarrhea. What would that mean to you?',
      "C: No idea what answer you're fishing for. It'd be nice, obviously.",
    ],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: [
      "R: I'll get to that, don't worry. How does a normal Tuesday shake out around here?",
      'C: Twenty-eight on the schedule and two hundred portal messages. Did you bring me something to look at or not?',
    ],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: [
      'R: Nice. So what got you into family medicine originally?',
      "C: Seeing a bit of everything, probably. Sorry, what's this for?",
    ],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: [
      "R: Plus we've got a savings card, so people might pay just five bucks a month.",
      'C: Fantastic. Lorna, are the Petrosyan results in yet? ... Sorry about that. You were saying.',
    ],
    has: 'disinterest_cue',
  }, // misread
  {
    lines: ['R: What would you want from a rep?', 'C: Honestly, I want to know what the pen is for and who pays.'],
    not: 'disinterest_cue',
  },
];

/** What she sets aside, or only shrugs yes to in the rep's own words, is no priority to tie the product to. */
const NOT_HER_PRIORITY: Row[] = [
  {
    lines: [
      'R: theresa hi. topic is your hypertension pts still above goal on 2 drugs.',
      'C: half my pts arent at BP goal, im aware, but thats not whats killing me. whats killing me is nothing gets approved.',
      'R: is adherence an issue for your multi-pill pts?',
      'C: yeah sure, adherence is an issue. everything is an issue.',
      'R: Tricardia puts 3 proven agents into a single once-daily pill. in TRIPLET-BP 70% hit goal by week 12.',
    ],
    not: 'priority_link',
  }, // misread
  {
    lines: [
      "R: I wanted to talk about your type 2 patients who aren't at goal on two orals.",
      "C: Half my patients are over their A1c goal, I know that, but that's beside the point. The issue is nothing gets approved.",
      'R: Glytrio gets sixty-eight percent to goal in twenty-six weeks.',
    ],
    not: 'priority_link',
  }, // misread
  {
    lines: [
      'R: Is adherence an issue for the people you have on several pills?',
      'C: Yeah, sure, they skip pills. Everybody skips everything.',
      'R: Glytrio puts a trio of proven agents into a single once-daily tablet. One tablet boosts adherence.',
    ],
    not: 'priority_link',
  }, // misread
  {
    lines: [
      'R: Is adherence an issue for the people you have on several pills?',
      'C: Yes. My older patients skip the evening pills, and then their sugars climb overnight and they end up in urgent care.',
      'R: Glytrio puts three agents into a single morning tablet, so there is no evening pill to skip.',
    ],
    has: 'priority_link',
  },
];

/** Doubting the evidence, in words the list lacked. */
const DOUBTS_IT: Row[] = [
  {
    lines: ['R: It cut the composite by a quarter.', "C: Admissions carry the entire composite. Survival didn't move."],
    has: 'objection_evidence',
  }, // misread
  {
    lines: [
      'R: The trial showed no cognitive signal at twelve weeks.',
      'C: Over twelve weeks, in what, nine hundred people? Of course you saw nothing.',
    ],
    has: 'objection_evidence',
  }, // misread
  {
    lines: [
      'R: Would you bring it to the committee?',
      "C: Could be. I'd need to see it in knee patients before I'd bring anything to that group.",
    ],
    has: 'objection_evidence',
  }, // misread
  {
    lines: [
      'R: How did the trial go for your patients?',
      'C: Survival is what we track, and ours moved a lot this year.',
    ],
    not: 'objection_evidence',
  },
];

/** The step passed to whoever keeps the calendar, with nothing of her own in it, is handed off. */
const TO_THE_SCHEDULER: Row[] = [
  {
    lines: [
      'R: So here is my idea: I bring in lunch on Wednesday the 9th at noon, and you flag four or five charts. How does that sound?',
      'C: Yup, perfect. Get it on the books with Lorna out front; she runs the schedule.',
    ],
    has: 'brush_off',
  }, // misread
  {
    lines: [
      'R: So here is my idea: I bring in lunch on Wednesday the 9th at noon, and you flag four or five charts. How does that sound?',
      "C: Yes. I'll pull the charts myself. Get it on the books with Lorna out front; she runs the schedule.",
    ],
    has: 'agrees',
  },
];

/** Material offered in hope ("maybe they'll help") makes no point about the product. */
const IN_HOPE: Row[] = [
  {
    lines: [
      'C: Sure. We already have our own calendar, though. Dr. Anand designed it.',
      "R: Okay. Well, I'm bringing the calendars anyway; maybe they'll help.",
    ],
    not: 'priority_link',
  }, // misread
  {
    lines: [
      'C: Okay. We have our own handout, though. Dr. Hsu put it together.',
      'R: Gotcha. The pads are coming with me regardless, in case they help.',
    ],
    not: 'generic_benefit',
  }, // misread
  {
    lines: [
      'C: Okay. We have our own handout, though.',
      'R: Our pads help patients get the prep right: in our survey they made half the mistakes.',
    ],
    has: 'generic_benefit',
  },
];

/** "Ten's doable." grants the time asked; "doable for some of them" is what a price is to her patients. */
const DOABLE: Row[] = [
  {
    lines: [
      'R: Could I have ten minutes? I heard the readmission scorecard is on your mind.',
      "C: Ten's doable. And yes, that scorecard is a real irritant.",
    ],
    not: 'objection_cost',
  }, // a cost objection in this version's first cut, once the feeling was read
  {
    lines: [
      'R: With the card, most commercial patients pay fifty dollars a month.',
      'C: Fifty bucks... doable for some of them. Not everyone.',
    ],
    has: 'objection_cost',
  },
];

/** "Sounds like your nurse is calling" reads the room, not what she said. */
const READS_THE_ROOM: Row[] = [
  {
    lines: [
      'C: Yes, exactly that. Kidney activity is important to me.',
      "R: Sounds like your nurse is calling for you, so briefly: it's a pill taken at home, and the label includes the renal response results.",
    ],
    not: 'paraphrase',
  }, // misread
  {
    lines: [
      'C: What do you propose for next steps?',
      "R: Sounds like your next patient has arrived, so quickly: what I'm proposing is next Tuesday, same break, fifteen minutes.",
    ],
    not: 'paraphrase',
  }, // misread
  {
    lines: [
      'C: Kidney activity is important to me, and half my lupus patients are under forty and working.',
      'R: Sounds like kidney activity in younger patients who are holding down jobs is what matters most to you.',
    ],
    has: 'paraphrase',
  },
];

/** Asking her to commit in words the list lacked. */
const ASKS_HER: Row[] = [
  {
    lines: [
      'C: What do you propose?',
      "R: Your next patient's here, I can hear, so in short: next Monday, same gap, ten minutes. A simple yes or no will do, and I'll get it on the schedule.",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: The data are fine.',
      "R: So with those worries, once-a-day dosing could help. Would converting your Tacrovel patients be something you'd consider?",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: Assuming it moves readmissions, what is a reasonable next step?',
      'R: The data speak for themselves. So the reasonable next move is putting your frequent readmits on it.',
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'C: What do you do on weekends?',
      "R: Hiking is something you'd consider fun, I suppose, but I mostly read.",
    ],
    not: 'commitment_request',
  },
];

/** "I have a patient." at the end of a turn is her clock, not a patient lined up for the product. */
const HAS_A_PATIENT: Row[] = [
  {
    lines: [
      'R: Will you commit to starting it with your next few patients who need an add-on?',
      'C: Yeah, okay. Leave some materials at the front. I have a patient.',
    ],
    has: 'brush_off',
  }, // misread
  {
    lines: [
      'R: Will you commit to starting it with your next few patients who need an add-on?',
      'C: Yeah, okay. Leave some materials at the front. I have a patient.',
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: ['R: Would you try it in one patient?', 'C: Yes. I have a patient in mind for it, actually.'],
    not: 'time_cue',
  },
  {
    lines: ['R: What does a typical week look like?', "C: I have a patient who can't swallow pills at all."],
    not: 'time_cue',
  },
];

/** A full unit in a story of days is her practice's problem, not her clock; "Cost next:" heads a topic. */
const DAYS_AND_HEADINGS: Row[] = [
  {
    lines: [
      'R: What keeps cropping up for the committee?',
      "C: The ambulatory unit. The patients come back every day for five to seven days of IV, the unit's bursting, and some end up admitted.",
    ],
    not: 'time_cue',
  }, // misread
  {
    lines: ['R: Is now a good time?', "C: Not really, the waiting room's bursting."],
    has: 'time_cue',
  },
  {
    lines: ['C: Fine.', 'R: Cost next: acquisition is fourteen hundred fifty dollars a dose.'],
    has: 'transition',
  }, // misread
];

/** "Worth giving her ten minutes…?" asks for a step; "He'd also quit if it's another fax" pushes back. */
const WORTH_HER_TIME: Row[] = [
  {
    lines: [
      "C: She'd also have my head if it's another fax that means ringing some 1300 number.",
      "R: Reasonable. It's one page. Worth giving her ten minutes to see an example alert and have a go with the dummy pen?",
    ],
    has: 'commitment_request',
  }, // misread
  {
    lines: [
      'R: Who handles refills here?',
      "C: Tobias. He'd want it. He'd also quit if it's another fax where he has to sit on some hotline.",
    ],
    has: 'objection_access',
  }, // misread
  {
    lines: ['R: How is your team holding up?', "C: Tobias is great. He'd quit smoking if I asked him to."],
    not: 'objection_access',
  },
];

itRows({
  'his traits': HIS_TRAITS,
  'one for me': ONE_FOR_ME,
  'worth booking': WORTH_BOOKING,
  'before a word': BEFORE_A_WORD,
  'moving on': MOVING_ON,
  'content with it': CONTENT_WITH_IT,
  'frame glue': FRAME_GLUE,
  'her feeling': HER_FEELING,
  'her clock': HER_CLOCK,
  'losing her': LOSING_HER,
  'not her priority': NOT_HER_PRIORITY,
  'doubts it': DOUBTS_IT,
  'to the scheduler': TO_THE_SCHEDULER,
  'in hope': IN_HOPE,
  doable: DOABLE,
  'reads the room': READS_THE_ROOM,
  'asks her': ASKS_HER,
  'has a patient': HAS_A_PATIENT,
  'days and headings': DAYS_AND_HEADINGS,
  'worth her time': WORTH_HER_TIME,
});

// Another question that steps around hers does not win back an HCP who has lost interest.
it('does not count a dodging question as re-engaging her', () => {
  const reading = readConversation(
    conversation(
      "R: I'll get to it, don't worry. Tell me what an average Tuesday is like for you.",
      'C: Twenty-eight visits and two hundred portal messages. Did you bring something you wanted me to see?',
      "R: What's your honest opinion of how this clinic gets managed? Which one thing would you fix?",
    ),
  );
  const cue = reading.timeline.cues.find((q) => q.kind === 'disinterest_cue');
  expect(cue).toMatchObject({ turn: 1, response: 2 });
  expect(cue?.adaptedBy).toBeUndefined();
});
