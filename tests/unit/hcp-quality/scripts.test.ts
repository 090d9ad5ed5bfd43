// The rep scripts: a strong, a weak and a mixed one for every built-in scenario, 6–10 turns, no thresholds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRunFile } from '../../../src/batch/index.js';
import { loadLibrary } from '../../../src/scenario/index.js';
import { ROOT } from '../../support/paths.js';

const DIR = join(ROOT, 'tests/hcp-quality');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('HCP-quality rep scripts', () => {
  it('cover every built-in scenario, one file each', async () => {
    const ids = (await loadLibrary()).all
      .filter((l) => l.builtIn)
      .map((l) => l.scenario.id)
      .sort();
    expect(files).toEqual(ids.map((id) => `${id}.yaml`));
  });

  it.each(files)('%s holds a strong, a weak and a mixed run of 6–10 turns, without thresholds', (file) => {
    const id = file.replace(/\.yaml$/, '');
    const parsed = parseRunFile(parse(readFileSync(join(DIR, file), 'utf8')), file);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const runs = parsed.value.map((e) => e.def);
    expect(runs.map((r) => [r.name, r.scenario, r.tags])).toEqual(
      ['strong', 'weak', 'mixed'].map((role) => [`${id} ${role}`, id, [role]]),
    );
    for (const r of runs) {
      expect(r.turns.length).toBeGreaterThanOrEqual(6);
      expect(r.turns.length).toBeLessThanOrEqual(10);
      expect(r.expect).toEqual({});
      expect(r.seed).toBeUndefined();
    }
  });
});
