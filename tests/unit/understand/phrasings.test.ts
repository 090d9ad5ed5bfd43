// Common ways reps and HCPs say things, written for this test (not taken from the labeled set): each
// row is one act a trainer would hear, and its near miss that must not be read that way.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const NEED = 'C: My biggest problem is patients who stop their statin after a month because of muscle aches.';
const WORRY = "C: Honestly, I'm worried about the bleeding risk in my older patients.";
const ASK = 'R: Would you try it in two patients?';

/** Round 1. */
const ROUND1: Row[] = [
  {
    lines: [NEED, "R: What I'm taking away is that the aches drive them off the statin in the first month."],
    has: 'paraphrase',
  },
  { lines: [NEED, 'R: What I am taking to the office is a new statin brochure.'], not: 'paraphrase' },
  { lines: [WORRY, "R: Bleeding really isn't an issue with this one."], has: 'rebuttal' },
  { lines: [WORRY, 'R: Sure, but the benefits far outweigh the risks.'], has: 'rebuttal' },
  { lines: [WORRY, 'R: Sure. What have you seen in your older patients?'], not: 'rebuttal' },
  { lines: [NEED, 'R: Curious how you handle that today.'], has: 'open_question' },
  { lines: [NEED, 'R: I was curious.'], not: 'open_question' },
  { lines: [NEED, 'R: Can you walk me through what happens next?'], has: 'open_question' },
  { lines: [NEED, 'R: Can you start two patients this week?'], not: 'open_question' },
  { lines: [NEED, 'R: Would it be okay if I came back Tuesday at 3 with the data?'], has: 'next_step_specific' },
  { lines: [NEED, 'R: When I came back from vacation, the formulary had changed.'], not: 'ownership' },
  { lines: [NEED, "R: Let's touch base again in a couple of weeks."], has: 'next_step_vague' },
  { lines: [NEED, "R: Let's say a patient stops the statin. What happens then?"], not: 'next_step_vague' },
  { lines: ["C: I don't see a reason to change what's working."], has: 'objection_status_quo' },
  { lines: ["C: I'm still figuring out what works for them."], not: 'objection_status_quo' },
  { lines: ['C: Honestly, it breaks my heart when they come back worse.'], has: 'emotion_cue' },
  { lines: [ASK, 'C: If the prior auth goes through, sure.'], has: 'conditional' },
  { lines: [ASK, "C: If that's fine with you, what else should I know?"], not: 'conditional' },
];

const PEN =
  'C: The hardest part is getting my diabetics to stick with injections; a lot of them bail after the first pen.';
const DOUBT = "C: I just don't trust the long-term safety data on this class.";
const PLAN = 'R: Could we plan to start two of your patients this month?';
/** Round 2. */
const ROUND2: Row[] = [
  { lines: [DOUBT, 'R: I appreciate you being upfront about that.'], has: 'acknowledge' },
  { lines: [DOUBT, 'R: What would change your mind?'], has: 'explore' },
  { lines: [PEN, 'R: What would change for your nurses?'], not: 'explore' },
  { lines: [DOUBT, "R: I'd push back on that a little, the data is pretty solid."], has: 'rebuttal' },
  { lines: [DOUBT, 'R: The five-year data is pretty solid for patients like yours.'], not: 'rebuttal' },
  { lines: [PEN, 'R: Talk to me about the first month for those patients.'], has: 'open_question' },
  {
    lines: ["C: I'm not sure I follow. What's a titration guide?", "R: Sorry, let me back up. It's a one-page sheet."],
    has: 'simplify',
  },
  { lines: ['R: Shifting to coverage for a second, which plans are you seeing most?'], has: 'transition' },
  { lines: ['R: Patients are switching to generics. Which plans are you seeing most?'], not: 'transition' },
  { lines: ['C: The copays on these are too high for my patients.'], has: 'objection_cost' },
  { lines: ["C: It's been a brutal week for my staff."], not: 'objection_cost' },
  { lines: ['C: Every one of these needs a prior auth and my staff is drowning.'], has: 'objection_access' },
  { lines: ["C: I'm nervous about pancreatitis."], has: 'objection_safety' },
  { lines: ['C: Uh-huh.'], has: 'disinterest_cue' },
  { lines: ["C: It's been a rough week, honestly. We lost a patient on Monday."], has: 'emotion_cue' },
  { lines: ['C: We lost the contract with that plan on Monday.'], not: 'emotion_cue' },
  { lines: [PLAN, "C: Sure, drop off some info and I'll look at it."], has: 'brush_off' },
  { lines: [PLAN, 'C: Not this month, no.'], has: 'declines' },
  { lines: [PLAN, "C: Okay, I'll start two next week and we'll see."], has: 'agrees', not: 'brush_off' },
];

