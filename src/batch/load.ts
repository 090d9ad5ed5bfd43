// Turns the paths given to `batch` into validated runs with their scenarios; every problem at once.
import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { describeFsError, readDataFile } from '../data-file.js';
import { InvalidInputError } from '../errors.js';
import { loadScenarioFile, type Library, type Scenario } from '../scenario/index.js';
import { closestNames } from '../suggest.js';
import { parseRunFile, type RunDef } from './run-file.js';

const RUN_EXTENSIONS = ['.yaml', '.yml', '.json'];

export interface LoadedRun extends RunDef {
  /** The run file as shown in reports: relative to cwd, with forward slashes. */
  file: string;
  scenarioData: Scenario;
}

export interface LoadOptions {
  cwd: string;
  /** Opened only when a run names a scenario by id. */
  library(): Promise<Library>;
  /** HCP engines the batch can play. */
  engines: readonly string[];
}

/** Every run in `paths` (files, or folders of .yaml/.yml/.json files), in order; throws exit 3 with all problems. */
export async function loadRuns(paths: readonly string[], o: LoadOptions): Promise<LoadedRun[]> {
  const problems: string[] = [];
  const files = await listRunFiles(
    paths.map((p) => resolve(o.cwd, p)),
    problems,
  );
  const scenarios = new ScenarioResolver(o, problems);
  const runs: LoadedRun[] = [];
  for (const file of files) {
    const data = await readDataFile(file);
    const parsed = data.ok ? parseRunFile(data.value, file) : data;
    if (!parsed.ok) {
      for (const p of parsed.problems) problems.push(p);
      continue;
    }
    for (const { def, at } of parsed.value) {
      if (!o.engines.includes(def.hcp)) {
        problems.push(`${file}: ${at}hcp: unknown HCP engine "${def.hcp}" (use one of: ${o.engines.join(', ')})`);
      }
      const scenarioData = await scenarios.resolve(def.scenario, file, `${at}scenario`);
      if (scenarioData) runs.push({ ...def, file: shown(o.cwd, file), scenarioData });
    }
  }
  if (problems.length > 0) {
    throw new InvalidInputError(
      `${problems.length} problem(s) in the run files; nothing was run`,
      problems,
      undefined,
      'fix the lines above; `roleplay batch --help` shows the run file format',
    );
  }
  return runs;
}

const shown = (cwd: string, file: string): string => relative(cwd, file).split(sep).join('/');

async function listRunFiles(paths: readonly string[], problems: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    try {
      if (!(await stat(path)).isDirectory()) files.push(path);
      else {
        const names = (await readdir(path)).filter(
          (n) => !n.startsWith('.') && RUN_EXTENSIONS.includes(extname(n).toLowerCase()),
        );
        if (names.length === 0) problems.push(`${path}: no run files (.yaml, .yml, .json) in this folder`);
        files.push(...names.sort().map((n) => join(path, n)));
      }
    } catch (e) {
      problems.push(`${path}: ${describeFsError(e)}`);
    }
  }
  return [...new Set(files)];
}

/** A ref with a slash or a data-file extension is a path (relative to the run file); anything else is an id. */
export const isScenarioPath = (ref: string): boolean =>
  /[\\/]/.test(ref) || RUN_EXTENSIONS.includes(extname(ref).toLowerCase());

class ScenarioResolver {
  private library?: Promise<Library>;
  private readonly files = new Map<string, Promise<Scenario | undefined>>();

  constructor(
    private readonly o: LoadOptions,
    private readonly problems: string[],
  ) {}

  async resolve(ref: string, runFile: string, where: string): Promise<Scenario | undefined> {
    if (isScenarioPath(ref)) {
      const path = resolve(dirname(runFile), ref);
      const scenario = await this.fromFile(path);
      if (!scenario) this.problems.push(`${runFile}: ${where}: cannot use scenario file "${ref}" (see its problems)`);
      return scenario;
    }
    this.library ??= this.o.library();
    const library = await this.library;
    const found = library.get(ref)?.scenario;
    if (found) return found;
    const near = closestNames(
      ref,
      library.all.map((l) => l.scenario.id),
    );
    this.problems.push(
      `${runFile}: ${where}: unknown scenario "${ref}"${near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : ''}`,
    );
    return undefined;
  }

  /** Each scenario file is read once, and its own problems are listed once. */
  private fromFile(path: string): Promise<Scenario | undefined> {
    let loaded = this.files.get(path);
    if (!loaded) {
      loaded = loadScenarioFile(path).then((p) => {
        if (p.ok) return p.value;
        for (const problem of p.problems) this.problems.push(problem);
        return undefined;
      });
      this.files.set(path, loaded);
    }
    return loaded;
  }
}
