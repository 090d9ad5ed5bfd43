// `roleplay report` and who practiced (issue 18): --rep and ROLEPLAY_REP reach the journal, history
// and batch results; report reads them back, warns about bad input, and says so when nothing is left.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { tempDir as aDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';

async function run(argv: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const io = fakeIo();
  const code = await main(argv, io, { env, cwd });
  return { code, out: io.out(), err: io.err() };
}

async function practice(home: string, env: Record<string, string>, rep: string[] = []) {
  const e = { ROLEPLAY_HOME: home, ...env };
  const id = (await run(['start', SCENARIO, '--seed', '3', ...rep], e)).out.trim();
  await run(['respond', id, 'What matters most to you with patients above goal?'], e);
  expect((await run(['end', id], e)).code).toBe(0);
  return id;
}

describe('who practiced', () => {
  it('--rep goes into the journal and history, and report groups by it', async () => {
    const home = aDir();
    const id = await practice(home, {}, ['--rep', '  Dana Smith ']);
    await practice(home, { ROLEPLAY_REP: 'Eli' });
    const start = JSON.parse(readFileSync(join(home, 'sessions', `${id}.jsonl`), 'utf8').split('\n')[0]!);
    expect(start.rep).toBe('Dana Smith');
    const history = readFileSync(join(home, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(history.map((h) => h.rep)).toEqual(['Dana Smith', 'Eli']);
    const r = await run(['--json', 'report'], { ROLEPLAY_HOME: home });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).reps.map((x: { rep: string; sessions: number }) => [x.rep, x.sessions])).toEqual([
      ['Dana Smith', 1],
      ['Eli', 1],
    ]);
  });

  it.each([
    ['--rep', ''],
    ['--rep', 'a\u001b[31mb'],
    ['--rep', 'x'.repeat(81)],
  ])('refuses %s %j with exit 2', async (flag, value) => {
    const r = await run(['start', SCENARIO, flag, value], { ROLEPLAY_HOME: aDir() });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--rep must be a name/);
  });

  it('batch --rep and --date stamp every run', async () => {
    const r = await run(
      [
        'batch',
        'scenarios/runs/primary-care-hypertension-strong.yaml',
        '--format',
        'json',
        '--rep',
        'Fay',
        '--date',
        '2026-03-04',
      ],
      { ROLEPLAY_HOME: aDir() },
    );
    const runs = JSON.parse(r.out).runs as { rep: string; date: string }[];
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((x) => x.rep === 'Fay' && x.date === '2026-03-04T00:00:00.000Z')).toBe(true);
  });
});

describe('roleplay report', () => {
  const line = (o: Record<string, unknown>) =>
    JSON.stringify({
      sessionId: 'a'.repeat(32),
      scenarioId: SCENARIO,
      title: 'Hypertension',
      startedAt: 0,
      endedAt: Date.parse('2026-03-02T10:00:00Z'),
      reason: 'rep-ended',
      repTurns: 3,
      overallScore: 3,
      band: 'Developing',
      metrics: { question_quality: 3 },
      rubricVersion: 'rp-2',
      ...o,
    });

  it('with no sessions says so and exits 0', async () => {
    const r = await run(['report'], { ROLEPLAY_HOME: aDir() });
    expect([r.code, r.out, r.err]).toEqual([0, '', 'roleplay: nothing to report: no ended sessions in your history\n']);
  });

  it('with filters that leave nothing says so and exits 0', async () => {
    const dir = aDir();
    writeFileSync(join(dir, 'h.jsonl'), `${line({})}\n`);
    const r = await run(['report', 'h.jsonl', '--since', '2026-04-01'], {}, dir);
    expect([r.code, r.err]).toEqual([0, 'roleplay: nothing to report: none of 1 session(s) match the filters\n']);
  });

  it('names a corrupt file and line, skips them and reports the rest', async () => {
    const dir = aDir();
    writeFileSync(join(dir, 'h.jsonl'), `${line({ rep: 'Ana' })}\nnot json\n`);
    writeFileSync(join(dir, 'bad.json'), '{');
    const r = await run(['report', 'h.jsonl', 'bad.json', '--format', 'markdown'], {}, dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain('roleplay: warning: h.jsonl:2: skipped a line that is not JSON\n');
    expect(r.err).toMatch(/roleplay: warning: bad\.json: invalid JSON: .*; file skipped\n/);
    expect(r.out).toContain('| Ana | 1 | 3.00 |');
  });

  it('--until takes the whole day; --rep and --scenario narrow', async () => {
    const dir = aDir();
    writeFileSync(
      join(dir, 'h.jsonl'),
      [
        line({ rep: 'Ana' }),
        line({ sessionId: 'b'.repeat(32), rep: 'Ben', endedAt: Date.parse('2026-03-03T23:00:00Z') }),
      ].join('\n') + '\n',
    );
    const reps = async (...flags: string[]) =>
      JSON.parse((await run(['report', 'h.jsonl', '--format', 'json', ...flags], {}, dir)).out).reps.map(
        (x: { rep: string }) => x.rep,
      );
    expect(await reps('--until', '2026-03-03')).toEqual(['Ana', 'Ben']);
    expect(await reps('--until', '2026-03-02')).toEqual(['Ana']);
    expect(await reps('--rep', 'ben', '--scenario', SCENARIO)).toEqual(['Ben']);
  });

  it('writes --out atomically in the format its extension names', async () => {
    const dir = aDir();
    writeFileSync(join(dir, 'h.jsonl'), `${line({ rep: 'Ana' })}\n`);
    const r = await run(['report', 'h.jsonl', '--out', 'team.html'], {}, dir);
    expect([r.code, r.out, r.err]).toEqual([0, '', 'roleplay: wrote team.html: 1 session(s)\n']);
    expect(readFileSync(join(dir, 'team.html'), 'utf8')).toMatch(/^<!doctype html>[\s\S]*<svg[\s\S]*<\/html>\n$/);
  });

  it.each([
    [['--format', 'pdf'], /unknown format "pdf"/],
    [['--since', 'last week'], /--since must be a date/],
  ])('%j is a usage error (exit 2)', async (flags, message) => {
    const r = await run(['report', ...flags], { ROLEPLAY_HOME: aDir() });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
