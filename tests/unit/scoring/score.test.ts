import { describe, expect, it } from 'vitest';
import { conversation, customer } from '../../builders.js';
import {
  bandFor,
  DEFAULT_RUBRIC,
  METRIC_IDS,
  overallScore,
  rubricHash,
  scoreConversation,
  scoreTranscript,
} from '../../../src/scoring/index.js';
import { aMetricResult } from '../../builders.js';

const CALL = conversation(
  "R: My goal today is to understand how you're handling refills.",
  'C: Refills are my biggest problem, my nurses spend hours on them.',
  'R: It sounds like refills eat your nurses’ time. What slows them most?',
  'C: Faxes to the pharmacy.',
  "R: I'll send you our e-prescribing checklist today. Does Thursday at 2 work for a quick call?",
  'C: Thursday works.',
);

describe('scoreConversation', () => {
  it('returns the eight metrics in rubric order', () => {
    expect(scoreConversation(CALL, DEFAULT_RUBRIC).map((m) => m.id)).toEqual(METRIC_IDS);
  });

  // CALL's commitment components: outcome 5 and ownership 4.
  it.each([
    { weights: { outcome: 4, ownership: 1 }, score: 4.8 }, // (4×5 + 1×4) / 5
    { weights: { outcome: 2, ownership: 1 }, score: 4.7 }, // (2×5 + 1×4) / 3 = 4.67
    { weights: { outcome: 1, ownership: 1 }, score: 4.5 },
    { weights: { outcome: 0, ownership: 1 }, score: 4 }, // weight 0: left out of the mean
  ])('weighs the components as an edited rubric says: $weights gives $score', ({ weights, score }) => {
    const rubric = structuredClone(DEFAULT_RUBRIC);
    rubric.metrics.commitment_gaining.weights = weights;
    const commitment = scoreConversation(CALL, rubric).find((m) => m.id === 'commitment_gaining')!;
    expect(commitment.components.map((c) => [c.name, c.score, c.weight])).toEqual([
      ['outcome', 5, weights.outcome],
      ['ownership', 4, 1],
    ]);
    expect(commitment.score).toBe(score);
  });

  // "Faxes to the pharmacy." answers "What slows them most?" with a need, and the next rep turn goes to the
  // close without playing it back: one of two needs heard.
  it('leaves n/a components out of the mean: listening with heard 3 (weight 2), restating 4, missteps 5', () => {
    const listening = scoreConversation(CALL, DEFAULT_RUBRIC).find((m) => m.id === 'listening_responsiveness')!;
    expect(listening.score).toBe(3.8); // (2×3 + 4 + 5) / 4 = 3.75
    const control = scoreConversation(CALL, DEFAULT_RUBRIC).find((m) => m.id === 'conversation_control_structure')!;
    expect(control.score).toBe(4.3); // (5 + 3 + 5) / 3: no recap is 3; time management and transitions n/a
  });

  it('marks objection navigation and adaptability as the optional metrics', () => {
    expect(
      scoreConversation(CALL, DEFAULT_RUBRIC)
        .filter((m) => m.optional)
        .map((m) => m.id),
    ).toEqual(['objection_navigation', 'adaptability']);
  });

  it('never leaves a core metric n/a once the rep has spoken (docs/scoring.md)', () => {
    const results = scoreConversation(
      conversation('R: Our data show fewer hospitalizations.', 'C: Okay.'),
      DEFAULT_RUBRIC,
    );
    expect(results.filter((m) => !m.optional).every((m) => m.score !== null)).toBe(true);
  });
});

describe('scoreTranscript', () => {
  it('carries the rubric version and hash', () => {
    const card = scoreTranscript(CALL, DEFAULT_RUBRIC);
    expect(card).toMatchObject({ rubricVersion: 'rp-2@2.28.0', rubricHash: rubricHash(DEFAULT_RUBRIC) });
    expect(card.rubricHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the overall score and its band', () => {
    const card = scoreTranscript(CALL, DEFAULT_RUBRIC);
    expect(card).toMatchObject({ overallScore: 3.6, band: 'Strong' });
    expect(card.note).toBeUndefined();
  });

  it('adds the scenario and session ids it is given', () => {
    expect(scoreTranscript(CALL, DEFAULT_RUBRIC, { scenarioId: 'access', sessionId: 's1' })).toMatchObject({
      scenarioId: 'access',
      sessionId: 's1',
    });
  });

  it('says there is nothing to score when no rep speaks', () => {
    expect(scoreTranscript([customer('I have to go.')], DEFAULT_RUBRIC)).toMatchObject({
      overallScore: null,
      band: null,
      note: 'nothing to score: the transcript has no rep turn',
    });
  });
});

describe('bands', () => {
  it.each([
    { s: 5, band: 'Exceptional' },
    { s: 4.5, band: 'Exceptional' },
    { s: 4.4, band: 'Strong' },
    { s: 3.5, band: 'Strong' },
    { s: 3.4, band: 'Developing' },
    { s: 2.5, band: 'Developing' },
    { s: 2.4, band: 'Emerging' },
    { s: 1.5, band: 'Emerging' },
    { s: 1.4, band: 'Needs focus' },
    { s: 1, band: 'Needs focus' },
    { s: null, band: null },
  ])('puts $s in $band', ({ s, band }) => expect(bandFor(s, DEFAULT_RUBRIC)).toBe(band));
});

describe('overallScore', () => {
  const of = (...scores: (number | null)[]) =>
    overallScore(
      scores.map((score) => aMetricResult({ score, applicable: score !== null })),
      DEFAULT_RUBRIC,
    );

  it('skips n/a metrics instead of counting them as 3', () => {
    expect(of(5, null, 4)).toBe(4.5);
  });

  it('counts each metric as the value of its band, as trainers do (docs/scoring.md: high 4.5, mid 3.2, low 1.7)', () => {
    expect(of(5, 3, 1)).toBe(3.1);
    expect(of(4, 4, 3.9)).toBe(4.1);
    expect(of(2.5, 2.4)).toBe(2.5);
  });

  it('has nothing to say when no metric applies', () => {
    expect(of(null, null)).toBeNull();
  });
});
