// The acts of the labeled calls said again in other words: a behaviour read from one wording must be
// read from the next. Each group names a shape a trainer hears in any words; rows marked "misread"
// failed before the shape was read (the phrase lists knew only the labeled calls' own words).
import { describe } from 'vitest';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

/** Why the rep came, in shapes rather than stock phrases: an intent, a plan named, the call laid out or counted out. */
const PURPOSE: Row[] = [
  {
    lines: [
      "R: Hi, Dr. Chen, Sam from Orvane. I was really hoping to learn how you're picking patients for a second biologic.",
    ],
    has: 'purpose', // misread
  },
  {
    lines: ['R: Morning, Dr. Reyes. Two things for today: the new inhaler data and your refill process. That okay?'],
    has: 'purpose', // misread
  },
  { lines: ["R: Thanks for the time. My focus today is your patients who've stopped their statin."], has: 'purpose' }, // misread
  {
    lines: [
      "R: Here's how I'd use the fifteen: five on how you pick patients now, five on the data, the rest on next steps. Fair?",
    ],
    has: 'purpose', // misread
  },
  {
    lines: [
      'R: The plan was to walk through the renal data, but if refills are still the big headache, we can start there.',
    ],
    has: 'purpose', // misread
  },
  {
    lines: ["R: Dr. Oduya, I'll be quick: I wanted to put Lenvira on your radar for your gout patients."],
    has: 'purpose',
  }, // misread
  // Once she has raised something, a wish answers it: it sets no purpose for the call.
  {
    lines: [
      'R: What gets in the way most?',
      'C: My nurses are drowning in prior auths.',
      "R: I'd like to fix that for you.",
    ],
    not: 'purpose',
  },
  {
    lines: [
      'R: Where does it stall?',
      'C: The copay, the auth, and the three-week refill lag.',
      'R: So three things: the copay, the auth and the refill lag.',
    ],
    not: 'purpose',
  },
  { lines: ['R: Hi, Dr. Park.', 'C: Hi.', 'R: The plan is Medicare Advantage for most of them?'], not: 'purpose' },
];

const PITCH = 'R: Nexora cut exacerbations by a third in the VANTAGE trial, and it is once daily.';
/** Pushback in the HCP's own words: harms named as she names them, contentment, doubt about the trial. */
const PUSHBACK: Row[] = [
  {
    lines: [PITCH, "C: I've had too many older patients break a hip on drugs like this."],
    has: 'objection_safety', // misread
  },
  {
    lines: [PITCH, 'C: What bothers me is the fog. My patients get foggy and the families stop everything.'],
    has: 'objection_safety', // misread
  },
  {
    lines: [PITCH, 'C: Irritability and mood changes are the number one reason my patients quit these.'],
    has: 'objection_safety', // misread
  },
  {
    lines: [PITCH, 'C: Most of mine are on montelukast and holding steady. No complaints here.'],
    has: 'objection_status_quo',
  }, // misread
  { lines: [PITCH, "C: If somebody's stable, I'm leaving them alone."], has: 'objection_status_quo' }, // misread
  { lines: [PITCH, 'C: Non-inferiority, and unblinded on top of that.'], has: 'objection_evidence' }, // misread
  { lines: ["R: I'll initial the log every month.", 'C: Kyle made promises like that too.'], has: 'objection_other' }, // misread
  {
    lines: ['R: They aim for under ninety seconds on hold.', "C: Under ninety seconds. Oh, I'm sure."],
    has: 'objection_other',
  }, // misread
  {
    lines: [PITCH, "C: Our committee standardized on the generic last year. I'm not picking a fight with them."],
    has: 'objection_other', // misread
  },
  { lines: [PITCH, "C: I don't believe your numbers."], has: 'objection_evidence' }, // misread
  // A time that suits her, or a colleague who knows the system well, is no contentment.
  { lines: ['R: Would Thursday at eight work?', 'C: Okay, eight-fifteen is fine.'], not: 'objection_status_quo' },
  {
    lines: ['R: Could someone pull the refill report?', 'C: Rosa can. She knows the EHR inside out.'],
    not: 'objection_status_quo',
  },
  // Answering "what lets you down?" shares a need; it pushes back on nothing.
  {
    lines: [
      'R: Where do the current options let you down?',
      'C: Interactions, mostly. The levels go all over the map.',
    ],
    not: 'objection_safety',
  },
];

