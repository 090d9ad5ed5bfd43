// Scenario compliance data (issue #17): every built-in has it, and the schema reports a bad block by path.
import { beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../../src/data-file.js';
import { loadLibrary, type Library } from '../../../src/scenario/index.js';
import { ScenarioSchema } from '../../../src/scenario/schema.js';

let library: Library;
beforeAll(async () => {
  library = await loadLibrary();
});

describe('built-in scenarios', () => {
  it('all carry a compliance block with the label, quotable facts, fair balance and competitors', async () => {
    const builtIns = library.all.filter((l) => l.builtIn);
    expect(builtIns.length).toBeGreaterThanOrEqual(20);
    for (const { scenario: s } of builtIns) {
      expect(s.compliance, s.id).toBeDefined();
      expect(s.compliance!.quotable.length, s.id).toBeGreaterThan(0);
      expect(s.compliance!.fairBalance.length, s.id).toBeGreaterThan(0);
      expect(s.compliance!.competitors.length, s.id).toBeGreaterThan(0);
    }
  });
});

describe('the compliance block', () => {
  const withBlock = (compliance: unknown) => {
    const { scenario } = library.all.find((l) => l.scenario.id === 'rheumatology-ra-jak-safety')!;
    return validate(ScenarioSchema, { ...structuredClone(scenario), compliance }, 'x.yaml');
  };
  const base = {
    indication: 'RA after TNF failure.',
    population: 'Adults.',
    quotable: ['56 percent reached ACR20.'],
    fairBalance: [{ id: 'bw', text: 'Boxed warning.', terms: ['boxed warning'] }],
  };

  it('accepts a minimal block', () => expect(withBlock(base).ok).toBe(true));

  it.each([
    {
      name: 'no fair balance',
      block: { ...base, fairBalance: [] },
      problem: 'x.yaml: compliance.fairBalance: needs at least one required safety item',
    },
    {
      name: 'no quotable fact',
      block: { ...base, quotable: [] },
      problem: 'x.yaml: compliance.quotable: needs at least one fact a rep may quote',
    },
    {
      name: 'a head-to-head fact for an unnamed competitor',
      block: { ...base, competitors: ['Humira'], headToHead: [{ competitor: 'Rinvoq', text: 'Non-inferior.' }] },
      problem: 'x.yaml: compliance.headToHead[0].competitor: "Rinvoq" is not in compliance.competitors',
    },
    { name: 'an unknown key', block: { ...base, boxedWarning: 'x' }, problem: 'x.yaml: compliance' },
  ])('reports $name by path', ({ block, problem }) => {
    const r = withBlock(block);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toContain(problem);
  });
});
