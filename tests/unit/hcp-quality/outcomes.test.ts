// Outcome targets of issue 14, kept from slipping: on every built-in scenario and two seeds, the strong
// script ends open (≥ 7) with an agreed next step, the weak one closed (≤ 3), the mixed one in between.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/scenario/index.js';
import { ROOT } from '../../support/paths.js';
import { converse } from '../hcp/builders.js';

const DIR = join(ROOT, 'tests/hcp-quality');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
let library: Awaited<ReturnType<typeof loadLibrary>>;
beforeAll(async () => {
  library = await loadLibrary();
});

const runOf = (file: string, role: string) => {
  const runs = parse(readFileSync(join(DIR, file), 'utf8')).runs as {
    scenario: string;
    tags: string[];
    turns: string[];
  }[];
  return runs.find((r) => r.tags.includes(role))!;
};

describe.each([1, 2])('seed %i', (seed) => {
  it.each(files)('%s: strong ends open with an agreed next step, weak ends closed', (file) => {
    const strong = runOf(file, 'strong');
    const s = library.require(strong.scenario);
    const good = converse(s, strong.turns, seed).final;
    expect([good.openness >= 7, good.commitment]).toEqual([true, 'agreed']);
    const bad = converse(s, runOf(file, 'weak').turns, seed).final;
    expect(bad.openness).toBeLessThanOrEqual(3);
  });

  it.each(files)('%s: mixed ends strictly between weak and strong, without an agreed next step', (file) => {
    const mixed = runOf(file, 'mixed');
    const end = converse(library.require(mixed.scenario), mixed.turns, seed).final;
    expect([end.openness > 3 && end.openness < 7, end.commitment === 'agreed']).toEqual([true, false]);
  });
});
