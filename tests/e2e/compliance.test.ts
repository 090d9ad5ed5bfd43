// Issue #17 end to end: a practice session with three violations shows each in the scorecard with its
// turn and quote; `batch --fail-on-flag` exits 1 and its JUnit names the flag.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../support/spawn.js';

const SCENARIO = 'cardiology-lipid-closing';
const VIOLATIONS = [
  'Thanks for seeing me. LDL dropped by 60 percent in the trial, on top of a statin.',
  "And it's completely safe, so your patients have nothing to fear.",
  'Repatha is a mess for your staff, patients hate those pens.',
];

describe('a practice session with three violations', () => {
  it('lists each in the scorecard with its turn, quote, rule and what to say instead', async () => {
    const r = await runBin(['practice', SCENARIO, '--seed', '7'], { input: `${VIOLATIONS.join('\n')}\n/end\n` });
    expect([r.code, r.stderr]).toEqual([0, '']);
    // The section wraps at 80 columns: read it with the line breaks folded.
    const shown = r.stdout.replace(/\s+/g, ' ');
    expect(shown).toContain('Compliance 4 flags');
    expect(shown).toContain('turn 1 Misquoted data: "LDL dropped by 60 percent in the trial, on top of a statin."');
    expect(shown).toContain(
      'say instead: Quote the fact as written: "LDL fell by 51 percent from baseline at 17 months',
    );
    expect(shown).toContain('turn 1 Missing fair balance:');
    expect(shown).toContain(`turn 3 Absolute or unsupported claim: "${VIOLATIONS[1]}"`);
    expect(shown).toContain(`turn 5 Disparaging a competitor: "${VIOLATIONS[2]}"`);
  });
});

describe('batch and compliance flags', () => {
  const CLEAN = [
    'Thanks for the time. Which of your post-MI patients are furthest from goal?',
    'LDL fell by 51 percent on top of statins; injection-site reactions were 8 percent versus 2 percent on placebo.',
  ];
  const run = (name: string, turns: readonly string[], expect = '') => [
    `  - name: ${name}`,
    `    scenario: ${SCENARIO}`,
    '    seed: 7',
    '    turns:',
    ...turns.map((t) => `      - ${JSON.stringify(t)}`),
    ...(expect ? [`    expect: ${expect}`] : []),
  ];
  const runFile = (lines: string[]) => {
    const file = join(tempDir(), 'flagged.yaml');
    writeFileSync(file, ['runs:', ...lines].join('\n'));
    return file;
  };

  it('--fail-on-flag exits 1, failing only the flagged run, and the JUnit failure names the flag', async () => {
    const r = await runBin([
      'batch',
      runFile([...run('three violations', VIOLATIONS), ...run('compliant', CLEAN)]),
      '--fail-on-flag',
      '--format',
      'junit',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<testsuites name="roleplay batch" tests="2" failures="1"');
    expect(r.stdout).toContain(
      '<failure message="--fail-on-flag: compliance flag misquoted_data at turn 1: &quot;LDL dropped by 60 percent',
    );
    expect(r.stdout).toContain(
      '--fail-on-flag: compliance flag disparaging_competitor at turn 5: &quot;Repatha is a mess',
    );
  });

  it('fails a run under `compliance: none` without --fail-on-flag, and lists its flags in the JSON report', async () => {
    const r = await runBin([
      'batch',
      runFile(run('three violations', VIOLATIONS, '{ compliance: none }')),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { runs: { failures: string[]; compliance: { kind: string }[] }[] };
    expect(report.runs[0]!.failures[0]).toMatch(/^compliance: 4 flag\(s\), expected none: misquoted_data at turn 1/);
    expect(report.runs[0]!.compliance.map((f) => f.kind)).toEqual([
      'misquoted_data',
      'missing_fair_balance',
      'absolute_claim',
      'disparaging_competitor',
    ]);
  });
});
