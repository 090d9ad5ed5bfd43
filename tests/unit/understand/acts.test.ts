// What a turn does, read as a trainer reads it: one behaviour per row, each with its trap.
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../src/understand/index.js';
import { conversation } from '../../builders.js';
import { expectRow, lastActs, type ActRow } from '../../support/act-rows.js';

describe('rep acts', () => {
  it('"I think you\'ll find it interesting" predicts, owns no step, and a short slide list after a time cue does not respect it', () => {
    const acts = lastActs(
      "C: I really can't do a full presentation today.",
      "R: The slides also show the receptor binding data, the pharmacokinetics, the study design, the inclusion criteria, and the secondary endpoints, which I think you'll find really interesting.",
    );
    for (const act of ['ownership', 'time_adapt', 'next_step_specific'] as const) expect(acts).not.toContain(act);
  });

  it.each([
    {
      why: 'an imperative prompt is an open question',
      lines: ['C: We see a lot of them.', 'R: Walk me through how you pick a second agent.'],
      has: 'open_question',
    },
    {
      why: '"how many" asks for one fact',
      lines: ['C: We see a lot of them.', 'R: How many of those are on two drugs?'],
      has: 'closed_question',
      not: 'open_question',
    },
    {
      why: 'an agenda with a time frame is a purpose',
      lines: [
        "R: I'd like to spend ten minutes understanding how you manage them, then see if a next step makes sense.",
      ],
      has: 'purpose',
    },
    {
      why: '"I hear you, but…" is a rebuttal, not an acknowledgment',
      lines: ["C: I'm worried about the cost.", 'R: I hear you, but it really pays for itself.'],
      has: 'rebuttal',
      not: 'acknowledge',
    },
    {
      why: 'a concern heard out is acknowledged',
      lines: [
        "C: I'm worried about the bleeding risk in my older patients.",
        "R: That's a fair worry. What have you seen happen?",
      ],
      has: 'acknowledge',
    },
    {
      why: 'a near-verbatim repeat is a parrot',
      lines: [
        'C: Potassium creeps to 5.6 and I end up halving the ARB.',
        'R: Potassium creeps to 5.6 and you end up halving the ARB.',
      ],
      has: 'parrot',
      not: 'paraphrase',
    },
    {
      why: 'a recap that inverts a negation is misstated',
      lines: [
        "C: Honestly, I'm not unhappy with it. It's the evening dose.",
        "R: So just to make sure I heard you: you're unhappy with it.",
      ],
      has: 'misstated_recap',
      not: 'paraphrase',
    },
    {
      why: "putting the rep's own pitch in the HCP's mouth is misstated",
      lines: [
        'R: It delivers better outcomes.',
        'C: My patients gain weight on these.',
        "R: What I'm hearing is that you want better outcomes.",
      ],
      has: 'misstated_recap',
    },
    {
      why: 'taking a brush-off as a yes is misstated',
      lines: [
        'R: Can I count on you to try it in your next patient?',
        "C: Leave me a card, I'll think about it.",
        "R: Great, so that's a yes!",
      ],
      has: 'misstated_recap',
    },
    {
      why: 'a deflection dodges the question',
      lines: ['C: What is the eGFR cutoff?', "R: It's all in the PI. The bigger point is coverage."],
      has: 'dodges_question',
      not: 'answers_question',
    },
    {
      why: 'a direct answer answers the question',
      lines: ['C: What is the eGFR cutoff?', 'R: Thirty. Below that it is not recommended.'],
      has: 'answers_question',
    },
    {
      why: 'a named day makes a next step specific',
      lines: ["R: I'll bring the coverage sheet Thursday at two."],
      has: 'next_step_specific',
    },
    {
      why: '"swing by sometime" is vague',
      lines: ["R: I'll swing by sometime next month."],
      has: 'next_step_vague',
      not: 'next_step_specific',
    },
    {
      why: 'shortening after a time cue adapts',
      lines: ['C: I have two minutes.', "R: Then I'll be quick: one question."],
      has: 'time_adapt',
    },
    {
      why: 'a short pitch after a time cue does not adapt',
      lines: [
        'C: I have about ten minutes. What did you want to talk about?',
        "R: Hi, I'm here to tell you about Normavyn, our new once-daily single-pill combination that improves control.",
      ],
      has: 'purpose',
      not: 'time_adapt',
    },
    {
      why: 'small talk about the weekend is off topic',
      lines: ['R: How was your weekend? Did you catch the game?'],
      has: 'off_topic',
    },
    { why: 'one word is no content', lines: ['C: What brings you in?', 'R: ok'], has: 'no_content' },
    {
      why: '"Actually, …" right after an objection contradicts it',
      lines: [
        "C: I think we're fine with what we have.",
        'R: Actually, a lot of those patients are not as stable as you think.',
      ],
      has: 'rebuttal',
    },
    {
      why: 'a stock "I understand." then the case for the product argues past the objection',
      lines: [
        'C: The cost worries me, it is far higher than iron sucrose.',
        'R: I understand. When you factor in chair time for five infusions versus one, the total cost difference narrows substantially.',
      ],
      has: 'rebuttal',
      not: 'acknowledge',
    },
    {
      why: 'taking in what was said, without a stock phrase, acknowledges',
      lines: [
        'C: The ones who come back are exactly the ones who live alone.',
        "R: That's a hard group to reach. What have you tried for them?",
      ],
      has: 'acknowledge',
    },
    {
      why: "the HCP's own question read back is a parrot, not a question",
      lines: [
        'C: Do you have something that helps with that?',
        'R: Do you have something that helps with that? Yes, it has no anticholinergic effects.',
      ],
      has: 'parrot',
      not: 'closed_question',
    },
    {
      why: '"you should just prescribe it…this week" pushes for a commitment',
      lines: [
        'C: Coverage is the problem with these.',
        'R: Renoquel solves that. You should just prescribe it for your first patients this week.',
      ],
      has: 'commitment_request',
    },
    {
      why: '"isn\'t as bad as you think" dismisses the concern',
      lines: [
        'C: Coverage for these is a nightmare in my panel.',
        "R: Coverage really isn't as bad as you think, so just start a few patients.",
      ],
      has: 'rebuttal',
      not: 'acknowledge',
    },
    {
      why: '"they\'ll get used to it" dismisses the concern',
      lines: [
        'C: My patients are used to their two inhalers.',
        "R: Switching is really easy, they'll get used to it in a day.",
      ],
      has: 'rebuttal',
    },
    {
      why: '"Could I leave … and send … by Friday?" asks for a next step',
      lines: [
        'C: I only have a couple of minutes left.',
        'R: Could I leave the one-page summary today and send the testing program details to your nurse navigator by Friday?',
      ],
      has: 'commitment_request',
    },
    {
      why: '"Would fifteen minutes … next week work?" asks for a next step',
      lines: [
        'C: I have rounds in two minutes.',
        'R: Would fifteen minutes with the liaison next week work, scheduled through your nurse?',
      ],
      has: 'commitment_request',
    },
    {
      why: '"that\'s the real risk" takes the concern in',
      lines: [
        "C: I've seen too many hip fractures after sleeping pills in my older patients.",
        "R: Falls and hip fractures, that's the real risk. What have you tried for them?",
      ],
      has: 'acknowledge',
      not: 'rebuttal',
    },
    {
      why: '"The liaison will email…by Friday" says who does what',
      lines: ['C: Fine. Send it.', 'R: The liaison will email the subgroup tables by Friday.'],
      has: 'ownership',
    },
    {
      why: '"I won\'t take more of your time" respects the clock',
      lines: ["C: I'm running behind, so let's wrap up soon.", "R: Thank you, I won't take more of your time today."],
      has: 'time_adapt',
    },
    {
      why: '"Could we meet next Tuesday…?" asks for a next step, not a yes/no fact',
      lines: [
        'C: My practice manager will ask about reimbursement.',
        'R: Could we meet next Tuesday to look at the data together?',
      ],
      has: 'commitment_request',
    },
    {
      why: 'restating a lack ("the gap is having something medical") is no misreading',
      lines: [
        "C: And I don't have a medical option I feel good about.",
        'R: So the gap is having something medical to offer during the wait.',
      ],
      has: 'paraphrase',
      not: 'misstated_recap',
    },
    {
      why: 'saying which product the visit is about is a purpose, not a benefit claim',
      lines: [
        "R: Hi, Dr. Aubert, Taylor Brandt with Mireaux. I'm here about Wendrova, our once-weekly injectable for type 2.",
      ],
      has: 'purpose',
      not: 'generic_benefit',
    },
    {
      why: 'a claim right after playing the need back ties the product to it',
      lines: [
        'C: Some of them have had a stent, and they flat out refuse another statin.',
        "R: So the ones that worry you are the post-stent patients who won't take a statin. Lipravex lowered LDL about 28 percent in the trial, with muscle complaints like placebo.",
      ],
      has: 'priority_link',
      not: 'generic_benefit',
    },
    {
      why: 'a claim after a recap that gets the HCP wrong ties to nothing',
      lines: [
        "C: Honestly, I'm not unhappy with it. It's the evening dose, for one group.",
        "R: So just to make sure I heard you: you're unhappy with it. Corzelta's once-daily dosing and its low bleeding rate in the trial could really help.",
      ],
      has: 'misstated_recap',
      not: 'priority_link',
    },
    {
      why: 'detail tied to the need the HCP just described answers it, however long the list',
      lines: [
        "C: Half the time it's the anticoagulant. Either the copay's ridiculous and case management's scrambling, or the kidneys are borderline and pharmacy wants to recheck the dose. We lose a day.",
        "R: Velquist has a single dose that holds down to a creatinine clearance of 25, so there's no renal adjustment for pharmacy to recheck. And it's on formulary here with a discharge voucher case management can print: thirty days at zero copay, no insurance check, one page.",
      ],
      has: 'priority_link',
      not: 'feature_dump',
    },
    {
      why: 'the same list, unasked and tied to nothing, is a dump',
      lines: [
        'C: Go ahead.',
        "R: Velquist has a single dose that holds down to a creatinine clearance of 25, so there's no renal adjustment. And it's on formulary with a discharge voucher: thirty days at zero copay, no insurance check, a 24-hour half-life, no titration, one page.",
      ],
      has: 'feature_dump',
    },
  ])('$why', ({ lines, has, not }) => {
    const acts = lastActs(...lines);
    expect(acts).toContain(has);
    if (not !== undefined) expect(acts).not.toContain(not);
  });
});

