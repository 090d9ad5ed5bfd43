// conversation_control_structure and question_quality rules added in rp-2 2.3.0, each checked both ways.
import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf } from './support.js';

describe('transitions', () => {
  it('does not fault a call that never needed a signpost', () => {
    const c = componentOf(
      conversation('R: How do you handle refills today?', 'C: My nurse calls them.'),
      'conversation_control_structure',
      'transitions',
    );
    expect(c.score).toBeNull();
    expect(c.rationale).toBe('no signposted move to a new topic');
  });
  it('scores the signposts a rep gives', () => {
    const turns = conversation(
      'R: How do you handle refills today?',
      'C: My nurse calls them.',
      'R: Let me switch gears to coverage. Which plans do most of your patients have?',
      'C: Mostly Medicare.',
    );
    expect(componentOf(turns, 'conversation_control_structure', 'transitions').score).not.toBeNull();
  });
  it('scores a missing recap as a gap (3), not a strength', () => {
    expect(
      componentOf(
        conversation('R: How do you handle refills today?', 'C: My nurse calls them.'),
        'conversation_control_structure',
        'recap',
      ).score,
    ).toBe(3);
  });
});

describe('an opening question', () => {
  const quality = (opener: string) =>
    componentOf(conversation(`R: Thanks for the time. ${opener}`, 'C: Hard to say.'), 'question_quality', 'quality')
      .score;
  it.each([
    ['a concrete situation', 'When a patient refuses to go back on a statin, what do you do now?'],
    ['a problem', "What's the biggest obstacle to getting your heart failure patients to target dose?"],
    ['a difficulty', 'What makes getting your patients to goal on one drug hard?'],
  ])('set in %s is purposeful', (_kind, q) => {
    expect(quality(q)).toBe(5);
  });
  it.each([
    ['What are your thoughts on adjunctive therapy for depression?'],
    ['What are your goals for your COPD patients?'],
  ])('"%s" is a stock opener, not discovery', (q) => {
    expect(quality(q)).toBeLessThan(5);
  });
  it('recalling what the HCP said on an earlier visit makes it purposeful', () => {
    expect(quality('Last time you mentioned patients who stop their statins. How are they doing now?')).toBe(5);
  });
});

describe('commitment_gaining', () => {
  const outcome = (ask: string, yes: string) =>
    componentOf(
      conversation('C: A third of my panel is above goal.', `R: ${ask}`, `C: ${yes}`),
      'commitment_gaining',
      'outcome',
    );
  it("a yes to an ask of the HCP's own action is a commitment", () => {
    const c = outcome(
      'Would you be willing to start two or three patients who are above goal and review their home readings with me on Tuesday the 14th?',
      'That works for me.',
    );
    expect(c.rationale).toBe('the HCP agreed to a specific next step and took a part in it');
  });
  it("a yes to the rep's own visit only agrees to receive it", () => {
    const c = outcome('Could I come back on Tuesday the 14th with the adherence data?', 'That works for me.');
    expect(c.rationale).toBe('the HCP agreed to a specific step, but only to receive something: nothing asked of them');
  });
});

describe('checking a restatement', () => {
  const INHALERS = [
    "R: I'd like to hear about your COPD patients who keep ending up in the ER.",
    "C: The ones on two inhalers who can't get the technique right. I see them back after every flare.",
  ];
  const focus = (rep: string) => componentOf(conversation(...INHALERS, rep), 'question_quality', 'focus');
  it('is a question that builds on the HCP, not one that ignores them', () => {
    const c = focus(
      "R: So it's less the drugs and more that juggling two inhalers with the wrong technique lands them back in the ER. Did I get that right?",
    );
    expect(c.rationale).toBe('no off-topic, dodging or disconnected questions');
  });
  it('while a yes/no question on nothing the HCP said still ignores them', () => {
    expect(focus('R: Do you see many patients on Medicare?').rationale).toContain('ignore what the HCP said');
  });
});

describe('a time limit set while saying yes', () => {
  it('is a time objection the rep meets by adapting', () => {
    const turns = conversation(
      "R: I'd like to hear how you handle refills, and share one option if it fits. Does that work?",
      'C: Sure, but I only have about five minutes.',
      "R: Then I'll keep it short. Which of your patients run out of refills most often?",
      "C: The older ones. They forget to call, and we find out when they're back in with a flare.",
    );
    const c = componentOf(turns, 'objection_navigation', 'handling');
    expect(c.score).toBe(5);
  });
});

