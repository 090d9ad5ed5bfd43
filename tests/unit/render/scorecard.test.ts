import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { formatScore, renderScorecard } from '../../../src/render/scorecard.js';
import { DEFAULT_RUBRIC, scoreTranscript } from '../../../src/scoring/index.js';
import { aComponent, aMetricResult, aScorecard, conversation, customer } from '../../builders.js';

describe('formatScore', () => {
  it.each([
    { s: null, out: 'n/a' },
    { s: 3, out: '3.0' },
    { s: 4.04, out: '4.0' },
    { s: 1, out: '1.0' },
  ])('prints $s as $out', ({ s, out }) => expect(formatScore(s)).toBe(out));
});

describe('renderScorecard', () => {
  const card = aScorecard({
    overallScore: 3.5,
    band: 'Strong',
    metricResults: [
      aMetricResult({ score: 4.5, components: [aComponent({ name: 'quality' })] }),
      aMetricResult({
        id: 'objection_navigation',
        metric: 'Objection Navigation',
        optional: true,
        score: null,
        applicable: false,
        components: [
          aComponent({
            name: 'no_rebuttal',
            score: null,
            applicable: false,
            rationale: 'the customer raised no objection',
            evidence: [],
          }),
        ],
      }),
    ],
  });

  it('prints a bar of ten cells for a score and "n/a" with no bar otherwise', () => {
    const out = renderScorecard(card);
    expect(out).toMatch(/Question Quality\s*│\s*4\.5\s*│\s*Exceptional\s*│\s*█████████░/);
    const naRow = out.split('\n').find((l) => l.includes('Objection Navigation'))!;
    expect(naRow).toMatch(/n\/a/);
    expect(naRow).not.toMatch(/[█░]/);
    expect(out).toContain('Overall 3.5 (Strong)');
  });

  it('prints no escape codes at colour level 0 and some at level 1', () => {
    expect(renderScorecard(card)).toBe(stripAnsi(renderScorecard(card)));
    expect(renderScorecard(card, { color: 1 })).not.toBe(stripAnsi(renderScorecard(card, { color: 1 })));
    expect(stripAnsi(renderScorecard(card, { color: 1 }))).toBe(renderScorecard(card));
  });

  it('explains every component with score, weight, rationale and evidence', () => {
    const out = renderScorecard(card, { explain: true });
    expect(out).toContain('quality 4.0 (weight 1): 4 of 5 questions build on the HCP (80%)');
    expect(out).toContain('turn 2: "What does a typical week look like?"');
    expect(out).toContain('no_rebuttal n/a (weight 1): the customer raised no objection');
  });

  it('strips terminal control sequences from quotes and rationales', () => {
    const hostile = aScorecard({
      metricResults: [
        aMetricResult({
          components: [
            aComponent({
              rationale: 'ok\u001b]0;pwned\u0007',
              evidence: [{ turn: 1, quote: 'hi \u001b[31mred\u001b[0m\u202e evil\r' }],
            }),
          ],
        }),
      ],
    });
    const out = renderScorecard(hostile, { explain: true });
    expect(out).not.toMatch(/[\u001b\u0007\u202e\r]/);
    expect(out).toContain('turn 1: "hi red evil"');
  });

  it('says there is nothing to score for a customer-only transcript', () => {
    const out = renderScorecard(scoreTranscript([customer('I have to go.')], DEFAULT_RUBRIC));
    expect(out).toContain('Overall n/a');
    expect(out).toContain('nothing to score: the transcript has no rep turn');
  });

  it('quotes the turns behind a real scorecard', () => {
    const turns = conversation(
      'R: My goal today is to understand your refill process.',
      'C: Refills are our biggest problem.',
      'R: It sounds like refills eat your day. What slows them most?',
    );
    const out = renderScorecard(scoreTranscript(turns, DEFAULT_RUBRIC), { explain: true, width: 100 });
    expect(out).toContain('turn 0: "My goal today is to understand your refill process."');
    // The footer names the rubric that scored the card, whichever version ships.
    expect(out).toContain(`rubric rp-2@${DEFAULT_RUBRIC.version} sha256:`);
    expect(out).toMatch(/rubric rp-2@\S+ sha256:[0-9a-f]{12}/);
  });
});