const WINTER = "C: What keeps me up is my COPD patients who land in the hospital every winter; we can't keep them out.";
const BURNED = 'C: Frankly, the last inhaler we tried was a disaster with my elderly patients.';
const TRY = 'R: Would you be open to trying it with your next three COPD patients?';
/** Round 3. */
const ROUND3: Row[] = [
  {
    lines: [WINTER, "R: Let me see if I've got it: the admissions cluster in winter and you can't keep them out."],
    has: 'paraphrase',
  },
  { lines: [BURNED, 'R: What went wrong with it?'], has: 'explore' },
  { lines: [WINTER, 'R: What went on the formulary this year?'], not: 'explore' },
  { lines: [BURNED, "R: Well, ours is totally different, so that won't happen."], has: 'rebuttal' },
  { lines: [WINTER, 'R: Maybe we can connect again down the road.'], has: 'next_step_vague' },
  { lines: [WINTER, 'R: Maybe we can talk about the winter data.'], not: 'next_step_vague' },
  { lines: [WINTER, 'R: Could I ask you to try it with two patients before December?'], has: 'commitment_request' },
  {
    lines: [WINTER, 'R: Trivair is the most advanced inhaler on the market with outstanding results.'],
    has: 'generic_benefit',
  },
  { lines: [WINTER, 'R: What do you do for a breakthrough flare at night?'], not: 'generic_benefit' },
  { lines: ['R: Before we wrap up, can I ask about your asthma patients?'], has: 'transition' },
  { lines: ["C: Honestly, what we're doing is working well enough."], has: 'objection_status_quo' },
  { lines: ["C: I'm worried about thrush and pneumonia with the steroid."], has: 'objection_safety' },
  { lines: [TRY, "C: I'm going to pass for now."], has: 'declines' },
  { lines: [TRY, 'C: Maybe, if you can get it covered for them.'], has: 'conditional' },
  { lines: [TRY, 'C: Maybe one of my partners would, if they care enough.'], not: 'conditional' },
  { lines: ['C: Sorry for the mess in here, we just moved offices.'], not: 'emotion_cue' },
];

const PA =
  'C: My real headache is the prior auth back-and-forth; my MA spends half her Fridays on it and patients wait two weeks to start.';
const STABLE = "C: I don't see why I'd switch anyone who's stable on apixaban.";
const ANGRY = "C: It's frustrating. I feel like I'm fighting the insurance companies more than the disease.";
const START = 'R: Would you be willing to start your next two new AFib patients on it?';
/** Round 4. */
const ROUND4: Row[] = [
  { lines: [ANGRY, "R: That sounds exhausting. What's the worst part of it for you?"], has: 'explore' },
  {
    lines: [
      STABLE,
      "R: That's fair, if they're stable there's no reason to rock the boat. Where might a change make sense, if anywhere?",
    ],
    has: 'explore',
  },
  { lines: [PA, 'R: We should stay in touch.'], has: 'next_step_vague' },
  { lines: [PA, 'R: We should look at the appeal letters together.'], not: 'next_step_vague' },
  { lines: ['C: Sorry, which one is the once-daily one again?'], has: 'confusion_cue' },
  { lines: ['C: Which one is covered on the Medicare plans?'], not: 'confusion_cue' },
  { lines: ["C: Look, I've heard this pitch from three companies this month."], has: 'disinterest_cue' },
  { lines: ['C: The bleeding risk in my frail elderly is what scares me.'], has: 'objection_safety' },
  { lines: ["C: We have a protocol that works and the committee won't change it."], has: 'objection_status_quo' },
  { lines: [START, "C: Only if the patient's plan covers it without a prior auth."], has: 'conditional' },
  { lines: [START, 'C: Only two of them are new this month.'], not: 'conditional' },
  {
    lines: ['R: It reduced migraine days in the trials.', 'C: By how much, compared to what?'],
    has: 'objection_evidence',
  },
  {
    lines: ['R: It reduced migraine days in the trials.', 'C: What was the comparator in that trial?'],
    not: 'objection_evidence',
  },
];