describe('a time budget granted with a plain yes', () => {
  it('is a cue to respect, not an objection: with none raised, objection navigation is n/a', () => {
    const turns = conversation(
      'R: Do you have a few minutes to talk about your refill patients?',
      "C: Sure, I've got ten minutes or so.",
      'R: Which of your patients run out of refills most often?',
      "C: The older ones. They forget to call, and we find out when they're back in with a flare.",
      'R: So the gap shows up only once they flare. What have you tried?',
    );
    expect(componentOf(turns, 'objection_navigation', 'handling').score).toBeNull();
  });
});

describe('a yes to a vague follow-up', () => {
  it('agrees to that follow-up, not to the specific step brushed off before it', () => {
    const turns = conversation(
      'C: The ones who scare me are the patients at risk while we wait six weeks for a drug to work.',
      'R: I could leave a one-page summary of the first-week data, and you can decide whether it is worth a longer talk.',
      "C: Leave it. I'll read it when things calm down.",
      "R: Of course. Could I check back in two weeks to see if you'd like to discuss it?",
      "C: That's fine. Thanks for being decent about today.",
    );
    expect(componentOf(turns, 'commitment_gaining', 'outcome').rationale).toBe(
      'the HCP agreed, but to a vague follow-up',
    );
  });
});

describe('a yes that pins the step down', () => {
  it('makes a loose proposal specific when the HCP names what and who', () => {
    const turns = conversation(
      "C: Denials are exactly what I think about. I'd be open to a next step if it stays this practical.",
      "R: Then how about this: I come back in the next couple of weeks with the hub's details, and we go through them. Would that be useful?",
      'C: Sounds good. Bring the hub enrollment form next month and walk my medical assistant through it.',
      'R: Will do. Thanks for your time, Dr. Berg.',
    );
    expect(componentOf(turns, 'commitment_gaining', 'outcome').rationale).toBe(
      'the HCP agreed to a specific next step and took a part in it',
    );
  });
});

describe("a no to the HCP's own part", () => {
  const call = (ask: string, reply: string) =>
    conversation(
      'C: Formulary requests go through pharmacy, Amy Cho. It needs a sponsoring physician. The deadline is February tenth.',
      `R: Great. I'll send Amy the dossier and the budget model by February first. ${ask}`,
      `C: ${reply}`,
      'R: Understood. Thanks for your time.',
    );
  it("leaves the rep's dated step standing, unanswered", () => {
    const c = componentOf(
      call(
        'Would you be willing to be the sponsoring physician?',
        'Not me. Maybe one of the ortho surgeons, if they care enough.',
      ),
      'commitment_gaining',
      'outcome',
    );
    expect(c.rationale).toBe("the HCP said no to their own part, and the rep's dated step stands without a yes");
    expect(c.score).toBe(3);
  });
  it('is a refusal when the no is to the step itself', () => {
    const c = componentOf(
      call('Can I count on you to look at it before the meeting?', "No. I don't have time for this."),
      'commitment_gaining',
      'outcome',
    );
    expect(c.rationale).toBe('the HCP brushed the ask off or declined it');
  });
});

describe('the opening question', () => {
  it('is the first real one: asking for thirty seconds before it opens nothing', () => {
    const turns = conversation(
      'R: Dr. Brennan, I know the ED is slammed. Do you have thirty seconds?',
      'C: Thirty seconds. Go.',
      'R: One question: when you see a patient on a factor Xa inhibitor with a major bleed, what slows you down the most?',
      'C: Getting the reversal agent from pharmacy. Sometimes forty minutes.',
    );
    expect(componentOf(turns, 'question_quality', 'quality').score).toBe(5);
  });
});

describe('a leading question', () => {
  it("discovers nothing, though it borrows the HCP's words", () => {
    const turns = conversation(
      'C: It happens a lot in my stage 3b patients: potassium creeps up and I have to stop the ARB.',
      'R: What would it mean to you if you never had to stop an ARB again because of potassium?',
    );
    expect(componentOf(turns, 'question_quality', 'focus').rationale).toContain('ignore what the HCP said');
  });
  it('while asking what happens when they stop it does', () => {
    const turns = conversation(
      'C: It happens a lot in my stage 3b patients: potassium creeps up and I have to stop the ARB.',
      'R: What happens to those patients once you stop the ARB?',
    );
    expect(componentOf(turns, 'question_quality', 'focus').rationale).toBe(
      'no off-topic, dodging or disconnected questions',
    );
  });
});
