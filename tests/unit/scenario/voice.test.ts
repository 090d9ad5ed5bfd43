// The HCP's own sentences (issue 14): `says` and `asks` on priorities and concerns are first person,
// whole, free of product facts and template seams; `roleplay validate` names the field that is not.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadLibrary } from '../../../src/scenario/library.js';
import { loadScenarioFile } from '../../../src/scenario/load.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { validateScenarioPaths } from '../../../src/scenario/validate-paths.js';
import { voiceProblem } from '../../../src/scenario/voice.js';
import { fixtureScenario } from '../hcp/builders.js';

const FIGURES = new Set(['61', '12']);

describe('voiceProblem', () => {
  it.each([
    {
      kind: 'says' as const,
      text: 'My older patients already take a bag full of pills every day.',
      problem: undefined,
    },
    { kind: 'asks' as const, text: 'What would this mean for my older patients?', problem: undefined },
    { kind: 'says' as const, text: 'I worry about patients already on an SGLT2 inhibitor.', problem: undefined },
    {
      kind: 'says' as const,
      text: 'Patients who quietly stop their statins.',
      problem: 'must be in the first person (I, my, we, our)',
    },
    { kind: 'says' as const, text: 'I want to know about', problem: 'must be a whole sentence ending in "." or "!"' },
    { kind: 'asks' as const, text: 'I wonder about my patients.', problem: 'must be a question ending in "?"' },
    {
      kind: 'says' as const,
      text: 'What I care about is {term}.',
      problem: 'reads like a template: no {slots}, and no trailing ":", ",", "..." or "and"',
    },
    {
      kind: 'asks' as const,
      text: 'How does this help my patients and?',
      problem: 'reads like a template: no {slots}, and no trailing ":", ",", "..." or "and"',
    },
    {
      kind: 'asks' as const,
      text: 'Would Normavyn help my patients?',
      problem: 'must not name the product: the HCP speaks about its patients',
    },
    {
      kind: 'says' as const,
      text: 'I want 61 percent of my patients at goal.',
      problem: 'must not state a product fact (61 is a figure from facts)',
    },
  ])('$kind "$text": $problem', ({ kind, text, problem }) => {
    expect(voiceProblem(text, kind, 'normavyn', FIGURES)).toBe(problem);
  });
});

describe('built-in scenarios', () => {
  it('give every priority and concern its own first-person sentence and question', async () => {
    const missing = (await loadLibrary()).all
      .filter((l) => l.builtIn)
      .flatMap(({ scenario: s }) =>
        [...s.hcp.priorities, ...s.hcp.concerns]
          .filter((x) => x.says === undefined || x.asks === undefined)
          .map((x) => `${s.id}: ${x.id}`),
      );
    expect(missing).toEqual([]);
  });
});

describe('roleplay validate', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rp-voice-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names the field whose sentence is not the HCP speaking', async () => {
    const s: Scenario = await fixtureScenario();
    const bad = structuredClone(s);
    bad.hcp.priorities[0]!.says = 'Patients who forget their doses.';
    bad.hcp.concerns.push({
      id: 'price',
      text: 'Price.',
      terms: ['price'],
      asks: 'How much would Testorin cost my patients?',
    });
    const file = join(dir, 'bad-voice.yaml');
    await writeFile(file, stringify(bad));
    const result = await validateScenarioPaths([file]);
    expect(result.problems).toEqual([
      `${file}: hcp.priorities[0].says: must be in the first person (I, my, we, our)`,
      `${file}: hcp.concerns[${bad.hcp.concerns.length - 1}].asks: must not name the product: the HCP speaks about its patients`,
    ]);
    expect((await loadScenarioFile(file)).ok).toBe(false);
  });
});