const LAPSE =
  'C: The problem is my psoriasis patients get approved for a biologic and then lose coverage when they change jobs.';
const BEFORE = 'C: Your rep told me the same thing last year and nothing changed.';
const ONE = 'R: Can I get you to try it with one patient who lost coverage this year?';
/** Round 5. */
const ROUND5: Row[] = [
  { lines: [BEFORE, 'R: Help me understand what went sideways.'], has: 'explore' },
  { lines: [BEFORE, "R: You're right to be skeptical after that."], has: 'acknowledge' },
  { lines: [BEFORE, "R: I hear the frustration, and I'd feel the same way."], has: 'acknowledge' },
  { lines: [BEFORE, "R: Well, I'm not that rep, and our program is the best in the industry."], has: 'rebuttal' },
  { lines: [BEFORE, "R: That's just not accurate, our program has improved a lot."], has: 'rebuttal' },
  {
    lines: [
      LAPSE,
      "R: Just so I'm clear, the approval isn't the problem, it's keeping them covered when their insurance changes?",
    ],
    has: 'paraphrase',
  },
  { lines: [LAPSE, 'R: Let me get back to you on that at some point.'], has: 'next_step_vague' },
  { lines: ['C: Honestly, the price tag on these biologics is ridiculous.'], has: 'objection_cost' },
  { lines: ['C: Step therapy means they have to fail two drugs first.'], has: 'objection_access' },
  { lines: ['C: Those trials were all short-term. I need five-year data.'], has: 'objection_evidence' },
  { lines: ['C: The short-term goal is getting them clear before summer.'], not: 'objection_evidence' },
  { lines: ['C: Okay. Is that it?'], has: 'disinterest_cue' },
  { lines: [ONE, "C: Leave me some materials and I'll get to it."], has: 'brush_off' },
  { lines: [ONE, 'C: Yes, I have someone in mind. Send me the form.'], has: 'agrees', not: 'brush_off' },
];

const AGES = "C: I'm not convinced the mortality benefit applies to my older patients.";
/** Round 6. */
const ROUND6: Row[] = [
  { lines: [AGES, 'R: What age group are you thinking of specifically?'], has: 'explore' },
  {
    lines: [AGES, "R: The benefit was consistent across all ages, so that's not really a concern."],
    has: 'rebuttal',
  },
  {
    lines: [
      'C: Wait, what do you mean by titration window?',
      'R: Sorry, I mean the first four weeks, when you step the dose up.',
    ],
    has: 'simplify',
  },
  { lines: ['R: That covers dosing. Now, about monitoring: how often do you check labs?'], has: 'transition' },
  { lines: ['C: Our current regimen does the job.'], has: 'objection_status_quo' },
  { lines: ['C: Our hospital formulary only has the older agent.'], has: 'objection_access' },
  { lines: ['C: Our hospital formulary was updated in March.'], not: 'objection_access' },
  { lines: ['C: The study population was younger and healthier than mine.'], has: 'objection_evidence' },
  { lines: ['C: Hyperkalemia is my biggest concern with this.'], has: 'objection_safety' },
  { lines: ["C: I'm honestly worn out by the prior auth fights."], has: 'emotion_cue' },
];

