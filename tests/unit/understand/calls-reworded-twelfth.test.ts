// The labeled calls said a twelfth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../src/understand/index.js';
import { conversation } from '../../builders.js';
import { itKinds, itRows, type ActRow as Row, type KindRow } from '../../support/act-rows.js';

/** After her pushback, the rep saying what they will not push takes her stance as given. */
const DISCLAIMED: Row[] = [
  {
    lines: [
      "C: Our current basal insulin suits us fine, I'll be honest.",
      'R: Fair enough. Talking you out of what works is not my aim. Which patients does it leave behind?',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: I have plenty of preventives already.',
      "R: Adding one more to the shelf isn't why I'm here. How do you pick the first one for a patient?",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: A couple of points on a rating scale means nothing to me.',
      'R: Arguing over scales with you is not my plan. Tell me what change would matter in a real patient.',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: Your company buried the liver signal for a year.',
      "R: We're not trying to hide anything. The data are on the label.",
    ],
    not: 'acknowledge',
  },
  {
    lines: [
      "C: We're happy with what we use.",
      "R: I'm not here to argue, but the data really are better. Our drug cuts attacks in half.",
    ],
    not: 'acknowledge',
  },
  {
    lines: ['C: Morning.', "R: I'm not here to pitch today. How are your migraine patients doing?"],
    not: 'acknowledge',
  },
];

/** A clause that names no one says its feeling of the person named last before it. */
const WHOSE_FEELING: Row[] = [
  {
    lines: [
      'R: Who would you try it with?',
      "C: I'm seeing Mr. Okoro on Friday, terrible hands, can't open a jar. I want to see if he can use it.",
    ],
    not: 'emotion_cue',
  }, // misread
  {
    lines: ['R: How has the week been?', "C: I've had the clinic list from hell, awful, honestly."],
    has: 'emotion_cue',
  },
  {
    lines: ['R: Who would you try it with?', 'C: Mrs. Adeyemi, and I am worried about her falls.'],
    has: 'emotion_cue',
  },
];

/** "Not everybody.": after the rep argues past her concern, the rest left out in a word is that concern still standing. */
const LEFT_OUT: Row[] = [
  {
    lines: [
      'C: What will it cost them? My Medicare patients cannot pay brand prices.',
      "R: On their plan it's tier three and about forty dollars a month, and it lowers LDL by a third.",
      'C: Forty works for a handful. Not everyone.',
    ],
    has: 'objection_cost',
  }, // misread
  {
    lines: ['R: How many of your patients are on a statin?', 'C: Most of them. Not all.'],
    not: 'objection_cost',
  },
];

/** The rep naming that she has to go, where the clause ends on it, works to her clock. */
const HER_LEAVING: Row[] = [
  {
    lines: [
      "C: Three minutes, I'm behind already.",
      'R: Understood.',
      'C: Go on.',
      "R: Short summary since you've got to run: your post-stent patients, LDL down, Harborline covers it. Does that work?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      "C: Three minutes, I'm behind already.",
      'R: Understood.',
      'C: Go on.',
      'R: I know you need to get back, so one thing: can I leave the coverage sheet with Monica?',
    ],
    has: 'time_adapt',
  },
  {
    lines: [
      'C: What do I check before starting?',
      'R: You need to run a lipid panel first, then again at twelve weeks.',
    ],
    not: 'time_adapt',
  },
];

/** Her telling the rep what to do next is a step or a send-off, not a need of hers. */
const INSTRUCTED: Row[] = [
  {
    lines: [
      'R: Shall I set something up with your team?',
      'C: Good. In two weeks, bring the hub forms and walk my MA through them.',
    ],
    not: 'shares_need',
  }, // misread
  {
    lines: ['R: Anything else I can do?', 'C: Yeah, fine. Leave a card with the front desk for the clinic manager.'],
    not: 'shares_need',
  },
  {
    lines: [
      "R: What's your main goal for these patients?",
      'C: Keep them out of hospital. Every admission costs us a bed for a week.',
    ],
    has: 'shares_need',
  },
  {
    lines: [
      "R: What's your main goal for these patients?",
      'C: Stop them ending up back on the ward. That is the whole game.',
    ],
    has: 'shares_need',
  },
];

