// One regression test per reference defect the scorer must not have (docs/scoring.md "Defects the scorer must not have").
import { describe, expect, it } from 'vitest';
import { conversation, customer, rep } from '../../builders.js';
import { DEFAULT_RUBRIC, readTranscript, scoreConversation, scoreTranscript } from '../../../src/scoring/index.js';
import { readConversation } from '../../../src/understand/index.js';
import { componentOf, metricOf } from './support.js';

const actsOf = (turns: Parameters<typeof readConversation>[0], i: number) =>
  readConversation(turns).turns[i]!.acts.map((a) => a.act);

describe('defect 1: phrases match on word boundaries, not substrings', () => {
  it.each([
    { text: 'I know you are busy right now.', not: 'declines' },
    { text: 'The pressure on my nurses is high and I am unsure it helps.', not: 'agrees' },
    { text: 'However you look at it, the tissue samples came back fine.', not: 'asks_question' },
  ])('does not read "$text" as $not', ({ text, not }) => {
    expect(actsOf([rep('Could I come back Tuesday with the data?'), customer(text)], 1)).not.toContain(not);
  });

  it('does not read "However, ..." as an open question', () => {
    expect(actsOf(conversation('C: We see ulcers.', 'R: However you treat them, is it weekly?'), 1)).toEqual(
      expect.arrayContaining(['closed_question']),
    );
    expect(actsOf(conversation('C: We see ulcers.', 'R: However you treat them, is it weekly?'), 1)).not.toContain(
      'open_question',
    );
  });

  it('matches after normalizing case, curly quotes and whitespace', () => {
    expect(actsOf([rep('What do you use now?'), customer('Honestly, we’re  FINE\nwith what we have.')], 1)).toContain(
      'objection_status_quo',
    );
  });
});

describe('defect 2: no evidence of a behaviour is low, not n/a and not 1 by default (docs/scoring.md)', () => {
  it('scores question quality low, with a reason, when the rep asks no questions', () => {
    const m = metricOf(conversation('R: Our data show fewer hospitalizations.', 'C: Interesting.'), 'question_quality');
    expect(m.score).toBeLessThan(2.5);
    expect(m.components[0]!.rationale).toContain('no questions');
  });

  it('scores a customer-only transcript as null with "nothing to score"', () => {
    const card = scoreTranscript([customer('I have to go.'), customer('Email me instead.')], DEFAULT_RUBRIC);
    expect(card).toMatchObject({
      overallScore: null,
      band: null,
      note: 'nothing to score: the transcript has no rep turn',
    });
    expect(card.metricResults.every((m) => m.score === null && m.components.every((c) => c.score === null))).toBe(true);
  });

  it('keeps objection navigation n/a without an objection and adaptability n/a without a cue', () => {
    const turns = conversation('R: What matters most to you this quarter?', 'C: Getting more of my patients to goal.');
    expect(metricOf(turns, 'objection_navigation').score).toBeNull();
    expect(metricOf(turns, 'adaptability').score).toBeNull();
  });
});

describe("defect 3: the customer's words are not the rep's skill", () => {
  it("does not credit the rep with the customer's open questions, outcome words or next steps", () => {
    const turns = conversation(
      'R: Do you use inhalers?',
      'C: How would this improve outcomes and reduce hospitalizations? Tell me what the next step is, I hear you.',
    );
    expect(readConversation(turns).turns[0]!.acts.map((a) => a.act)).toEqual(['closed_question']);
    expect(metricOf(turns, 'making_it_matter').score).toBeLessThan(2.5);
    expect(componentOf(turns, 'commitment_gaining', 'outcome').score).toBe(1);
  });
});

describe('defect 4: adaptability spans 1 to 5 from what the rep does next', () => {
  it.each([
    { reply: "R: I'm so sorry to hear that. That sounds hard. What happened?", score: 5 },
    { reply: 'R: Our program covers reversal agents and a dosing calculator, and patients love it.', score: 1 },
  ])('scores "$reply" after an emotional cue as $score', ({ reply, score }) => {
    expect(
      metricOf(conversation('R: Hello.', "C: I'm exhausted, we lost a patient last week.", reply), 'adaptability')
        .score,
    ).toBe(score);
  });
});

describe('defect 5: reading is linear in transcript length', () => {
  it('reads every turn once, in order', () => {
    const turns = Array.from({ length: 50 }, (_, i) =>
      i % 2 ? customer('Prior auths slow us down.') : rep('What slows you down?'),
    );
    const reading = readTranscript(turns, DEFAULT_RUBRIC);
    expect(reading.turns.map((t) => t.i)).toEqual(turns.map((_, i) => i));
  });
});

describe('defect 6: polite objections without keywords are noticed', () => {
  it.each([
    "I think we're fine with what we have.",
    "I don't see the need.",
    'We already have something that works well for us.',
  ])('makes objection navigation applicable for "%s"', (said) => {
    expect(
      metricOf(
        [rep('What do you use today?'), customer(said), rep('That makes sense. What works well?')],
        'objection_navigation',
      ).applicable,
    ).toBe(true);
  });
});

describe('defect 7: every component shows the turns that moved it', () => {
  it('returns evidence with a turn index and a short quote from that turn', () => {
    const turns = conversation(
      'R: My goal today is to understand your refill process.',
      'C: Refills are our biggest problem.',
      'R: It sounds like refills eat your day. What slows them most?',
    );
    const results = scoreConversation(turns, DEFAULT_RUBRIC);
    const evidence = results.flatMap((m) => m.components.flatMap((c) => c.evidence));
    expect(evidence.length).toBeGreaterThan(2);
    for (const e of evidence) expect(turns[e.turn]!.text.replace(/\s+/g, ' ')).toContain(e.quote.replace(/…$/, ''));
    expect(results.every((m) => m.components.every((c) => c.rationale.length > 0))).toBe(true);
  });
});

describe('defect 8: scoring is idempotent (the journal side is tested in sessions)', () => {
  it('gives identical output for the same turns scored twice', () => {
    const turns = conversation(
      'R: What matters most to you?',
      'C: Nurse time.',
      'R: I will send you the checklist today.',
    );
    expect(JSON.stringify(scoreTranscript(turns, DEFAULT_RUBRIC))).toBe(
      JSON.stringify(scoreTranscript(turns, DEFAULT_RUBRIC)),
    );
  });

  it('scores an empty transcript as null rather than as a weak rep', () => {
    expect(scoreTranscript([], DEFAULT_RUBRIC)).toMatchObject({ overallScore: null, band: null });
  });
});
