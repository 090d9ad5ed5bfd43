import { describe, expect, it } from 'vitest';
import { conversation, customer } from '../../builders.js';
import { bandFor, DEFAULT_RUBRIC, METRIC_IDS, overallScore, rubricHash, scoreConversation, scoreTranscript } from '../../../src/scoring/index.js';
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

  it('gives each metric the weighted mean of its applicable components, rounded to 0.1', () => {
    for (const m of scoreConversation(CALL, DEFAULT_RUBRIC)) {
      const applicable = m.components.filter((c) => c.score !== null);
      const mean = applicable.reduce((a, c) => a + c.score!, 0) / applicable.length;
      expect(m.score).toBe(applicable.length ? Math.round(mean * 10) / 10 : null);
    }
  });

  it('marks objection navigation as the optional metric', () => {
    expect(scoreConversation(CALL, DEFAULT_RUBRIC).filter((m) => m.optional).map((m) => m.id)).toContain('objection_navigation');
  });
});

describe('scoreTranscript', () => {
  it('carries the rubric version and hash', () => {
    const card = scoreTranscript(CALL, DEFAULT_RUBRIC);
    expect(card).toMatchObject({ rubricVersion: 'rp-1@1.0.0', rubricHash: rubricHash(DEFAULT_RUBRIC) });
    expect(card.rubricHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('averages applicable metrics into the overall score and its band', () => {
    const card = scoreTranscript(CALL, DEFAULT_RUBRIC);
    expect(card.overallScore).toBe(overallScore(card.metricResults));
    expect(card.band).toBe(bandFor(card.overallScore, DEFAULT_RUBRIC));
    expect(card.note).toBeUndefined();
  });

  it('adds the scenario and session ids it is given', () => {
    expect(scoreTranscript(CALL, DEFAULT_RUBRIC, { scenarioId: 'access', sessionId: 's1' })).toMatchObject({ scenarioId: 'access', sessionId: 's1' });
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
  it('skips n/a metrics instead of counting them as 3', () => {
    expect(overallScore([aMetricResult({ score: 5 }), aMetricResult({ score: null, applicable: false }), aMetricResult({ score: 4 })])).toBe(4.5);
  });
});