/** A share of her panel says who her patients are, in however few words. */
const PANEL_SHARE: Row[] = [
  {
    lines: [
      'R: The trial randomized adults with cellulitis to one dose or ten days of IV therapy.',
      'C: Ten percent is a generous margin. And were drug users left out? They make up almost half of my cellulitis patients.',
    ],
    has: 'shares_need',
  }, // misread
];

/** "Patient's waiting." is "a patient is waiting": her clock, not her situation. */
const WAITING: Row[] = [
  {
    lines: [
      'R: Could you try it in two patients this month?',
      "C: Sure, fine. Leave the leaflets at the desk. Patient's waiting.",
    ],
    has: 'time_cue',
  }, // misread
];

/** Telling the rep what to bring or send takes the step on; it pushes back on nothing. */
const TOLD_WHAT_TO_SEND: Row[] = [
  {
    lines: [
      'R: Then put both costs in front of the committee, with the bed-days beside the drug spend.',
      "C: Send the model through, blank, not filled in. I'll add our own figures.",
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      'R: Then put both costs in front of the committee, with the bed-days beside the drug spend.',
      "C: Send the model through, blank, not filled in. I'll add our own figures.",
    ],
    not: 'objection_evidence',
  }, // misread
  {
    lines: ['R: It is covered on most commercial plans.', 'C: Sorry, one second. Go ahead.'],
    not: 'agrees',
  },
  {
    lines: ['R: It is covered on most commercial plans.', 'C: Give me a second. My nurse needs me.'],
    not: 'agrees',
  },
];

/** Granting that those doing fine stay put, or saying it plainly in speech ("not gonna"), takes her stance as given. */
const LEFT_WHERE_THEY_ARE: Row[] = [
  {
    lines: [
      'C: Honestly, what we have is working. My patients do fine on their daily shot.',
      "R: Sure, and for anyone doing fine on it already, I wouldn't change a thing. Could I ask about the ones who won't start?",
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      "C: We're pretty happy with the basal insulins we use here.",
      "R: Glad it's going well, and I'm not gonna try and change something that works. Where does it fall short?",
    ],
    has: 'acknowledge',
  }, // misread
];

/** "That's right where…" says "exactly where", it agrees with nothing. */
const RIGHT_WHERE: Row[] = [
  {
    lines: [
      "C: A good number of my patients hold off insulin a year or more, because they don't want to inject every day. Where has it worked for you?",
      "R: Those patients matter. And honestly that's right where I've seen weekly dosing make the biggest difference, but I'd like your side of it first. What stops them?",
    ],
    not: 'rebuttal',
  }, // misread
  {
    lines: [
      "C: I'm not moving stable patients, full stop.",
      "R: That's right, nobody stable gets moved. Which new starts worry you?",
    ],
    has: 'acknowledge',
  },
];

/** A "But" sentence that argues nothing and leads into a question turns to her, not against her. */
const BUT_FIRST: Row[] = [
  {
    lines: [
      'C: Honestly, our current inhaler works fine for most of them.',
      'R: I hear you. But first, your side of it matters more than mine. Which patients still struggle on it?',
    ],
    not: 'rebuttal',
  }, // misread
  {
    lines: [
      'C: Honestly, our current inhaler works fine for most of them.',
      'R: I hear you. But Brevora clears the airways twice as fast. Which patients still struggle on it?',
    ],
    has: 'rebuttal',
  },
];

/** Stopping the rep to ask which of two it is ("Hang on… is it this, or that?") is losing the thread. */
const WHICH_IS_IT: Row[] = [
  {
    lines: [
      'R: The PA goes through once the patient has tried metformin, and I can get the form to the clinics.',
      'C: Fine. Actually, wait, the titration pens. Is the 1 mg a different pen than the 2 mg, or do you dial one pen for both?',
    ],
    has: 'confusion_cue',
  }, // misread
  {
    lines: [
      'R: The PA goes through once the patient has tried metformin, and I can get the form to the clinics.',
      'C: Good. Does it go to me or to the prescriber?',
    ],
    not: 'confusion_cue',
  },
];

