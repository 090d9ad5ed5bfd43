// Readings that conversations written outside the labeled set showed wrong: a restatement checked
// with "Did I get that right?", a superiority claim thrown back at an objection, a time limit set
// by the HCP while saying yes. Each row has its near miss.
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../src/understand/index.js';
import { conversation } from '../../builders.js';
import { expectRow, type ActRow } from '../../support/act-rows.js';

const INHALERS = [
  "R: I'd like to hear about your COPD patients who keep ending up in the ER.",
  "C: The ones on two inhalers who can't get the technique right. I see them back after every flare.",
];

describe('acts read in context', () => {
  it.each([
    {
      why: 'a restatement checked with "Did I get that right?" is a paraphrase, even with a name the rep brought in',
      lines: [
        ...INHALERS,
        "R: So it's less the drugs and more that juggling two inhalers with the wrong technique lands them back in the ER. Did I get that right?",
      ],
      has: 'paraphrase',
      not: 'acknowledge',
    },
    {
      why: 'a product fact with "Is that right?" tacked on is no paraphrase',
      lines: [...INHALERS, 'R: So Trivair puts three medicines in one inhaler. Is that right?'],
      not: 'paraphrase',
    },
    {
      why: '"I get that" said plainly still acknowledges',
      lines: [...INHALERS, 'R: I get that, re-teaching technique every visit is exhausting. What have you tried?'],
      has: 'acknowledge',
    },
    {
      why: '"Because it is better" thrown back at an objection argues with it',
      lines: [
        'C: I already use statins and ezetimibe. Why would I switch?',
        'R: Because Cardexa is better. A lot of your colleagues are using it.',
      ],
      has: 'rebuttal',
    },
    {
      why: 'hearing the objection out first is no rebuttal, whatever comes next',
      lines: [
        'C: I already use statins and ezetimibe. Why would I switch?',
        "R: That's fair, you have tools that work. Where do they fall short for you?",
      ],
      not: 'rebuttal',
    },
    {
      why: 'a substantive answer to the objection, with no claim of being better, is no rebuttal',
      lines: [
        'C: I already use statins and ezetimibe. Why would I switch?',
        "R: For patients who can't reach goal on both, Cardexa lowers LDL a further 50 percent.",
      ],
      not: 'rebuttal',
    },
    {
      why: 'nurses who "were furious" is a feeling about the work',
      lines: [
        'R: What happened when the support dropped off?',
        'C: The line stopped answering. My nurses were furious.',
      ],
      has: 'emotion_cue',
    },
    {
      why: 'nurses who "were fine with it" feel nothing worth a cue',
      lines: [
        'R: What happened when the support dropped off?',
        'C: We moved to another line. My nurses were fine with it.',
      ],
      not: 'emotion_cue',
    },
    {
      why: 'doubting the rep will be any different from the last company is pushback on the meeting',
      lines: ['R: We offer a nurse line for your patients.', "C: So why should I trust you'll be any different?"],
      has: 'objection_other',
    },
    {
      why: 'asking why a dose is chosen is a question, not pushback',
      lines: ['R: We start at the lower dose.', 'C: So why should I start with the lower dose?'],
      not: 'objection_other',
    },
    {
      why: 'asking for ten minutes to understand how the HCP works sets a purpose',
      lines: ["R: I'd like to take ten minutes to understand how you manage potassium in your CKD patients."],
      has: 'purpose',
    },
    {
      why: 'a question about their weekend sets none',
      lines: ['R: Did you take any time off this weekend?'],
      not: 'purpose',
    },
    {
      why: 'a fix tied to the dose the HCP cuts (an abbreviation, not a name) ties to their problem',
      lines: [
        'R: How do you handle it when potassium creeps up?',
        'C: Usually I cut the ACE inhibitor dose or stop it.',
        'R: With this binder you can keep them on the full ACE dose.',
      ],
      has: 'priority_link',
    },
    {
      why: "a name the HCP said is still nobody's priority",
      lines: [
        'R: How do you handle it when potassium creeps up?',
        'C: Dr. Okafor usually cuts the dose or stops it.',
        'R: Okafor will love this binder, it works fast.',
      ],
      not: 'priority_link',
    },
    {
      why: 'a drug that "was a pain" is a problem shared',
      lines: ['R: What have you tried?', 'C: Patiromer was a pain, with all the spacing from other meds.'],
      has: 'shares_need',
    },
    {
      why: "a summary mostly in the HCP's words, with one term of the rep's, is not putting words in their mouth",
      lines: [
        'R: For the refractory ones, it is one injection every three months.',
        'C: I want my chronic patients below fifteen headache days a month.',
        'R: To summarize, you want fewer headache days for the refractory chronic patients. Would you try it with three of them?',
      ],
      not: 'misstated_recap',
    },
    {
      why: "a summary made of the rep's own pitch is",
      lines: [
        'R: It delivers stronger efficacy and simple weekly dosing.',
        'C: My patients gain weight on these.',
        'R: To summarize, you want stronger efficacy and simple weekly dosing for them.',
      ],
      has: 'misstated_recap',
    },
    {
      why: '"How are you?" in a greeting is small talk, not an open question',
      lines: ['R: Good afternoon, Dr. Patel, how are you?'],
      not: 'open_question',
    },
    {
      why: 'asking how their patients are doing on a drug is a question',
      lines: ['R: Good afternoon. How are your patients doing on metformin alone?'],
      has: 'open_question',
    },
    {
      why: '"I really need to get going" is a time cue',
      lines: ['R: Do you refer to pulmonology?', 'C: I really need to get going.'],
      has: 'time_cue',
    },
    {
      why: 'a protocol that took a while "to get going" is not',
      lines: ['R: How did the new protocol go?', 'C: It took a while to get going on the new protocol.'],
      not: 'time_cue',
    },
    {
      why: '"it shook me" is a feeling',
      lines: ['R: What happened with that patient?', "C: She's okay now, but it shook me."],
      has: 'emotion_cue',
    },
    {
      why: 'the same patient reported calmly is not',
      lines: ['R: What happened with that patient?', "C: She's okay now, and the team checked her labs."],
      not: 'emotion_cue',
    },
    {
      why: 'opening on what the HCP said last time sets the purpose of the visit',
      lines: ['R: Last time you mentioned your AFib patients miss INR checks. Is that still the biggest issue?'],
      has: 'purpose',
    },
    {
      why: 'asking about the same patients cold does not',
      lines: ['R: Do your AFib patients miss INR checks?'],
      not: 'purpose',
    },
    {
      why: '"Would it make sense to switch two of your patients?" asks for a commitment',
      lines: [
        'C: Half of them miss their INR checks.',
        'R: Would it make sense to switch two of your highest-risk patients?',
      ],
      has: 'commitment_request',
    },
    {
      why: '"whatever the plan covers" is an answer, not a brush-off',
      lines: ['R: Which biologic do you use most?', 'C: Usually whatever the plan covers.'],
      not: 'brush_off',
    },
    {
      why: '"Sure, whatever." to an ask is a brush-off',
      lines: ['R: Would you be willing to try it in two patients?', 'C: Sure, whatever.'],
      has: 'brush_off',
    },
    {
      why: 'a late acknowledgment that names the concern still open ("I hear you on the heart rate") acknowledges it',
      lines: [
        "C: I'm worried about the first-dose heart rate drop in my older patients.",
        'R: It is oral and once daily, with a patient app.',
        "C: I'm telling you what I see in my own practice.",
        "R: OK, I hear you on the heart rate. I'll check back sometime.",
      ],
      has: 'acknowledge',
    },
    {
      why: 'a bare "I hear you" two turns later names nothing and acknowledges nothing',
      lines: [
        "C: I'm worried about the first-dose heart rate drop in my older patients.",
        'R: It is oral and once daily, with a patient app.',
        "C: I'm telling you what I see in my own practice.",
        "R: OK, I hear you. I'll check back sometime.",
      ],
      not: 'acknowledge',
    },
  ] as (ActRow & { why: string })[])('$why', expectRow);

  it.each([
    {
      why: '"Sure, but I only have five minutes" to a rep who named no time is a limit to adapt to',
      rep: "R: I'd like to hear how you handle refills, and share one option if it fits. Does that work?",
      cues: 1,
    },
    {
      why: '"Five minutes is fine" to a rep who asked for five minutes asks for no change',
      rep: 'R: Could I have five minutes to hear how you handle refills?',
      cues: 0,
    },
  ])('$why', ({ rep, cues }) => {
    const hcp = rep.includes('Could')
      ? 'C: Sure, five minutes is fine.'
      : 'C: Sure, but I only have about five minutes.';
    const { timeline } = readConversation(conversation(rep, hcp));
    expect(timeline.cues.filter((q) => q.kind === 'time_cue')).toHaveLength(cues);
  });

  it('reads a hello and nothing else as a greeting that answers nothing and adapts to nothing', () => {
    const turns = readConversation(
      conversation(
        'C: I have ten minutes. What did you want to talk about?',
        'R: Good afternoon, Dr. Lee, how are you?',
      ),
    ).turns;
    expect(turns[1]!.greets).toBe(true);
    expect(turns[1]!.acts.map((a) => a.act)).toEqual([]);
  });

  it('while a hello with a real question is a question, not a greeting', () => {
    const turns = readConversation(
      conversation('C: I have ten minutes.', 'R: Good afternoon, Dr. Lee. How do you handle refills today?'),
    ).turns;
    expect(turns[1]!.greets).toBeUndefined();
    expect(turns[1]!.acts.map((a) => a.act)).toContain('open_question');
  });

  it.each([
    {
      rep: 'R: Could I have our medical liaison send you the risk-factor subgroup data this week?',
      kind: 'send',
    },
    { rep: 'R: Can I email you the one-page summary?', kind: 'send' },
    { rep: 'R: Could I come back Thursday at noon with the data?', kind: 'mine' },
    { rep: 'R: Would you be willing to try it in your next two patients?', kind: 'theirs' },
  ])('reads "$rep" as a specific ask of kind $kind', ({ rep, kind }) => {
    const turns = readConversation(conversation('C: Maybe.', rep)).turns;
    const acts = turns[1]!.acts;
    expect(acts.map((a) => a.act)).toContain('next_step_specific');
    expect(acts.find((a) => a.act === 'commitment_request')?.kind).toBe(kind);
  });

  const PAYER = [
    'C: What really hurts is paying for the titration months and then half the members stop. We get the cost and none of the outcome.',
  ];
  it.each([
    {
      why: '"Is that fair?" checks the rep\'s playback; it acknowledges nothing',
      lines: [
        ...PAYER,
        "R: So you're paying for the first months and getting little back when they drop off. Is that fair?",
      ],
      has: 'paraphrase',
      not: 'acknowledge',
    },
    {
      why: 'while "That\'s fair." still acknowledges',
      lines: [...PAYER, "R: That's fair. What share of them stop before month three?"],
      has: 'acknowledge',
    },
    {
      why: '"so the plan" inside a claim is no recap frame, and the claim no restatement',
      lines: [
        ...PAYER,
        "R: On persistence, we'd tie an outcomes-based contract to 12-month persistence, so the plan doesn't carry the cost of members who stop.",
      ],
      not: 'paraphrase',
    },
    {
      why: 'asking leave to email the data says who will do what',
      lines: [...PAYER, 'R: May I email you the persistence data tonight?'],
      has: 'ownership',
    },
  ] as (ActRow & { why: string })[])('$why', expectRow);

  it('hears "I\'ll take it to committee" after an ask as agreeing and taking part', () => {
    const turns = readConversation(
      conversation(
        'R: Could I send you a criteria draft and the PMPM model by Friday?',
        "C: Sounds good. I'll take it to committee with the BMI criteria.",
      ),
    ).turns;
    expect(turns[1]!.acts.find((a) => a.act === 'agrees')?.kind).toBe('committed');
  });

  it.each([
    {
      why: 'a filler opening an unrelated question still dodges',
      lines: [
        'C: How does any of this keep my doctors on schedule?',
        'R: Sure. Who on your team handles the PA calls today?',
      ],
      has: 'dodges_question',
    },
    {
      why: 'while "No." answers a yes/no question',
      lines: ['C: Do you know what I found in our sample closet?', 'R: No. What did you find?'],
      has: 'answers_question',
    },
    {
      why: 'saying why one came answers "What\'s this about?"',
      lines: ["C: What's this about, inhalers?", "R: I'm here to tell you about Pulmovra, our new inhaler."],
      has: 'answers_question',
    },
    {
      why: '"I know you\'re the one who runs this office" is no time talk',
      lines: [
        'C: What do you need?',
        "R: I know you're the one who keeps this office running, so I wanted to ask how prior authorizations are going.",
      ],
      not: 'time_adapt',
    },
    { why: '"I know you\'re mid-clinic" is', lines: ["R: Hi, I know you're mid-clinic."], has: 'time_adapt' },
    {
      why: '"That\'s a hard thing to watch." acknowledges a feeling the HCP shared',
      lines: [
        'C: What breaks my heart is the patient who walks out at the register.',
        "R: That's a hard thing to watch. How often does it happen?",
      ],
      has: 'acknowledge',
    },
    {
      why: "taking work off the HCP's plate is a benefit claim",
      lines: [
        'C: My job is to keep the physicians on schedule.',
        'R: Our hub can take the PA paperwork off your plate, we fill the forms and track the approvals.',
      ],
      has: 'generic_benefit',
    },
  ] as (ActRow & { why: string })[])('$why', expectRow);
});
