// Loading what reps hand in: history lines old and new, journals, batch reports; a bad line or file
// is named in a warning and skipped while the rest loads (issue 18).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dedupe, loadRecords } from '../../../src/report/index.js';
import { tempDir as aDir } from '../../support/spawn.js';

const jsonl = (values: unknown[]) =>
  values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n') + '\n';

const historyLine = (o: Record<string, unknown> = {}) => ({
  sessionId: 'a'.repeat(32),
  scenarioId: 'primary-care-hypertension-discovery',
  title: 'Hypertension',
  startedAt: 1,
  endedAt: Date.parse('2026-03-02T10:00:00Z'),
  reason: 'commitment',
  repTurns: 5,
  overallScore: 3.4,
  band: 'Developing',
  metrics: { question_quality: 4.1, making_it_matter: 2 },
  rubricVersion: 'rp-2',
  ...o,
});

const ID = 'b'.repeat(32);
const journal = (o: { rep?: string; ended?: boolean } = {}) => [
  {
    type: 'start',
    v: 1,
    sessionId: ID,
    scenario: { id: 'sc', title: 'Scenario', hcp: { name: 'Dr. X' } },
    seed: 1,
    engine: 'scripted',
    ...(o.rep ? { rep: o.rep } : {}),
    t: 1000,
    opening: { text: 'Hello.', cues: [] },
  },
  { type: 'rep', turn: 1, text: 'What matters most?', t: 2000 },
  { type: 'hcp', turn: 1, text: 'Time.', cues: [], t: 3000 },
  ...(o.ended === false
    ? []
    : [
        {
          type: 'end',
          t: 4000,
          reason: 'walk-out',
          scorecard: {
            overallScore: 2,
            band: 'Emerging',
            rubricVersion: 'rp-2',
            rubricHash: 'h',
            metricResults: [
              {
                id: 'question_quality',
                metric: 'Question Quality',
                optional: false,
                score: 2,
                applicable: true,
                components: [
                  { name: 'depth', score: 3, applicable: true, weight: 1, rationale: '', evidence: [] },
                  { name: 'focus', score: 1, applicable: true, weight: 1, rationale: '', evidence: [] },
                ],
              },
            ],
          },
        },
      ]),
];

const run = (o: Record<string, unknown> = {}) => ({
  index: 0,
  name: 'strong',
  file: 'runs/a.yaml',
  scenario: 'sc',
  seed: 7,
  hcp: 'scripted',
  tags: ['discovery'],
  repetition: 1,
  overallScore: 4,
  band: 'Strong',
  metrics: { question_quality: 4 },
  passed: true,
  failures: [],
  endReason: 'commitment',
  endedEarly: 'commitment',
  repTurns: 6,
  outcome: {
    openness: 8,
    commitment: 'agreed',
    objections: { raised: 1, resolved: 1 },
    prioritiesUncovered: { uncovered: 2, total: 3 },
    endReason: 'commitment',
  },
  transcript: [],
  rubricVersion: 'rp-2',
  rubricHash: 'h',
  rep: 'Ben',
  date: '2026-03-03T09:00:00.000Z',
  ...o,
});