/** The company named in a promise ("I'll take it up with the trade team at our company") is no small talk about it. */
const COMPANY: Row[] = [
  {
    lines: [
      "C: Under two minutes. Oh, I'm sure.",
      "R: I'd be skeptical too, that's fair. If a claim takes longer, tell me and I'll raise it with the access team at our company.",
    ],
    not: 'off_topic',
  }, // misread
  {
    lines: [
      "C: I'm forty minutes behind. Go.",
      'R: Thanks. First, a little background: our company has thirty years in neuroscience.',
    ],
    has: 'off_topic',
  },
  {
    lines: [
      'C: Oh, wonderful. One more weekly injectable. Just what my Tuesday needed.',
      'R: Yikes. Which one burned you?',
    ],
    has: 'acknowledge',
  }, // misread
];

/** An agenda for the minutes she grants fits the call to her time: the time cue is met. */
const PLANNED: { lines: string[]; by: string | undefined }[] = [
  {
    lines: [
      "C: I can spare a few minutes. Fair warning, I've been let down by adjuncts before.",
      "R: Thanks for the time. I'd like to spend it hearing about your patients, not presenting. Tell me about the adjuncts that let you down.",
    ],
    by: 'purpose',
  }, // misread
  {
    lines: [
      'C: I can spare a few minutes.',
      "R: Thanks. I'm here to tell you about Calmira, our new adjunct, and its response rates.",
    ],
    by: undefined,
  },
  {
    lines: [
      'C: I have about ten minutes. What did you want to talk about?',
      'R: I would like to understand how you manage patients above goal. How do you decide when to add a second agent?',
    ],
    by: undefined,
  },
];

/** The call held to her minutes and one item ("two minutes, single topic") is an agenda, however it is joined. */
const HELD_TO_ONE: KindRow[] = [
  {
    lines: [
      "C: Quick, please. I've got a queue and my tech is out.",
      'R: Okay, two minutes, single topic. Is the new pen causing trouble at your counter?',
    ],
    kind: 'agenda',
  }, // misread
  {
    lines: [
      "C: Quick, please. I've got a queue and my tech is out.",
      "R: Then two minutes, one subject, that's it. What's slowing your pen scripts down?",
    ],
    kind: 'agenda',
  }, // misread
];

/** Sending the rep to a colleague with her say-so ("let her know I said okay") takes part in the step. */
const SAY_SO: KindRow[] = [
  {
    lines: [
      'R: How about our nurse educator runs a thirty-minute session with your team first?',
      'C: Yes, nurses first. Set it up however suits you; Priya books their training, let her know I said okay.',
    ],
    kind: 'committed',
  }, // misread
];

/** A day of hers named before anything that sounds like a brush-off sets the step; "tues" is Tuesday. */
const DAY_FIRST: Row[] = [
  {
    lines: [
      'R: Could I sit down with Dana this week, fifteen minutes whenever suits her, to go over the dosing sheet?',
      "C: Wednesday. She's around after three. That sheet, leave it with me.",
    ],
    has: 'agrees',
  }, // misread
  {
    lines: [
      'R: Could I sit down with Dana this week, fifteen minutes whenever suits her, to go over the dosing sheet?',
      'C: tues. dana is free from 2. tell her i said ok.',
    ],
    has: 'agrees',
  },
  {
    lines: [
      'R: Could I sit down with Dana this week, fifteen minutes whenever suits her, to go over the dosing sheet?',
      'C: Leave it with me. Maybe Wednesday.',
    ],
    not: 'agrees',
  },
];

