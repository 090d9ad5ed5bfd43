// question_quality rewards open, purposeful questions (LABELS.md): in a two-minute call one sharp question
// can be enough, but one closed, factual follow-up discovers only what the HCP volunteers.
import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf, metricOf } from './support.js';

const RUSHED = [
  "C: I've got a patient in chair four. You have two minutes. What's new?",
  'R: Two minutes, understood. Onkarel is a once-daily targeted pill for fusion-positive lung cancer, approved now.',
  'C: Our reference lab panel may not even include that fusion. How would I find these patients?',
];
const THEN = [
  'C: Tissue testing takes three weeks here, and patients push me to start chemo before the results come back.',
  'R: Then I will leave it there: Tuesday after clinic, ten minutes, the testing forms. Okay?',
];

describe('question quality: open questions', () => {
  it('caps a call whose only discovery question is closed and factual', () => {
    const closed = conversation(
      ...RUSHED,
      'R: It is on the standard panels, and our program covers liquid biopsy. Which panel does your practice send out to?',
      ...THEN,
    );
    const m = metricOf(closed, 'question_quality');
    expect(m.score).toBe(2);
    expect(m.components.find((c) => c.name === 'quality')!.rationale).toContain('none was open');
  });
  it.each([
    [
      'an open one',
      'It is on the standard panels, and our program covers liquid biopsy. What gets in the way of testing today?',
    ],
    ['a closed one that probes the concern', 'Which part of finding them worries you more, the panel or the wait?'],
  ])('leaves a call with %s uncapped', (_why, question) => {
    const m = metricOf(conversation(...RUSHED, `R: ${question}`, ...THEN), 'question_quality');
    expect(m.score!).toBeGreaterThan(2);
    expect(m.components.find((c) => c.name === 'quality')!.rationale).not.toContain('none was open');
  });
});

describe('question quality: a question right after an objection', () => {
  const OBJECTION =
    'C: The problem is the step therapy. The plans make them fail two preventives before they will cover a CGRP.';
  const focus = (question: string) =>
    metricOf(
      conversation(
        "R: I'd like to hear how you're managing patients with frequent migraines.",
        OBJECTION,
        `R: ${question}`,
      ),
      'question_quality',
    ).components.find((c) => c.name === 'focus')!;
  it('asks about it when it points back at it', () => {
    expect(focus('How long does that usually take?').rationale).toBe('no off-topic, dodging or disconnected questions');
  });
  it('steps around it when it asks about something else', () => {
    expect(focus('How many migraine patients do you see a week?').rationale).toContain(
      '1 question turn(s) that ignore',
    );
  });
});

describe('one follow-up in a call with room for more', () => {
  const opener = 'R: Thanks for meeting. How does the committee evaluate IV iron products today?';
  const answer = 'C: We look at cost per course, infusion chair time and the phosphate data.';
  it('is discovery begun, not done: at most 3.5', () => {
    const turns = conversation(
      opener,
      answer,
      'R: How much chair time does a course take for your patients now?',
      'C: Two or three visits, about an hour each.',
      'R: Ferrovia is given in one 15-minute infusion, and phosphate stayed normal in the trial.',
      'C: Interesting.',
    );
    const m = metricOf(turns, 'question_quality');
    expect(m.score!).toBeLessThanOrEqual(3.5);
    expect(componentOf(turns, 'question_quality', 'depth').rationale).toContain('one follow-up where 3 were expected');
  });
  it('while two follow-ups are not capped', () => {
    const turns = conversation(
      opener,
      answer,
      'R: How much chair time does a course take for your patients now?',
      'C: Two or three visits, about an hour each.',
      'R: And where does the phosphate concern come from for you?',
      'C: We had two patients drop below one last year.',
    );
    expect(componentOf(turns, 'question_quality', 'depth').rationale).not.toContain('at most');
  });
});