/** Cues in the HCP's own words, and the rep taking them up in theirs. */
const CUES: Row[] = [
  { lines: [PITCH, "C: Could be. I've got to run."], has: 'time_cue' }, // misread
  { lines: [PITCH, "C: Quickly. I've got seventeen waiting and my tech is out."], has: 'time_cue' }, // misread
  { lines: [PITCH, "C: I honestly can't sit through a whole pitch today."], has: 'time_cue' }, // misread
  { lines: [PITCH, 'C: Leave it at the desk. Off you go.'], has: 'time_cue' }, // misread
  { lines: [PITCH, "C: It's maddening. Every January the formulary flips and I redo everyone."], has: 'emotion_cue' }, // misread
  { lines: [PITCH, 'C: He lives on a pension, like I told you a minute ago.'], has: 'emotion_cue' }, // misread
  { lines: [PITCH, 'C: Oh, how exciting. Another monthly pen. My Thursday is complete.'], has: 'emotion_cue' }, // misread
  // A copay called ridiculous is the patients' barrier, not her mood; "lands on me" is her workload.
  {
    lines: [
      'R: Where does discharge stall?',
      "C: Either the copay's ridiculous or pharmacy wants to recheck the dose.",
    ],
    not: 'emotion_cue',
  },
  {
    lines: [
      'R: Dr. Kovacs, thanks for fitting me in.',
      "C: I've got patients waiting.",
      "R: Understood. I won't hold you up: can I come back Thursday at eight with the refill data?",
    ],
    has: 'time_adapt',
  },
  {
    lines: [
      'R: Is there a good time to come back?',
      'C: Yeah, whatever. Leave your card. I have to run.',
      'R: Sure. Mind if I circle back next month?',
    ],
    has: 'time_adapt', // misread
  },
  // "I'll be fast." and then the whole product story breaks the promise it makes.
  {
    lines: [
      'R: Hi, Dr. Brandt.',
      "C: I've got two minutes, max.",
      "R: For sure, I'll make it fast. Dolavent is a once-a-day tablet, no opioid, pain scores down 2.1 points, function up at twelve weeks, no dose changes for kidneys, no interactions with SSRIs, and a copay card down to ten dollars.",
    ],
    not: 'time_adapt',
  },
];

/** Asking for commitment without the stock words, and how the HCP's answer reads. */
const ASKS: Row[] = [
  {
    lines: [
      'R: Here is my thought: I swing back Tuesday the 21st at noon with lunch, and you flag three gout charts. Sound okay?',
    ],
    has: 'commitment_request', // misread
  },
  // The ask is that question, as a stock ask is: no closed question besides.
  { lines: ["R: I'll bring the dosing table Thursday at two. Are you okay with that?"], not: 'closed_question' }, // misread
  {
    lines: [
      'R: Do most of your patients fail allopurinol?',
      'C: Oh yeah. Everyone has them.',
      "R: Great. Any chance you'd start Uravix in a few of them?",
    ],
    has: 'commitment_request', // misread
  },
  {
    lines: ["R: I'll bring the dosing table Thursday at two. Are you okay with that?"],
    has: 'commitment_request', // misread
  },
  // An offer of more, or another question, after a proposal asks for nothing.
  { lines: ["R: I'll put in the request today. Do you want the St. Bride's protocol too?"], not: 'commitment_request' },
  {
    lines: ['R: Friday the 6th at eight, then. Is there anything else the last rep left a mess of?'],
    not: 'commitment_request',
  },
  {
    lines: [
      'R: Is there a good time to come back?',
      'C: Yeah, whatever. Leave your card. I have to run.',
      'R: Sure. Mind if I circle back next month?',
    ],
    has: 'next_step_vague', // misread
  },
  // A condition, however it is put, makes the answer a yes-if.
  {
    lines: [
      "R: I'll bring the adherence data Wednesday at 5:15. Does that suit you?",
      'C: Provided it genuinely helps with LDL lowering, what would be a reasonable next move?',
    ],
    has: 'conditional', // misread
  },
  {
    lines: [
      'R: Fewer admissions, and hardly any heart rate effect. Make sense?',
      'C: Fine. If it keeps the frequent flyers out of the building, that counts.',
    ],
    has: 'conditional', // misread
  },
  // A yes with a condition is the condition; praise for the question agrees to nothing.
  {
    lines: [
      'R: Could we start two of your patients on it next month?',
      "C: That's reasonable. Provided the copay holds, I'd try two.",
    ],
    not: 'agrees', // misread
  },
  {
    lines: [
      "R: I'll bring the brain data Thursday after clinic. Does that suit you?",
      "C: Good thing to ask. The brain is where they relapse. I'm pressed for time.",
    ],
    not: 'agrees', // misread
  },
];

