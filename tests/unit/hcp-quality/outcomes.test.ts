// Outcome targets of issue 14 that hold today, kept from slipping: on every built-in scenario and two
// seeds, the strong script ends open (≥ 7) with an agreed next step and the weak one closed (≤ 3).
// (The mixed target, strictly between, is still reported by `npm run hcp-quality`, not asserted.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/scenario/index.js';
import { ROOT } from '../../support/paths.js';
import { converse } from '../hcp/builders.js';

const DIR = join(ROOT, 'tests/hcp-quality');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
let library: Awaited<ReturnType<typeof loadLibrary>>;
beforeAll(async () => {
  library = await loadLibrary();
});

const runOf = (file: string, role: string) => {
  const runs = parse(readFileSync(join(DIR, file), 'utf8')).runs as { scenario: string; tags: string[]; turns: string[] }[];
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
});
