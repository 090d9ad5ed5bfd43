// Guard for the speed work (issue 12): what the reader and scorer make of the calibration transcripts,
// every act with its evidence and every component score, must stay byte-for-byte what it was.
// After an intended change of behaviour, regenerate with UPDATE_READINGS=1 and review the diff.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, parseTranscript, readTranscript, scoreTranscript } from '../../../src/scoring/index.js';
import { ROOT } from '../../support/paths.js';

const DIR = join(ROOT, 'tests/fixtures/transcripts');
const GOLDEN = join(ROOT, 'tests/fixtures/readings/calibration.json');

/** One line per turn (acts, kinds, evidence spans and reasons) and one per component. */
function digest(file: string): string[] {
  const parsed = parseTranscript(readFileSync(join(DIR, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const reading = readTranscript(parsed.turns, DEFAULT_RUBRIC);
  const card = scoreTranscript(parsed.turns, DEFAULT_RUBRIC, {}, reading);
  const turns = reading.turns.map(
    (t) =>
      `${t.i} ${t.speaker} ${t.words}w${t.buildsOn === undefined ? '' : ` buildsOn=${t.buildsOn}`}: ${t.acts.map((a) => `${a.act}${a.kind ? `(${a.kind})` : ''}@${a.evidence.start}-${a.evidence.end} ${a.evidence.why}`).join(' | ')}`,
  );
  const scores = card.metricResults.flatMap((m) =>
    m.components.map((c) => `${m.id}.${c.name}=${c.score} ${c.rationale}`),
  );
  return [...turns, ...scores, `overall=${card.overallScore}`, `timeline=${JSON.stringify(reading.timeline)}`];
}

const files = readdirSync(DIR)
  .filter((f) => f !== 'expectations.json')
  .sort();
const actual = Object.fromEntries(files.map((f) => [f, digest(f)]));
if (process.env.UPDATE_READINGS === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 1)}\n`);
const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string[]>;

describe('readings of the calibration transcripts', () => {
  it('covers every calibration transcript', () => {
    expect(Object.keys(golden)).toEqual(files);
  });

  it.each(files)('reads and scores %s as before', (file) => {
    expect(actual[file]).toEqual(golden[file]);
  });
});
