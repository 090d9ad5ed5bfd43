// The built binary, spawned as a user runs it: list, validate, errors without stacks.
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/spawn.js';

describe('roleplay binary (foundation)', () => {
  it('lists the built-in scenarios as parseable JSON', async () => {
    const r = await runBin(['list', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThanOrEqual(16);
  });

  it('validates the shipped scenarios', async () => {
    const r = await runBin(['validate', 'scenarios']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ scenario file\(s\) valid\n$/);
  });

  it('exits 3 naming both mistakes, without a stack trace', async () => {
    const r = await runBin(['validate', 'tests/fixtures/scenarios/bad']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('two-mistakes.yaml: title: is required');
    expect(r.stderr).toContain('two-mistakes.yaml: hcp.timeBudget: expected number, got string');
    expect(r.stderr).toMatch(/malformed\.yaml:\d+:\d+: invalid YAML/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown command', async () => {
    const r = await runBin(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });

  it('echoes an unknown command without its escape sequences or bidi characters (issue 13)', async () => {
    const r = await runBin(['frob\u001b]0;TITLE\u0007\u001b[2J\u202Enicate\u009b31m']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("roleplay: unknown command 'frobnicate'");
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
  });

  it('prints no colour codes when piped', async () => {
    const r = await runBin(['list'], { env: { NO_COLOR: undefined } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001B[');
  });
});