/** Pulling away in her words: brushing off an ask, declining, showing no interest. */
const AWAY: Row[] = [
  {
    lines: ['R: Will you put your next patient on Dyskira?', "C: Yeah, yeah. Leave your card and I'll think it over."],
    has: 'brush_off', // misread
  },
  { lines: ['R: Could I stop by again next week?', 'C: Ask reception.'], has: 'brush_off' }, // misread
  {
    lines: ['R: Would you start your next six glaucoma patients on it?', 'C: No. I am staying with what works for me.'],
    has: 'declines',
  },
  {
    lines: ['R: So the dose gets cut once they pass 800 milligrams?', 'C: ...Yes. I literally just said that.'],
    has: 'disinterest_cue', // misread
  },
  {
    lines: [
      'R: What if you never had to trim the dose — what would that be worth?',
      "C: Not sure where you're going with that.",
    ],
    has: 'disinterest_cue', // misread
  },
  // A time and a place to meet again agree, whatever else rides along; so does a listening "go on".
  { lines: ["R: I'll be back in two weeks with the card data.", "C: Bring coffee and we'll talk."], not: 'brush_off' },
  { lines: ['R: Can I show you the sway data?', 'C: Go on, I am listening.'], not: 'disinterest_cue' },
];

/** Summing up in other words, and getting the HCP wrong while doing it. */
const RECAPS: Row[] = [
  // A lack in another clause ("…, and you're moving patients off it") does not make the turned-around word right.
  {
    lines: [
      "C: Truthfully, I'm not dissatisfied with it. It's the evening dose for my oldest patients.",
      "R: Let me check I've got this right: you're dissatisfied with it, and you're moving patients off it. Fair?",
    ],
    has: 'misstated_recap', // misread
  },
  {
    lines: [
      "C: I've got maybe two minutes.",
      "R: Here's what I took away: the patients who slide back in week two matter most, and nothing that adds blood work. Could I sit down with Marisol on Wednesday?",
    ],
    has: 'recap', // misread
  },
  {
    lines: [
      'C: I have to go.',
      'R: Fast summary, since you have to go: older patients who quit the pills, fewer night trips, and the plan covers it. Could you pick two patients by Friday?',
    ],
    has: 'recap', // misread
  },
  {
    lines: [
      "C: Truthfully, I'm not dissatisfied with it. It's the evening dose for my oldest patients.",
      "R: Let me check I've got this right: you're dissatisfied with it and ready for something new. Fair?",
    ],
    has: 'misstated_recap', // misread
  },
  {
    lines: [
      'R: Would you try it in your next three patients?',
      "C: Yeah, yeah, I'll mull it over.",
      "R: Terrific, so that's a go!",
    ],
    has: 'misstated_recap', // misread
  },
];

const PRICE = 'C: Fine, but what will they pay? Anything brand-name wipes out my Medicare patients.';
/** Taking in what she raised, in a rep's own words rather than the stock ones. */
const HEARD: Row[] = [
  {
    lines: [PRICE, "R: Yeah, that's normally where it breaks down. Which plans do most of them have?"],
    has: 'acknowledge',
  }, // misread
  {
    lines: [
      PRICE,
      "R: That's a miserable spot: patients blaming you for a price you don't set. Which plan hurts most?",
    ],
    has: 'acknowledge', // misread
  },
  { lines: [PRICE, 'R: Those are tough patients to reach. Which plans are they on?'], has: 'acknowledge' }, // misread
  { lines: [PRICE, 'R: That makes complete sense. Which plans are they on?'], has: 'acknowledge' },
  { lines: [PRICE, 'R: No argument there. What do they end up paying today?'], has: 'acknowledge' }, // misread
  // Thanks for the facts, or a stock feeling word before a new topic, takes in nothing.
  { lines: [PRICE, "R: That's helpful. And how many of your patients are over seventy?"], not: 'acknowledge' },
  { lines: [PRICE, 'R: Okay, that matches what we see. Which plans reject most?'], not: 'acknowledge' },
];

