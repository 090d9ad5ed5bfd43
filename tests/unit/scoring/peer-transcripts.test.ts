// Scores the 30 transcripts from another trainer (../shared/peer-transcripts, see its SOURCES.md)
// against that trainer's own verdicts: input nobody here wrote.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, METRIC_IDS, parseTranscript, scoreTranscript } from '../../../src/scoring/index.js';
import type { Scorecard } from '../../../src/types.js';
import { ROOT } from '../../support/paths.js';

const DIR = resolve(ROOT, '../shared/peer-transcripts');
type Verdict = 'effective' | 'developing' | 'missed';
interface Meta {
  capabilityLevels?: Record<string, Verdict>;
}

function load(): { file: string; card: Scorecard; verdicts?: Record<string, Verdict> }[] {
  const meta = JSON.parse(readFileSync(join(DIR, '_peer-meta.json'), 'utf8')) as Record<string, Meta>;
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((file) => {
      const parsed = parseTranscript(readFileSync(join(DIR, file), 'utf8'), file);
      if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
      return {
        file,
        card: scoreTranscript(parsed.turns, DEFAULT_RUBRIC),
        verdicts: meta[file.replace(/\.json$/, '')]?.capabilityLevels,
      };
    });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

if (!existsSync(DIR)) {
  describe('peer transcripts', () => {
    it.skip(`skipped: ../shared/peer-transcripts not present (looked in ${DIR})`, () => {});
  });
} else {
  describe('peer transcripts', () => {
    const scored = load();

    it('scores all 30 without errors', () => {
      expect(scored).toHaveLength(30);
      for (const { card } of scored) expect(card.overallScore).not.toBeNull();
    });

    it.each(METRIC_IDS)('does not give %s the same score on all 30', (id) => {
      const values = new Set(scored.map(({ card }) => card.metricResults.find((m) => m.id === id)!.score));
      expect(values.size).toBeGreaterThan(1);
    });

    it.each(METRIC_IDS)('scores "effective" above "missed" on %s, where the peer used both', (id) => {
      const by = (v: Verdict) =>
        scored
          .filter(({ verdicts }) => verdicts?.[id] === v)
          .map(({ card }) => card.metricResults.find((m) => m.id === id)!.score)
          .filter((s): s is number => s !== null);
      const effective = by('effective');
      const missed = by('missed');
      if (effective.length === 0 || missed.length === 0) return;
      expect(mean(effective)).toBeGreaterThan(mean(missed));
    });
  });
}