/** "I literally just told you": a word between "I" and "just said" keeps it a correction. */
const TOLD_YOU: KindRow[] = [
  {
    lines: [
      'C: She pays the copay out of her pension. Do you have anything for her?',
      'R: I hear you. Our card brings commercial copays down to ten dollars.',
      'C: She has Medicare. I literally just told you.',
    ],
    kind: 'correction',
  }, // misread
  {
    lines: [
      'C: She pays the copay out of her pension. Do you have anything for her?',
      'R: I hear you. Our card brings commercial copays down to ten dollars.',
      "C: She's on Medicare. I've just said that.",
    ],
    kind: 'correction',
  }, // misread
];

/** A clipped sentence repeating what she said earlier in the turn vents, even from a joined word ("a forty-minute call … Forty minutes."). */
const SAID_AGAIN: Row[] = [
  {
    lines: [
      "R: I know you're slammed, so five minutes.",
      "C: Five minutes. Fine. I just got off a thirty-minute call with a plan over one inhaler. He's used it for nine years. Thirty minutes.",
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: And it is covered on most commercial plans.',
      'C: Mm. Sorry, Tina, can you take register two? ... Sorry. Go ahead.',
    ],
    not: 'emotion_cue',
  },
];

/** "Right, not those patients.": a yes to the group she just took out grants it. */
const NOT_THOSE: Row[] = [
  {
    lines: [
      'C: Most of mine are over seventy with heart disease. I will not put them on a drug with that warning.',
      'R: Right, not those patients. That leaves the younger ones who failed methotrexate. Any of them refusing injections?',
    ],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      'C: Most of mine are over seventy with heart disease. I will not put them on a drug with that warning.',
      'R: Right, not yet. But the data show the risk is small, and Joravex is the best option.',
    ],
    not: 'acknowledge',
  },
];

/** Questions about her career or an ideal rep are small talk, not her patients. */
const ABOUT_HER_CAREER: Row[] = [
  {
    lines: ['C: About six years.', 'R: Nice. What got you into family medicine originally?'],
    has: 'off_topic',
  }, // misread
  {
    lines: [
      'C: Prior auths, mostly.',
      'R: One more: what would the perfect relationship with a drug rep look like for you?',
    ],
    has: 'off_topic',
  }, // misread
  {
    lines: ['C: Prior auths, mostly.', 'R: What got you to stop using the older inhaler?'],
    not: 'off_topic',
  },
];

/** "My only aim…" names the plan as "my aim" does; "I'd like to ask you to try it" asks her to act, it plans no questions. */
const AIMS: KindRow[] = [
  {
    lines: [
      'C: Hello.',
      "R: Thanks for fitting me in. My only goal today is to hear how you handle the patients who won't inject.",
    ],
    kind: 'agenda',
  }, // misread
  {
    lines: ['C: Hello.', "R: I'd like to ask you to try Calmira in your next two patients."],
    kind: 'pitch',
  }, // misread
  {
    lines: ['C: Hello.', "R: I'd like to ask you a few questions about your patients."],
    kind: 'agenda',
  },
];

/** Words she quotes are what someone would say, not her stance; "That's what eats at me" after her story is her feeling. */
const QUOTED: Row[] = [
  {
    lines: [
      'R: What would a preventive need to do for you?',
      "C: Be tolerable, and fast. If I could honestly tell them 'stick with it for four weeks,' that's a pitch I can make.",
    ],
    not: 'objection_status_quo',
  }, // misread
  {
    lines: [
      'R: What would a preventive need to do for you?',
      "C: Work fast. Being able to say to them, 'hang in there for a month', they'd buy that.",
    ],
    not: 'emotion_cue',
  }, // misread
  {
    lines: [
      'R: What happens when they stop?',
      "C: One teacher tried three in a year, then vanished for eight months and came back with daily headaches. And that's what eats at me, honestly.",
    ],
    has: 'emotion_cue',
  }, // misread
  {
    lines: [
      "R: It's in line with the class on side effects.",
      'C: Denials are exactly what worries me, not side effects.',
    ],
    not: 'emotion_cue',
  },
];

