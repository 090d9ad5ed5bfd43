import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  canonicalJson,
  DEFAULT_RUBRIC,
  loadRubricFile,
  rubricHash,
  RubricSchema,
  scoreTranscript,
} from '../../../src/scoring/index.js';
import { conversation } from '../../builders.js';
import { tempDir } from '../../support/spawn.js';

const copy = () => structuredClone(DEFAULT_RUBRIC) as typeof DEFAULT_RUBRIC;
const tmp = (name: string, text: string) => {
  const file = join(tempDir('rp-rubric-'), name);
  writeFileSync(file, text);
  return file;
};

describe('the built-in rubric', () => {
  it('is valid against its own schema', () => {
    expect(RubricSchema.safeParse(DEFAULT_RUBRIC).success).toBe(true);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_RUBRIC.lexicon.rep.acknowledgment)).toBe(true);
  });

  it('lists the polite objections the reference missed (defect 6)', () => {
    expect(DEFAULT_RUBRIC.lexicon.hcp.statusQuo).toEqual(
      expect.arrayContaining(['fine with what we have', "don't see the need"]),
    );
  });
});

describe('RubricSchema', () => {
  it.each([
    { what: 'an unknown key', edit: (r: Record<string, unknown>) => void (r.extra = 1), path: '(root)' },
    {
      what: 'a phrase with no words',
      edit: (r: ReturnType<typeof copy>) => void (r.lexicon.rep.transition as string[]).push('?!'),
      path: 'lexicon.rep.transition',
    },
    {
      what: 'cut points out of order',
      edit: (r: ReturnType<typeof copy>) =>
        void ((r.cuts.question_quality as { quality: number[] }).quality = [0.2, 0.7, 0.4, 0.1]),
      path: 'cuts.question_quality.quality',
    },
    {
      what: 'a score outside 1–5',
      edit: (r: ReturnType<typeof copy>) =>
        void ((r.cuts.conversation_control_structure as { noRecap: number }).noRecap = 7),
      path: 'cuts.conversation_control_structure.noRecap',
    },
    {
      what: 'a missing component weight',
      edit: (r: ReturnType<typeof copy>) =>
        void delete (r.metrics.commitment_gaining.weights as Record<string, number>).outcome,
      path: 'metrics.commitment_gaining.weights',
    },
  ])('rejects $what', ({ edit, path }) => {
    const r = copy();
    edit(r as never);
    const result = RubricSchema.safeParse(r);
    expect(result.success).toBe(false);
    expect(result.error!.issues.some((i) => (i.path.join('.') || '(root)').startsWith(path))).toBe(true);
  });
});

describe('rubricHash', () => {
  it('is the sha256 of canonical JSON, independent of key order', () => {
    const reordered = Object.fromEntries(Object.entries(copy()).reverse()) as typeof DEFAULT_RUBRIC;
    expect(rubricHash(reordered)).toBe(rubricHash(DEFAULT_RUBRIC));
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
  });

  it('changes when any phrase changes', () => {
    const r = copy();
    (r.lexicon.rep.acknowledgment as string[]).push('totally get it');
    expect(rubricHash(r)).not.toBe(rubricHash(DEFAULT_RUBRIC));
  });
});

describe('loadRubricFile', () => {
  it('loads the YAML that `roleplay rubric` prints, with the same hash', async () => {
    const loaded = await loadRubricFile(tmp('rubric.yaml', stringify(DEFAULT_RUBRIC)));
    expect(loaded.ok && rubricHash(loaded.value)).toBe(rubricHash(DEFAULT_RUBRIC));
  });

  it('reports every problem as file: path: message', async () => {
    const file = tmp('rubric.json', JSON.stringify({ ...copy(), version: 3, extra: true }));
    const loaded = await loadRubricFile(file);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^${file}: version: `))]),
    );
  });

  it('gives a phrase list a file leaves out (written for an older version) the built-in one', async () => {
    const r = copy();
    const { superiority: _left, ...rep } = r.lexicon.rep;
    const loaded = await loadRubricFile(tmp('older.yaml', stringify({ ...r, lexicon: { ...r.lexicon, rep } })));
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    expect(loaded.value.lexicon.rep.superiority).toEqual(DEFAULT_RUBRIC.lexicon.rep.superiority);
  });

  it('scores with an edited rubric and carries its hash', async () => {
    const r = copy();
    (r.lexicon.rep.acknowledgment as string[]).push('roger that');
    const loaded = await loadRubricFile(tmp('edited.yaml', stringify(r)));
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const turns = conversation("C: I'm worried about the cost for my Medicare patients.", 'R: Roger that, then.');
    const heard = (rubric: typeof r) =>
      scoreTranscript(turns, rubric)
        .metricResults.find((m) => m.id === 'objection_navigation')!
        .components.find((c) => c.name === 'handling')!.score;
    expect(scoreTranscript(turns, loaded.value).rubricHash).toBe(rubricHash(r));
    // The edited lexicon makes "roger that" an acknowledgment; the built-in one does not.
    expect(heard(loaded.value)).toBeGreaterThan(heard(DEFAULT_RUBRIC)!);
  });
});
