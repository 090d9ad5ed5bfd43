// Run file schema: every problem as `file: path: message`, in the three shapes a file may take.
import { describe, expect, it } from 'vitest';
import { parseRunFile } from '../../../src/batch/index.js';

const run = (o: Record<string, unknown> = {}) => ({
  name: 'r',
  scenario: 'primary-care-hypertension-discovery',
  turns: ['Hi?'],
  ...o,
});
const problemsOf = (value: unknown) => {
  const parsed = parseRunFile(value, 'runs.yaml');
  return parsed.ok ? [] : parsed.problems;
};

describe('parseRunFile', () => {
  it.each([
    { name: 'a missing name', value: run({ name: undefined }), problem: 'runs.yaml: name: is required' },
    { name: 'no turns', value: run({ turns: [] }), problem: 'runs.yaml: turns: needs at least one rep turn' },
    { name: 'an empty turn', value: run({ turns: ['  '] }), problem: 'runs.yaml: turns[0]: must not be empty' },
    { name: 'an unknown key', value: run({ turn: ['x'] }), problem: 'runs.yaml: (root): unknown key "turn" (a typo?)' },
    {
      name: 'an unknown expect key',
      value: run({ expect: { minOveral: 3 } }),
      problem: 'runs.yaml: expect: unknown key "minOveral" (a typo?)',
    },
    {
      name: 'a seed that is text',
      value: run({ seed: 'seven' }),
      problem: 'runs.yaml: seed: expected number, got string',
    },
    {
      name: 'a bound above 5',
      value: run({ expect: { minOverall: 7 } }),
      problem: 'runs.yaml: expect.minOverall: Too big: expected number to be <=5',
    },
    {
      name: 'min above max',
      value: run({ expect: { metrics: { question_quality: { min: 4, max: 3 } } } }),
      problem: 'runs.yaml: expect.metrics.question_quality: min is above max',
    },
    {
      name: 'minOverall above maxOverall',
      value: run({ expect: { minOverall: 4, maxOverall: 3 } }),
      problem: 'runs.yaml: expect: minOverall is above maxOverall',
    },
  ])('reports $name', ({ value, problem }) => {
    expect(problemsOf(value)).toContain(problem);
  });

  it('names an unknown metric and lists the real ones', () => {
    const [problem] = problemsOf(run({ expect: { metrics: { questions: { min: 3 } } } }));
    expect(problem).toMatch(
      /^runs\.yaml: expect\.metrics\.questions: unknown metric "questions" \(use one of: question_quality, /,
    );
  });

  it('refuses a band that is not one of the five', () => {
    expect(problemsOf(run({ expect: { band: 'Great' } }))[0]).toMatch(/^runs\.yaml: expect\.band: /);
  });

  it.each([
    { shape: 'one run', value: run(), count: 1 },
    { shape: 'a list', value: [run({ name: 'a' }), run({ name: 'b' })], count: 2 },
    { shape: 'a runs key', value: { runs: [run({ name: 'a' }), run({ name: 'b' }), run({ name: 'c' })] }, count: 3 },
  ])('reads $shape', ({ value, count }) => {
    const parsed = parseRunFile(value, 'runs.yaml');
    expect(parsed.ok && parsed.value.length).toBe(count);
  });

  it('fills the defaults: scripted HCP, no tags, no expectations', () => {
    const parsed = parseRunFile(run(), 'runs.yaml');
    expect(parsed.ok && parsed.value[0]!.def).toMatchObject({ hcp: 'scripted', tags: [], expect: {} });
  });

  it('lists every problem in every run of a list at once, with the run position', () => {
    expect(problemsOf([run({ name: undefined }), run({ turns: 'Hi' })])).toEqual([
      'runs.yaml: [0].name: is required',
      'runs.yaml: [1].turns: expected array, got string',
    ]);
  });

  it('uses the runs key in positions of a wrapped list', () => {
    expect(problemsOf({ runs: [run(), run({ scenario: '' })] })).toEqual([
      'runs.yaml: runs[1].scenario: must not be empty',
    ]);
  });

  it('refuses two runs with the same name in one file', () => {
    expect(problemsOf([run({ name: 'same' }), run({ name: 'other' }), run({ name: 'same' })])).toEqual([
      'runs.yaml: [2].name: duplicate run name "same" (also [0])',
    ]);
  });

  it('refuses an empty list', () => {
    expect(problemsOf([])).toEqual(['runs.yaml: (root): needs at least one run']);
  });
});
