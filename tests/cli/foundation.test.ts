// argv → behaviour for the foundation commands: help, version, list, show, validate, usage errors.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';

async function cli(argv: string[], env: Record<string, string> = {}) {
  const io = fakeIo();
  const code = await main(argv, io, { env, cwd: ROOT });
  return { code, out: io.out(), err: io.err() };
}

describe('roleplay (foundation)', () => {
  it('prints its version and exits 0', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('shows examples in --help', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain('roleplay score transcript.txt --explain');
  });

  it('suggests the closest command for a typo and exits 2', async () => {
    const r = await cli(['lsit']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown command 'lsit'");
    expect(r.err).toContain('Did you mean');
  });

  it('rejects an unknown flag with exit 2 and no stack', async () => {
    const r = await cli(['list', '--colour']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown option '--colour'");
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('lists at least 16 built-in scenarios as JSON', async () => {
    const r = await cli(['list', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(16);
    expect(Object.keys(rows[0]!).sort()).toEqual(['difficulty', 'id', 'stage', 'therapeuticArea', 'title']);
  });

  it('filters the list by difficulty', async () => {
    const r = await cli(['list', '--difficulty', 'hard', '--json']);
    const rows = JSON.parse(r.out) as { difficulty: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((s) => s.difficulty === 'hard')).toBe(true);
  });

  it('refuses an unknown stage with the valid ones, exit 2', async () => {
    const r = await cli(['list', '--stage', 'dinner']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('use one of: initial-access');
  });

  it('prints a table with the ids when not asked for JSON', async () => {
    const list = JSON.parse((await cli(['list', '--json'])).out) as { id: string }[];
    const r = await cli(['list']);
    expect(r.code).toBe(0);
    for (const { id } of list) expect(r.out).toContain(id);
    expect(r.out).toContain(`${list.length} scenarios`);
  });

  it('shows a briefing without the hidden priorities', async () => {
    const r = await cli(['show', 'test-clinic-visit', '--scenarios', 'tests/fixtures/scenarios/good']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Test clinic visit');
    expect(r.out).toContain('Your objectives:');
    expect(r.out).toContain('roleplay practice test-clinic-visit');
  });

  it('names the closest ids for an unknown scenario, exit 3', async () => {
    const r = await cli(['show', 'test-clinic-vist', '--scenarios', 'tests/fixtures/scenarios/good']);
    expect(r.code).toBe(3);
    expect(r.err).toContain('unknown scenario "test-clinic-vist"');
    expect(r.err).toContain('did you mean: test-clinic-visit');
  });

  it('reads extra scenario folders from ROLEPLAY_SCENARIOS', async () => {
    const r = await cli(['show', 'test-clinic-visit', '--json'], {
      ROLEPLAY_SCENARIOS: 'tests/fixtures/scenarios/good',
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ id: 'test-clinic-visit', stage: 'discovery' });
  });
});

describe('roleplay validate', () => {
  it('counts valid files and exits 0', async () => {
    const r = await cli(['validate', 'tests/fixtures/scenarios/good']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('1 scenario file(s) valid\n');
  });

  it('names both mistakes of one file with their field paths, exit 3', async () => {
    const r = await cli(['validate', 'tests/fixtures/scenarios/bad/two-mistakes.yaml']);
    expect(r.code).toBe(3);
    expect(r.err).toContain('tests/fixtures/scenarios/bad/two-mistakes.yaml: title: is required');
    expect(r.err).toContain(
      'tests/fixtures/scenarios/bad/two-mistakes.yaml: hcp.timeBudget: expected number, got string',
    );
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('gives line and column for malformed YAML', async () => {
    const r = await cli(['validate', 'tests/fixtures/scenarios/bad/malformed.yaml']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/malformed\.yaml:\d+:\d+: invalid YAML/);
  });

  it('prints the stack only with --debug', async () => {
    const r = await cli(['--debug', 'validate', 'tests/fixtures/scenarios/bad/malformed.yaml']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/\n\s+at /);
  });

  it('reports a missing path instead of crashing', async () => {
    const r = await cli(['validate', 'no/such/dir']);
    expect(r.code).toBe(3);
    expect(r.err).toContain('no/such/dir: no such file or directory');
  });

  it('reports a user scenario that reuses a built-in id, naming both files', async () => {
    const list = JSON.parse((await cli(['list', '--json'])).out) as { id: string }[];
    const { writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempDir } = await import('../support/spawn.js');
    const dir = tempDir('rp-dup-');
    const fixture = readFileSync(join(ROOT, 'tests/fixtures/scenarios/good/test-clinic-visit.yaml'), 'utf8');
    writeFileSync(join(dir, 'copy.yaml'), fixture.replace('id: test-clinic-visit', `id: ${list[0]!.id}`));
    const r = await cli(['list', '--scenarios', dir]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`duplicate scenario id "${list[0]!.id}"`);
    expect(r.err).toContain('copy.yaml');
    expect(r.err).toMatch(/also in .*scenarios\//);
  });
});