describe('loadRecords', () => {
  it('loads a history line written before reps were named, as nobody', async () => {
    const dir = aDir();
    writeFileSync(
      join(dir, 'history.jsonl'),
      jsonl([historyLine(), historyLine({ sessionId: 'c'.repeat(32), rep: 'Ana' })]),
    );
    const { records, warnings } = await loadRecords(['history.jsonl'], dir);
    expect(warnings).toEqual([]);
    expect(records.map((r) => [r.rep, r.committed, r.walkedOut])).toEqual([
      [null, true, false],
      ['Ana', true, false],
    ]);
  });

  it('reads the compliance flags of history lines, journals and batch runs; older ones have none', async () => {
    const dir = aDir();
    writeFileSync(
      join(dir, 'history.jsonl'),
      jsonl([
        historyLine(),
        historyLine({ sessionId: 'c'.repeat(32), compliance: ['absolute_claim', 'misquoted_data'] }),
      ]),
    );
    const ended = journal();
    (ended[3] as { scorecard: Record<string, unknown> }).scorecard.compliance = {
      flags: [{ kind: 'off_label', turn: 1, quote: 'q', rule: 'r', sayInstead: 's' }],
      scenarioChecked: true,
    };
    mkdirSync(join(dir, 'sessions'));
    writeFileSync(join(dir, 'sessions', `${ID}.jsonl`), jsonl(ended));
    writeFileSync(
      join(dir, 'report.json'),
      JSON.stringify({ runs: [run({ compliance: [{ kind: 'minimizing_safety' }] })], summary: {} }),
    );
    const { records, warnings } = await loadRecords(['history.jsonl', 'sessions', 'report.json'], dir);
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.compliance)).toEqual([
      [],
      ['absolute_claim', 'misquoted_data'],
      ['off_label'],
      ['minimizing_safety'],
    ]);
  });

  it('names a corrupt line by file and line, skips it and keeps the rest', async () => {
    const dir = aDir();
    writeFileSync(
      join(dir, 'history.jsonl'),
      jsonl([historyLine(), '{"sessionId": tor', { sessionId: 'x' }, historyLine({ sessionId: 'd'.repeat(32) })]),
    );
    const { records, warnings } = await loadRecords(['history.jsonl'], dir);
    expect(records).toHaveLength(2);
    expect(warnings).toEqual([
      'history.jsonl:2: skipped a line that is not JSON',
      expect.stringMatching(/^history\.jsonl:3: skipped a wrong-shaped line \(scenarioId: is required/),
    ]);
  });

  it('names a corrupt or missing file and skips it', async () => {
    const dir = aDir();
    writeFileSync(join(dir, 'broken.json'), '{"runs": [');
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    writeFileSync(join(dir, 'h.jsonl'), jsonl([historyLine()]));
    const { records, warnings } = await loadRecords(['broken.json', 'other.json', 'missing.jsonl', 'h.jsonl'], dir);
    expect(records).toHaveLength(1);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^broken\.json: invalid JSON: .*; file skipped$/);
    expect(warnings[1]).toMatch(/^other\.json: runs: .*file skipped$/);
    expect(warnings[2]).toMatch(/^missing\.jsonl: .*; skipped$/);
  });

  it('reads an ended journal with its rep and weakest components; an old one without a rep loads too', async () => {
    const dir = aDir();
    mkdirSync(join(dir, 'new'));
    writeFileSync(join(dir, 'new', `${ID}.jsonl`), jsonl(journal({ rep: 'Chloé' })));
    writeFileSync(join(dir, `${ID}.jsonl`), jsonl(journal()));
    const { records } = await loadRecords(['new', `${ID}.jsonl`], dir);
    expect(records.map((r) => [r.rep, r.walkedOut, r.weakComponents])).toEqual([
      ['Chloé', true, { question_quality: 'focus' }],
      [null, true, { question_quality: 'focus' }],
    ]);
  });

  it('skips an unfinished journal without a warning', async () => {
    const dir = aDir();
    writeFileSync(join(dir, `${ID}.jsonl`), jsonl(journal({ ended: false })));
    expect(await loadRecords([dir], dir)).toEqual({ records: [], warnings: [], files: 1 });
  });

  it('reads batch JSON and JSONL reports; the same runs in both count once', async () => {
    const dir = aDir();
    const runs = [
      run(),
      run({ index: 1, name: 'weak', endReason: 'walk-out', outcome: { ...run().outcome, commitment: 'none' } }),
    ];
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ runs, summary: {} }));
    writeFileSync(join(dir, 'r.jsonl'), jsonl([...runs.map((r) => ({ type: 'run', ...r })), { type: 'summary' }]));
    const { records, warnings } = await loadRecords([dir], dir);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(4);
    const { records: once, duplicates } = dedupe(records);
    expect(duplicates).toBe(2);
    expect(once.map((r) => [r.rep, new Date(r.at).toISOString(), r.committed, r.walkedOut, r.tags])).toEqual([
      ['Ben', '2026-03-03T09:00:00.000Z', true, false, ['discovery']],
      ['Ben', '2026-03-03T09:00:00.000Z', false, true, ['discovery']],
    ]);
  });

  it('keeps runs of another rep or day apart', async () => {
    const dir = aDir();
    writeFileSync(
      join(dir, 'a.json'),
      JSON.stringify({ runs: [run(), run({ rep: 'Dev' }), run({ date: '2026-03-10T09:00:00.000Z' })], summary: {} }),
    );
    const { records } = await loadRecords(['a.json'], dir);
    expect(dedupe(records).duplicates).toBe(0);
  });
});
