// Rules that make the reader's judgement carry over to calls it has never seen (issue 12, accuracy):
// each row is one general rule, with a sentence it is about and a near miss that must not fire.
import { describe, expect, it } from 'vitest';
import type { Act } from '../../../src/understand/index.js';
import { readConversation } from '../../../src/understand/index.js';
import { lastActs } from '../../support/act-rows.js';

interface Row {
  rule: string;
  act: Act;
  fires: string[];
  nearMiss: string[];
}

const ROWS: Row[] = [
  {
    rule: 'a claim tied to the problem the HCP stated is a priority link; sharing only "rather" or "reason" with them is not',
    act: 'priority_link',
    fires: [
      "C: My real problem is nurses drowning in refill calls. I'd rather not add another injection.",
      'R: With one dose a month, your nurses get fewer refill calls, and the trial cut calls by half.',
    ],
    nearMiss: [
      "C: I'd rather not add another injection, for no good reason.",
      "R: The trial showed response rates of 60 percent, which is the reason I'd rather you look at it.",
    ],
  },
  {
    rule: 'a stock "I understand." then the case for the product argues past a cost objection: no priority link, even on the HCP\'s own word',
    act: 'priority_link',
    fires: [
      'C: My problem is the budget. Our pharmacy budget is flat this year and the committee watches every line.',
      'R: You mentioned the flat budget: the drug itself costs more, but fewer chair hours bring the total budget impact close to even.',
    ],
    nearMiss: [
      "C: That's a hard sell, the cost is seven times what we pay now.",
      'R: I understand. When you add up the chair time, the total cost difference narrows a lot, and it is cost-effective.',
    ],
  },
  {
    rule: 'a probing question explores a problem or a feeling the HCP just voiced, not a plain description of the practice',
    act: 'explore',
    fires: [
      'C: Where I hesitate is the pregnancy planners; the timing gets complicated.',
      'R: What makes the timing so complicated for them?',
    ],
    nearMiss: [
      'C: We see about forty of them a month, mostly referrals.',
      'R: What makes you pick one agent over another?',
    ],
  },
  {
    rule: 'asking behind a feeling explores it; asking what would matter most is discovery, not exploring a concern',
    act: 'explore',
    fires: ['C: Honestly, I am fed up with these injectables.', 'R: That bad? What happened with the last one?'],
    nearMiss: [
      'C: My patients keep ending up back in hospital within a month.',
      'R: If you added something for them, what would matter most to you?',
    ],
  },
  {
    rule: "an open question on the objection's own words explores it; a yes/no question that only shares a word asks about something else",
    act: 'explore',
    fires: [
      "C: Sleeping pills and my older patients don't mix. Falls, confusion.",
      'R: How do the falls usually come to light?',
    ],
    nearMiss: [
      "C: Sleeping pills and my older patients don't mix. Falls, confusion.",
      'R: Do you refer to sleep medicine?',
    ],
  },
  {
    rule: 'a dismissal made of a sales claim ("it pays for itself") is a generic benefit; a plain dismissal claims nothing',
    act: 'generic_benefit',
    fires: [
      'C: The copay is a real problem for my seniors on fixed incomes.',
      'R: I hear you. But honestly, when you add it all up, it pays for itself.',
    ],
    nearMiss: [
      'C: The copay is a real problem for my seniors on fixed incomes.',
      "R: I hear you. Honestly, for most of them it shouldn't be a problem.",
    ],
  },
  {
    rule: 'saying why the rep came claims nothing unless it claims an outcome; naming the topics ("our savings program", "where it might fit") is an agenda',
    act: 'generic_benefit',
    fires: ["R: Thanks for the time. I'm here about Zentra, because it helps patients reach goal faster."],
    nearMiss: [
      "R: Thanks for the time. I'm here about Zentra, our once-daily tablet. Today I want to cover the new data, our savings program, and where it might fit.",
    ],
  },
  {
    rule: 'a goodbye that borrows a praise word ("Have a great weekend!") claims nothing about the product',
    act: 'generic_benefit',
    fires: [
      'C: Fine, leave the samples.',
      'R: I will leave them with your nurse. It works great for patients like yours.',
    ],
    nearMiss: ['C: Fine, leave the samples.', 'R: I will leave them with your nurse. Have a great weekend!'],
  },
  {
    rule: 'a one-word "Honestly?" before an answer is the HCP musing, not a question the rep must answer',
    act: 'asks_question',
    fires: ['R: What keeps you up at night?', 'C: Honestly? What would it cost them?'],
    nearMiss: ['R: What keeps you up at night?', 'C: Honestly? Nothing about it keeps me up at night.'],
  },
  {
    rule: '"what really bothers me" voices feeling about the work; a denied one does not',
    act: 'emotion_cue',
    fires: ['R: How are your refill calls?', 'C: What really bothers me is the refill calls piling up every Monday.'],
    nearMiss: [
      'R: How are your refill calls?',
      'C: Nothing about it bothers me; the nurses handle the refill calls on Mondays.',
    ],
  },
  {
    rule: 'a claim built on a premise the HCP never stated ("given those safety concerns…") is a generic benefit; after an accurate playback it is not',
    act: 'generic_benefit',
    fires: [
      "C: I'm fine with my current drug, the bleeding data are fine. What I don't love is the evening dose in my older patients.",
      "R: So given those safety concerns, Zentra's once-daily dosing could really help.",
    ],
    nearMiss: [
      "C: I'm fine with my current drug, the bleeding data are fine. What I don't love is the evening dose in my older patients.",
      "R: So the evening dose is what gets in the way for your older patients. Zentra's once-daily dosing could really help them.",
    ],
  },
  {
    rule: 'a point the HCP sets aside ("…isn\'t at goal, but that\'s not the problem") is no priority: a claim on it is no link',
    act: 'priority_link',
    fires: [
      "C: Half my panel's blood pressure isn't at goal, and that's what worries me. The rest I can manage.",
      'R: In the trial, seventy percent of patients reached goal at twelve weeks on one pill.',
    ],
    nearMiss: [
      "C: I know half my panel's blood pressure isn't at goal, but that's not the problem. The problem is I can't get anything approved.",
      'R: In the trial, seventy percent of patients reached goal at twelve weeks on one pill.',
    ],
  },
];

describe('general rules: each fires on its sentence and not on the near miss', () => {
  it.each(ROWS)('$rule', ({ act, fires, nearMiss }) => {
    expect(lastActs(...fires)).toContain(act);
    expect(lastActs(...nearMiss)).not.toContain(act);
  });
});

describe('irregular past forms', () => {
  it('reads "How did you lose them?" after "We lost two patients…" as a question on what the HCP said', () => {
    const r = readConversation([
      { speaker: 'customer', text: 'We lost two patients to follow-up last spring.' },
      { speaker: 'rep', text: 'How did you lose them?' },
    ]);
    expect(r.turns[1]!.buildsOn).toBe(true);
  });
});