describe('HCP acts', () => {
  it.each<ActRow & { why: string }>([
    {
      why: 'a polite status quo is an objection',
      lines: ['R: What do you use today?', "C: I think we're fine with what we have."],
      has: 'objection_status_quo',
    },
    {
      why: 'a cost worry is a cost objection',
      lines: ['R: It lowers A1c.', 'C: My Medicare folks are on fixed incomes.'],
      has: 'objection_cost',
    },
    {
      why: 'denying a concern raises none',
      lines: ['R: So safety worries you?', "C: No. It's not a safety thing."],
      not: 'objection_safety',
    },
    {
      why: '"Sure. Email me." after an ask is a brush-off',
      lines: ['R: Could I come back Tuesday with the data?', 'C: Sure. Email me.'],
      has: 'brush_off',
      not: 'agrees',
    },
    {
      why: 'a yes that names a time agrees',
      lines: ['R: Could I come back Tuesday with the data?', 'C: Yes, Tuesday after two works.'],
      has: 'agrees',
    },
    {
      why: 'a plain yes answers the ask',
      lines: ['R: Would you try it in your next patient?', 'C: Yes.'],
      has: 'agrees',
    },
    {
      why: 'a yes with a condition is conditional',
      lines: ['R: Would you try it?', "C: If the PA goes through, I'd try it."],
      has: 'conditional',
    },
    {
      why: 'a question the HCP quotes is not put to the rep',
      lines: ['R: What do they ask?', "C: They ask, 'how long am I unprotected?'"],
      not: 'asks_question',
    },
    {
      why: 'a question to someone in the room is not put to the rep',
      lines: ['R: The copay is ten dollars.', 'C: Bev, did the labs come back?'],
      not: 'asks_question',
    },
    {
      why: 'a correction shows irritation',
      lines: ['R: So you want a switch.', "C: I just said that I don't."],
      has: 'emotion_cue',
    },
    {
      why: 'a small time budget is a time cue',
      lines: ['R: Hi, do you have a minute?', "C: I've got about two minutes."],
      has: 'time_cue',
    },
    {
      why: 'twenty minutes of lunch is no time pressure',
      lines: ['R: Hi!', "C: Grab a stool. I've got twenty minutes of lunch."],
      not: 'time_cue',
    },
    {
      why: '"I\'ve got two minutes" opening a call is a time cue, not a yes',
      lines: ["C: I've got two minutes, the waiting room is full."],
      has: 'time_cue',
      not: 'agrees',
    },
    {
      why: 'asking for the next step unprompted agrees',
      lines: ['R: The table breaks it down by plan.', 'C: Send me the table.'],
      has: 'agrees',
    },
    {
      why: '"we don\'t have time for another form" is workload, not time pressure',
      lines: ['R: Enrollment is one page.', "C: We don't have time for another form."],
      not: 'time_cue',
    },
    {
      why: '"That works." to a dated step agrees',
      lines: ["R: I'll bring the adherence data on Thursday the 14th. Does that work?", 'C: That works.'],
      has: 'agrees',
      not: 'brush_off',
    },
    {
      why: '"Thursday at 12:15 works" agrees',
      lines: ['R: Can I come back Thursday at 12:15 for ten minutes?', 'C: Thursday at 12:15 works. Bring the data.'],
      has: 'agrees',
    },
    {
      why: 'patients who gain weight are a situation, not a safety objection',
      lines: ['R: Who bounces back?', "C: They put on four, five pounds, don't call anyone, and show up in the ED."],
      has: 'shares_need',
      not: 'objection_safety',
    },
    {
      why: 'what a drug must avoid is a need, not a safety objection',
      lines: ['R: What would the ideal option do?', 'C: Be tolerable, mainly. No brain fog, no weight gain.'],
      not: 'objection_safety',
    },
    {
      why: 'a worry about the newer drugs is a safety objection',
      lines: [
        'R: Anything else?',
        'C: The other thing: our nephrologists raised hypophosphatemia with one of the newer irons.',
      ],
      has: 'objection_safety',
    },
    {
      why: '"don\'t mix" is a safety objection',
      lines: [
        'R: It helps sleep onset.',
        "C: Sleeping pills and older patients don't mix. Falls, confusion, car accidents.",
      ],
      has: 'objection_safety',
    },
    {
      why: 'a question about harm raises safety',
      lines: [
        'R: It is once daily.',
        "C: And what about potassium? I've had trouble with hyperkalemia in this population.",
      ],
      has: 'objection_safety',
    },
    {
      why: '"How\'s coverage?" after "not bad" asks for information',
      lines: ['R: Side effects were mostly skin redness.', "C: Okay. That's not bad. How's coverage?"],
      has: 'asks_question',
      not: 'objection_access',
    },
    {
      why: 'pills a day is a pill-burden objection',
      lines: [
        'R: The data are strong.',
        'C: The data are fine. But most of these people already take twelve, thirteen pills a day.',
      ],
      has: 'objection_other',
    },
    {
      why: 'paperwork "we already sent" is no status quo',
      lines: ['R: What slows approvals?', 'C: Half the denials are for documentation we already sent.'],
      not: 'objection_status_quo',
    },
  ])('$why', expectRow);
});

describe('evidence', () => {
  it('gives every act a span of its own turn and a reason', () => {
    const turns = conversation(
      'R: My plan today: understand your refill process. What slows refills most?',
      'C: Faxes. My nurses hate them.',
    );
    for (const t of readConversation(turns).turns) {
      for (const a of t.acts) {
        expect(a.evidence.end).toBeGreaterThan(a.evidence.start);
        expect(turns[t.i]!.text.slice(a.evidence.start, a.evidence.end).length).toBeGreaterThan(0);
        expect(a.evidence.why.length).toBeGreaterThan(0);
      }
    }
  });
});
