// Loading run files: folders, scenario ids and paths, and every problem of every file at once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuns } from '../../../src/batch/index.js';
import { InvalidInputError } from '../../../src/errors.js';
import type { Library } from '../../../src/scenario/index.js';
import { ROOT } from '../../support/paths.js';
import { tempDir } from '../../support/spawn.js';
import { aScenario } from './builders.js';

const library: Library = {
  all: [{ scenario: aScenario({ id: 'known-scenario' }), file: 'x', builtIn: true }],
  get: (id) => (id === 'known-scenario' ? { scenario: aScenario({ id }), file: 'x', builtIn: true } : undefined),
  require: () => aScenario(),
};

function files(contents: Record<string, string>): string {
  const dir = tempDir('roleplay-runs-');
  for (const [name, text] of Object.entries(contents)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const load = (dir: string, paths: string[]) =>
  loadRuns(paths, { cwd: dir, library: async () => library, engines: ['scripted'] });
const problems = (dir: string, paths: string[]) =>
  load(dir, paths).then(
    () => [],
    (e: unknown) => (e instanceof InvalidInputError ? [...e.problems] : Promise.reject(e)),
  );

const RUN = 'name: r\nscenario: known-scenario\nturns: [Hi?]\n';

describe('loadRuns', () => {
  it('reads every run file in a folder, sorted by name, skipping other files', async () => {
    const dir = files({
      'runs/b.yaml': RUN.replace('r', 'b'),
      'runs/a.json': JSON.stringify({ name: 'a', scenario: 'known-scenario', turns: ['Hi?'] }),
      'runs/notes.txt': 'x',
      'runs/.hidden.yaml': 'x',
    });
    const runs = await load(dir, ['runs']);
    expect(runs.map((r) => [r.name, r.file])).toEqual([
      ['a', 'runs/a.json'],
      ['b', 'runs/b.yaml'],
    ]);
  });

  it('reads a file given twice only once', async () => {
    const dir = files({ 'runs/a.yaml': RUN });
    expect(await load(dir, ['runs', 'runs/a.yaml'])).toHaveLength(1);
  });

  it('resolves a scenario path relative to the run file', async () => {
    const dir = files({ 'runs/a.yaml': 'x' });
    const fixture = relative(join(dir, 'runs'), join(ROOT, 'tests/fixtures/scenarios/good/test-clinic-visit.yaml'));
    writeFileSync(join(dir, 'runs/a.yaml'), `name: r\nscenario: ${fixture}\nturns: [Hi?]\n`);
    const [first] = await load(dir, ['runs/a.yaml']);
    expect(first!.scenarioData.id).toBe('test-clinic-visit');
  });

  it('names a missing scenario file and the run that wants it', async () => {
    const dir = files({ 'runs/b.yaml': 'name: r\nscenario: ../s/own.yaml\nturns: [Hi?]\n' });
    expect(await problems(dir, ['runs/b.yaml'])).toEqual([
      expect.stringMatching(/\/s\/own\.yaml: no such file or directory$/),
      expect.stringMatching(/b\.yaml: scenario: cannot use scenario file "\.\.\/s\/own\.yaml" \(see its problems\)$/),
    ]);
  });

  it('lists every problem across files at once and runs nothing', async () => {
    const dir = files({
      'runs/a.yaml': 'name: a\nscenario: known-scenari\nturns: [Hi?]\nhcp: llm\n',
      'runs/b.yaml': 'name: b\nturns: []\n',
      'runs/c.yaml': 'name: [unclosed\n',
    });
    const found = await problems(dir, ['runs', 'runs/missing.yaml']);
    expect(found).toEqual([
      expect.stringMatching(/missing\.yaml: no such file or directory$/),
      expect.stringMatching(/a\.yaml: hcp: unknown HCP engine "llm" \(use one of: scripted\)$/),
      expect.stringMatching(/a\.yaml: scenario: unknown scenario "known-scenari" \(did you mean known-scenario\?\)$/),
      expect.stringMatching(/b\.yaml: scenario: is required$/),
      expect.stringMatching(/b\.yaml: turns: needs at least one rep turn$/),
      expect.stringMatching(/c\.yaml:\d+:\d+: invalid YAML/),
    ]);
  });

  it('refuses a folder with no run files in it', async () => {
    const dir = files({ 'empty/readme.txt': 'x' });
    expect((await problems(dir, ['empty']))[0]).toMatch(
      /empty: no run files \(\.yaml, \.yml, \.json\) in this folder$/,
    );
  });

  it('opens the scenario library only when a run names a scenario by id', async () => {
    const dir = files({
      'a.yaml': `name: r\nscenario: ${join(ROOT, 'tests/fixtures/scenarios/good/test-clinic-visit.yaml')}\nturns: [Hi?]\n`,
    });
    let opened = 0;
    await loadRuns(['a.yaml'], { cwd: dir, library: async () => (opened++, library), engines: ['scripted'] });
    expect(opened).toBe(0);
  });
});
