// One regression test per reference defect that rp-1 must not have (SCORING.md "Defects").
import { describe, expect, it } from 'vitest';
import { conversation, customer, rep } from '../../builders.js';
import { analyzeConversation, DEFAULT_RUBRIC, scoreConversation, scoreTranscript } from '../../../src/scoring/index.js';
import { phraseMatcher, analyze } from '../../../src/scoring/text.js';
import { componentOf, metricOf } from './support.js';

describe('defect 1: phrases match on word boundaries, not substrings', () => {
  it.each([
    { phrase: 'no', text: 'I know you are busy right now.' },
    { phrase: 'sure', text: 'The pressure is high and I am unsure.' },
    { phrase: 'how', text: 'However, the data are clear.' },
    { phrase: 'issue', text: 'The tissue damage is lower.' },
  ])('"$phrase" does not fire inside "$text"', ({ phrase, text }) => {
    expect(phraseMatcher([phrase])(analyze(text))).toBeUndefined();
  });

  it('matches after normalizing case, curly quotes and whitespace', () => {
    expect(phraseMatcher(["I don't see the need"])(analyze('Honestly, I  DON’T\nsee the need.'))).toBe("I don't see the need");
  });

  it('does not read "However, ..." as an open question', () => {
    const c = componentOf(conversation('C: We see ulcers.', 'R: However you treat them, is it weekly?'), 'question_quality', 'open_closed_ratio');
    expect(c.score).toBe(1);
  });
});

describe('defect 2: no observations is n/a, never 1', () => {
  it('gives open_closed_ratio n/a when the rep asks no questions', () => {
    const c = componentOf(conversation('R: Our data show fewer hospitalizations.', 'C: Interesting.'), 'question_quality', 'open_closed_ratio');
    expect(c).toMatchObject({ score: null, applicable: false });
  });

  it('scores a customer-only transcript as null with "nothing to score"', () => {
    const card = scoreTranscript([customer('I have to go.'), customer('Email me instead.')], DEFAULT_RUBRIC);
    expect(card).toMatchObject({ overallScore: null, band: null, note: 'nothing to score: the transcript has no rep turn' });
    expect(card.metricResults.every((m) => m.score === null && m.components.every((c) => c.score === null))).toBe(true);
  });
});

describe("defect 3: the customer's words are not the rep's skill", () => {
  it("does not credit the rep with the customer's open questions or outcome words", () => {
    const turns = conversation(
      'R: Do you use inhalers?',
      'C: How would this improve outcomes and reduce hospitalizations? Tell me what the next step is, I hear you.',
    );
    expect(componentOf(turns, 'question_quality', 'open_closed_ratio').score).toBe(1);
    expect(componentOf(turns, 'making_it_matter', 'outcome_based_language').score).toBeNull();
    expect(componentOf(turns, 'commitment_gaining', 'next_step_specificity').score).toBe(1);
  });
});

describe('defect 4: adaptability spans 1 to 5 from what the rep does next', () => {
  it.each([
    { reply: "R: I'm so sorry to hear that. That sounds hard.", score: 5 },
    { reply: 'R: Our program covers reversal agents and a dosing calculator.', score: 1 },
  ])('scores "$reply" after an emotional cue as $score', ({ reply, score }) => {
    expect(metricOf(conversation('R: Hello.', "C: I'm exhausted, we lost a patient.", reply), 'adaptability').score).toBe(score);
  });
});

describe('defect 5: analysis is linear in transcript length', () => {
  it('tokenizes each turn once', () => {
    const turns = Array.from({ length: 50 }, (_, i) => (i % 2 ? customer('Prior auths slow us down.') : rep('What slows you down?')));
    const conv = analyzeConversation(turns, DEFAULT_RUBRIC);
    expect(conv.turns).toHaveLength(50);
    expect(conv.turns.every((t, i) => t.index === i)).toBe(true);
  });

  it('takes about ten times as long for ten times the turns', () => {
    const pool = conversation(
      'R: What slows your prior authorizations down the most?',
      'C: Honestly the faxes, and my nurses spend hours on hold with the plans.',
      'R: It sounds like hold time is the real cost. How many a week?',
      "C: Maybe twenty. I'm not sure we need another program though.",
    );
    const make = (n: number) => Array.from({ length: n }, (_, i) => pool[i % pool.length]!);
    const time = (n: number) => {
      const turns = make(n);
      scoreConversation(turns, DEFAULT_RUBRIC);
      const start = performance.now();
      for (let k = 0; k < 3; k++) scoreConversation(turns, DEFAULT_RUBRIC);
      return performance.now() - start;
    };
    // Generous bound for a shared, busy test machine; a quadratic scorer would be near 100.
    expect(time(4000) / time(400)).toBeLessThan(30);
  });
});

describe('defect 6: polite objections without keywords are noticed', () => {
  it.each([
    "I think we're fine with what we have.",
    "I don't see the need.",
    'We already have something that works well for us.',
  ])('makes objection navigation applicable for "%s"', (said) => {
    expect(metricOf([rep('What do you use today?'), customer(said), rep('That makes sense. What works well?')], 'objection_navigation').applicable).toBe(true);
  });
});

describe('defect 7: every component shows the turns that moved it', () => {
  it('returns evidence with a turn index and a short quote from that turn', () => {
    const turns = conversation('R: My goal today is to understand your refill process.', 'C: Refills are our biggest problem.', 'R: It sounds like refills eat your day. What slows them most?');
    const results = scoreConversation(turns, DEFAULT_RUBRIC);
    const evidence = results.flatMap((m) => m.components.flatMap((c) => c.evidence));
    expect(evidence.length).toBeGreaterThan(3);
    for (const e of evidence) expect(turns[e.turn]!.text.replace(/\s+/g, ' ')).toContain(e.quote.replace(/…$/, ''));
    expect(results.every((m) => m.components.every((c) => c.rationale.length > 0))).toBe(true);
  });
});

describe('defect 8: scoring is idempotent (the journal side is tested in sessions)', () => {
  it('gives identical output for the same turns scored twice', () => {
    const turns = conversation('R: What matters most to you?', 'C: Nurse time.', 'R: I will send you the checklist today.');
    expect(JSON.stringify(scoreTranscript(turns, DEFAULT_RUBRIC))).toBe(JSON.stringify(scoreTranscript(turns, DEFAULT_RUBRIC)));
  });

  it('scores an empty transcript as null rather than as a weak rep', () => {
    expect(scoreTranscript([], DEFAULT_RUBRIC)).toMatchObject({ overallScore: null, band: null });
  });
});
