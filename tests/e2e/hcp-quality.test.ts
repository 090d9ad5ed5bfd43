// scripts/hcp-quality.mjs on one scenario and seed: it runs, prints its table, and exits as documented.
// The full quality run is not part of npm test: it is slow and its numbers depend on the engine.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const SCRIPT = join(ROOT, 'scripts/hcp-quality.mjs');

function runScript(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const ONE = ['--scenario', 'primary-care-insomnia-rushed', '--seeds', '1', '--jobs', '1'];

describe('hcp-quality script', () => {
  it('plays the three scripts of one scenario and prints the outcome row and every measure', async () => {
    const r = await runScript(ONE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^HCP quality: 3 runs, \d+ HCP replies\n/);
    expect(r.stdout).toMatch(/\nprimary-care-insomnia-rushed\s+1 {2}\d+ (?:none|asked|agreed|declined)/);
    for (const measure of [
      'scenario×seed meeting all three outcome targets',
      'verbatim repeated replies',
      'cue/posture contradictions',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`\\n${measure}\\s+\\d+(?:/\\d+)?\\s+\\d+(?:/\\d+)?\\s+(?:pass|FAIL)\\n`));
    }
  });

  it('exits 1 under --strict exactly when the report shows a missed target', async () => {
    const r = await runScript([...ONE, '--strict']);
    expect(r.code).toBe(r.stdout.includes('\ntargets missed: ') ? 1 : 0);
    expect(r.stdout.endsWith('every target met\n') || r.stdout.includes('FAIL')).toBe(true);
  });

  it.each([
    { args: ['--seeds', 'one'], err: '--seeds: ' },
    { args: ['--scenario', 'no-such-scenario'], err: 'no rep scripts for scenario no-such-scenario' },
    { args: ['--verbose'], err: 'unknown argument "--verbose"' },
  ])('exits 2 on $args', async ({ args, err }) => {
    const r = await runScript(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(err);
  });
});
