// The calibration set: each fixture transcript with the band a sales trainer expects per metric.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, parseTranscript, scoreTranscript } from '../../../src/scoring/index.js';
import { ROOT } from '../../support/paths.js';

type Band = 'high' | 'mid' | 'low' | 'n/a';
interface Expectation {
  why: string;
  overall: Band;
  metrics: Record<string, Band>;
}

const DIR = join(ROOT, 'tests/fixtures/transcripts');
const { transcripts } = JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8')) as {
  transcripts: Record<string, Expectation>;
};
const bandOf = (s: number | null): Band => (s === null ? 'n/a' : s >= 4 ? 'high' : s >= 2.5 ? 'mid' : 'low');

function score(file: string) {
  const parsed = parseTranscript(readFileSync(join(DIR, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return scoreTranscript(parsed.turns, DEFAULT_RUBRIC);
}

describe('calibration transcripts', () => {
  it('has at least 16 transcripts covering excellent, poor, mixed and trap cases', () => {
    const files = Object.keys(transcripts);
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const kind of ['excellent-', 'poor-', 'mixed-', 'trap-'])
      expect(files.some((f) => f.startsWith(kind))).toBe(true);
  });

  describe.each(Object.entries(transcripts))('%s', (file, expected) => {
    const card = score(file);
    it.each(Object.entries(expected.metrics))('scores %s in the expected band (%s)', (metric, band) => {
      const m = card.metricResults.find((r) => r.id === metric)!;
      expect({ metric, score: m.score, band: bandOf(m.score) }).toEqual({ metric, score: m.score, band });
    });
    it(`scores overall in the expected band (${expected.overall})`, () => {
      expect(bandOf(card.overallScore)).toBe(expected.overall);
    });
  });

  it('scores every excellent transcript above every poor one overall', () => {
    const overall = (prefix: string) =>
      Object.keys(transcripts)
        .filter((f) => f.startsWith(prefix))
        .map((f) => score(f).overallScore!);
    expect(Math.min(...overall('excellent-'))).toBeGreaterThan(Math.max(...overall('poor-')));
  });
});