const HATED = 'C: We tried a long-acting injectable before and patients hated the injection site pain.';
const FOLLOW =
  'C: Honestly my biggest gap is follow-up: patients leave the hospital on the right drug and stop it within a month.';

/** Round 7. */
const ROUND7: Row[] = [
  { lines: [HATED, "R: That's a real concern, nobody wants patients in pain."], has: 'acknowledge' },
  { lines: [HATED, "R: Oof, that's a hard one."], has: 'acknowledge' },
  { lines: [HATED, 'R: How bad did the pain get for them?'], has: 'explore' },
  { lines: [HATED, 'R: Was it the pain itself or the fear of the needle that made them stop?'], has: 'explore' },
  { lines: [HATED, "R: Our injection doesn't really hurt, so that won't be an issue."], has: 'rebuttal' },
  { lines: [HATED, 'R: Honestly, patients get used to it after the first shot.'], has: 'rebuttal' },
  { lines: [FOLLOW, "R: I'll circle back with you later."], has: 'next_step_vague' },
  {
    lines: [
      "C: Make it quick, I've got a full clinic.",
      'R: Will do. One question: who handles follow-up calls after discharge?',
    ],
    has: 'time_adapt',
  },
  { lines: ['R: Can I switch topics for a second and ask about coverage?'], has: 'transition' },
  { lines: ['C: The injectables cost a fortune and our budget is frozen.'], has: 'objection_cost' },
  { lines: ["C: The clinic isn't set up to give injections."], has: 'objection_access' },
  { lines: ['C: The clinic is set up for walk-ins on Fridays.'], not: 'objection_access' },
  { lines: ['C: It kills me when they come back sicker than before.'], has: 'emotion_cue' },
  {
    lines: [
      'R: Would you be willing to try it with one patient at discharge next week?',
      'C: Mm, maybe. Leave the info with my nurse.',
    ],
    has: 'brush_off',
  },
];

const A1C = 'R: It lowers A1c by about 1.5 points, once weekly.';
const ABOVE = 'R: Could you try it with two of your patients who are above goal?';

/** Round 8: what HCPs say back. */
const ROUND8: Row[] = [
  {
    lines: [A1C, "C: I've got metformin, SGLT2s and GLP-1s already. What does this add?"],
    has: 'objection_status_quo',
  },
  { lines: [A1C, "C: We're pretty set in our ways here, to be honest."], has: 'objection_status_quo' },
  { lines: [A1C, 'C: None of my patients can pay for that out of pocket.'], has: 'objection_cost' },
  { lines: [A1C, "C: It'll never get past our P&T committee."], has: 'objection_access' },
  { lines: [A1C, 'C: Insurance will just deny it, they always do.'], has: 'objection_access' },
  { lines: [A1C, 'C: Insurance covered it for most of them last year.'], not: 'objection_access' },
  { lines: [A1C, "C: I'm running way behind today."], has: 'time_cue' },
  { lines: [A1C, "C: I've got a packed afternoon, so let's keep this tight."], has: 'time_cue' },
  { lines: [A1C, "C: My next patient's been waiting twenty minutes."], has: 'time_cue' },
  { lines: [A1C, 'C: Honestly, I love it when a patient finally gets to goal.'], has: 'emotion_cue' },
  { lines: [ABOVE, "C: Okay, let's try it."], has: 'agrees', not: 'brush_off' },
  { lines: [ABOVE, 'C: Okay.'], not: 'agrees' },
  { lines: [ABOVE, "C: I'd try it once the coverage is sorted."], has: 'conditional' },
];