/** Saying yes in her own words. */
const YES: Row[] = [
  {
    lines: [
      "R: Dr. Castellano, I'll be fast: I wanted to put Uravix on your radar for your gout patients.",
      'C: Okay. Shoot.',
    ],
    has: 'agrees', // misread
  },
  {
    lines: ['R: I have more on the shelter program, if useful.', 'C: Get me the table.'],
    has: 'agrees', // misread
  },
  {
    lines: [
      'R: Would about four on Tuesday suit Dolores?',
      "C: She's out the door at four-fifteen. Do three-thirty. I'll give her a heads-up.",
    ],
    has: 'agrees', // misread
  },
  {
    lines: [
      'R: Would it help to talk about it, or would you prefer I stop by another day?',
      "C: No, stay. I'd rather talk this out.",
    ],
    not: 'declines', // misread
  },
];

const WARNING = 'C: That boxed warning covers the whole class. Your label carries it too.';
/** Arguing past her concern in new words: a short concession then "but", or waving it off. */
const ARGUES: Row[] = [
  {
    lines: [WARNING, "R: Yes, it's printed there, but frankly that's the regulators covering themselves."],
    has: 'rebuttal', // misread
  },
  {
    lines: [
      WARNING,
      "R: Okay, but surely a drug that beats alendronate on fractures is what your patients want, isn't it?",
    ],
    has: 'rebuttal', // misread
  },
  {
    lines: [
      "C: The last one needed a prior auth for every script. I can't take that on again.",
      "R: Oh, that's ancient history, prior auths just aren't a thing with this one.",
    ],
    has: 'rebuttal', // misread
  },
  // A concession and then a question about what lies behind it hears her out.
  { lines: [WARNING, 'R: Okay, but what would you need to see to feel safe with it?'], not: 'rebuttal' },
];

/** Signposts and questions behind a concern, in other words. */
const STEERS: Row[] = [
  { lines: [PRICE, 'R: Understood. Moving to cost: a course runs about nineteen hundred dollars.'], has: 'transition' }, // misread
  { lines: [PRICE, 'R: Fair enough. So, item two, the comparison with your current drug.'], has: 'transition' }, // misread
  { lines: [PRICE, 'R: That rough, huh? Which one left you holding the bag?'], has: 'explore' }, // misread
  { lines: [PRICE, 'R: Before I answer, where do the current options let you down?'], has: 'explore' }, // misread
  // Patients switching drugs is the HCP's story, not the rep changing the subject.
  { lines: [PRICE, 'R: So patients are switching to generics when the copay jumps.'], not: 'transition' },
];

/** Venting without a feeling word: the point said again for emphasis, a "not X, but" that turns to her grievance. */
const VENTING: Row[] = [
  {
    lines: [
      'R: How are samples working here?',
      'C: Sixty tubes that expired in July. Sixty. An MA nearly handed one out.',
    ],
    has: 'emotion_cue', // misread
  },
  {
    lines: [
      'R: Was it the last rep?',
      'C: Not him, but the thing that really gets me is the portal. Half the messages are panicked patients.',
    ],
    has: 'emotion_cue', // misread
  },
  // A count said once, or a time budget repeated to be clear, is no venting.
  { lines: ['R: How many are on it?', 'C: About forty of mine are on it now. Forty-ish.'], not: 'emotion_cue' },
];

describe('the labeled calls said in other words', () => {
  const groups = { PURPOSE, PUSHBACK, CUES, ASKS, AWAY, RECAPS, HEARD, YES, ARGUES, STEERS, VENTING };
  itRows(groups);
});