/** A plan named with the time it is for ("My hope for the next ten minutes or so: …"), or "you talk and I listen", is an agenda. */
const PLAN_FOR_THE_TIME: KindRow[] = [
  {
    lines: [
      'C: Hello.',
      'R: Good to see you again. My hope for the next ten minutes or so: hear how your heart failure patients do after discharge, then decide together if anything is worth a look.',
    ],
    kind: 'agenda',
  }, // misread
  {
    lines: [
      'C: Let me save you the trouble. I stopped using the class after the safety data.',
      "R: Understood. I'm after two minutes where you talk and I listen, not a sales pitch. Where do you go after a TNF fails?",
    ],
    kind: 'agenda',
  }, // misread
];

/** "I have to return to clinic." is her clock; "I said nothing of the sort." corrects the rep. */
const RETURN_TO_CLINIC: Row[] = [
  {
    lines: [
      "R: That's basically everyone under fifty, so that's great!",
      'C: I said nothing of the sort. I have to return to clinic.',
    ],
    has: 'time_cue',
  }, // misread
  {
    lines: [
      "R: That's basically everyone under fifty, so that's great!",
      'C: I said nothing of the sort. I have to return to clinic.',
    ],
    has: 'emotion_cue',
  }, // misread
];

/** Leaving the choice to her judgment ("you'll be the judge of which ones") takes in her point. */
const HER_JUDGMENT: Row[] = [
  {
    lines: [
      "C: The copay is the problem. My Medicare patients can't afford brand drugs.",
      "R: On their plan it's tier three with no PA, about forty-five a month, and LDL drops by a third.",
      'C: Forty-five a month is still too expensive for some of them.',
      "R: Right, and you'll be the judge of which ones. Could you pick two who'd manage it?",
    ],
    has: 'acknowledge',
  }, // misread
];

/** Doubting the trial in other words: its comparator ("Not against Trivalea."), its population ("how many were
 * over eighty?"), the paper ("I've been through the publication"). */
const TRIAL_DOUBTED: Row[] = [
  {
    lines: [
      'R: In the trial it cut strokes by a third with fewer bleeds.',
      "C: Against warfarin, fine. But who starts warfarin these days? And how many were over eighty? That's who we see.",
    ],
    has: 'objection_evidence',
  }, // misread
  {
    lines: [
      'R: It beat dual therapy on exacerbations.',
      "C: Against dual. Not against Trivalea. And the device isn't my problem.",
    ],
    has: 'objection_evidence',
  }, // misread
  {
    lines: [
      'R: What matters most for these patients?',
      'C: Things like transport, such as getting to the clinic at all.',
    ],
    not: 'objection_evidence',
  },
];

describe('calls said a twelfth way', () => {
  itRows({
    DISCLAIMED,
    WHOSE_FEELING,
    LEFT_OUT,
    HER_LEAVING,
    INSTRUCTED,
    PANEL_SHARE,
    WAITING,
    TOLD_WHAT_TO_SEND,
    LEFT_WHERE_THEY_ARE,
    RIGHT_WHERE,
    BUT_FIRST,
    WHICH_IS_IT,
    COMPANY,
    DAY_FIRST,
    SAID_AGAIN,
    NOT_THOSE,
    ABOUT_HER_CAREER,
    QUOTED,
    RETURN_TO_CLINIC,
    HER_JUDGMENT,
    TRIAL_DOUBTED,
  });
  itKinds('purpose', { HELD_TO_ONE, AIMS, PLAN_FOR_THE_TIME });
  itKinds('agrees', { SAY_SO });
  itKinds('emotion_cue', { TOLD_YOU });
  for (const row of PLANNED)
    it(`PLANNED: time cue met by ${row.by ?? 'nothing'} :: ${row.lines.at(-1)!.slice(0, 60)}`, () => {
      const cue = readConversation(conversation(...row.lines)).timeline.cues.find((q) => q.kind === 'time_cue');
      expect(cue?.adaptedBy).toBe(row.by);
    });
});