const WEIGHT = 'C: How does it compare with what I use now on weight?';
const COVER = 'C: Is it covered on Medicare Part D?';
const DOSE = "C: What's the dosing?";
const SHORT = 'C: I only have a couple of minutes.';
const LOST = "C: Sorry, I'm lost. What's an incretin again?";
const NNT = "C: I'm not following the part about the NNT.";
/** Round 9: answering or dodging, tying points to the HCP, signposts, time, plain words and recaps. */
const ROUND9: Row[] = [
  { lines: [WEIGHT, 'R: Great question. Let me first tell you about our savings card.'], has: 'dodges_question' },
  {
    lines: [WEIGHT, "R: It's about the same on weight, maybe a kilo better."],
    has: 'answers_question',
    not: 'dodges_question',
  },
  { lines: [COVER, 'R: Let me tell you about the efficacy data first.'], has: 'dodges_question' },
  { lines: [COVER, "R: Yes, on most Part D plans it's tier 3."], has: 'answers_question' },
  { lines: [DOSE, 'R: Once daily, with or without food.'], has: 'answers_question' },
  { lines: [DOSE, 'R: Before we get into that, how many patients like this do you see?'], has: 'dodges_question' },
  { lines: [NEED, 'R: Patients love how easy it is, and it really improves quality of life.'], has: 'generic_benefit' },
  {
    lines: [NEED, 'R: For the patients who quit over the aches, muscle symptoms were under 2 percent.'],
    has: 'priority_link',
    not: 'generic_benefit',
  },
  {
    lines: [NEED, 'R: Since the aches are what make them stop, this could keep them on therapy.'],
    has: 'priority_link',
  },
  {
    lines: [WORRY, 'R: For your older patients, major bleeding was no higher than with aspirin.'],
    has: 'priority_link',
  },
  {
    lines: ['C: Hi, what have you got for me?', "R: It's a game changer for outcomes across the board."],
    has: 'generic_benefit',
  },
  { lines: [NEED, 'R: Switching gears for a second, can I ask about your diabetic patients?'], has: 'transition' },
  { lines: [NEED, 'R: On a different note, how is the new clinic going?'], has: 'transition' },
  { lines: [NEED, 'R: Let me shift to the cost side for a moment.'], has: 'transition' },
  { lines: [NEED, 'R: Patients switching to a different statin often do better.'], not: 'transition' },
  { lines: [WORRY, 'R: What have you seen that worries you most?'], has: 'explore' },
  { lines: [WORRY, 'R: When you say older, which patients come to mind?'], has: 'explore' },
  { lines: [WORRY, 'R: Tell me more about that.'], has: 'explore' },
  { lines: [WORRY, 'R: Would you like to see the bleeding data?'], not: 'explore' },
  { lines: [SHORT, "R: Then I'll keep it to one point."], has: 'time_adapt' },
  { lines: [SHORT, 'R: Understood. Would it be better if I came back Thursday?'], has: 'time_adapt' },
  { lines: [SHORT, 'R: In thirty seconds: once weekly, fewer lows.'], has: 'time_adapt' },
  { lines: [SHORT, 'R: Let me give you the whole overview of the trial program first.'], not: 'time_adapt' },
  {
    lines: [LOST, "R: Put simply, it's a gut hormone that helps the pancreas release insulin after meals."],
    has: 'simplify',
  },
  { lines: [NNT, 'R: In plain terms, you treat 20 patients to prevent one stroke.'], has: 'simplify' },
  {
    lines: [NNT, 'R: The NNT was 20 in the trial and 18 in the subgroup, with a hazard ratio of 0.81.'],
    not: 'simplify',
  },
  {
    lines: [
      NEED,
      'R: Would you try it in two patients?',
      'C: Sure.',
      "R: To sum up: the aches are the issue, and you'll try it in two patients.",
    ],
    has: 'recap',
  },
  {
    lines: [
      NEED,
      'R: Would you try it in two patients?',
      'C: Sure.',
      "R: So where we've landed is two patients this week, and I'll bring the card Friday.",
    ],
    has: 'recap',
  },
];
describe('phrasings', () => {
  it.each([...ROUND1, ...ROUND2, ...ROUND3, ...ROUND4, ...ROUND5, ...ROUND6, ...ROUND7, ...ROUND8, ...ROUND9])(
    '$lines.1 $lines.0',
    expectRow,
  );
});
