// The scenario library: built-in scenarios/ merged with user folders, ids unique across all.
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidInputError } from '../errors.js';
import { describeFsError } from '../data-file.js';
import { readBuiltInIndex } from './built-in-index.js';
import type { LoadedScenario, Scenario } from './schema.js';
import { closestNames } from '../suggest.js';

/** Shipped with the package, beside dist/. */
export const BUILT_IN_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json'];
/** Run files live under scenarios/runs; they are not scenarios. */
const SKIPPED_DIRS = new Set(['runs', 'node_modules']);

export interface Library {
  all: LoadedScenario[];
  get(id: string): LoadedScenario | undefined;
  /** The scenario, or exit 3 naming the closest ids. */
  require(id: string): Scenario;
}

/** Every scenario file below `dir`, sorted, skipping run folders and dot files. */
export async function listScenarioFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) files.push(...(await listScenarioFiles(path)));
    else if (e.isFile() && SCENARIO_EXTENSIONS.includes(extname(e.name).toLowerCase())) files.push(path);
  }
  return files;
}

/** Built-ins come from the prebuilt index when it is fresh; anything else is parsed and validated. */
async function loadFiles(
  dir: string,
  files: string[],
  builtIn: boolean,
  problems: string[],
): Promise<LoadedScenario[]> {
  const indexed = builtIn ? await readBuiltInIndex(dir, files) : undefined;
  if (indexed) return indexed.map((i) => ({ ...i, builtIn }));
  const { loadScenarioFile } = await import('./load.js');
  const out: LoadedScenario[] = [];
  for (const file of files) {
    const parsed = await loadScenarioFile(file);
    if (parsed.ok) out.push({ scenario: parsed.value, file, builtIn });
    else for (const p of parsed.problems) problems.push(p);
  }
  return out;
}

/** Loads built-ins and the given user folders; every problem in every file is reported at once. */
export async function loadLibrary(userDirs: readonly string[] = [], builtInDir = BUILT_IN_DIR): Promise<Library> {
  const problems: string[] = [];
  const sources: { dir: string; builtIn: boolean }[] = [
    { dir: builtInDir, builtIn: true },
    ...userDirs.map((dir) => ({ dir, builtIn: false })),
  ];
  const all: LoadedScenario[] = [];
  const byId = new Map<string, LoadedScenario>();
  for (const { dir, builtIn } of sources) {
    let files: string[];
    try {
      files = await listScenarioFiles(dir);
    } catch (e) {
      problems.push(`${dir}: ${describeFsError(e)}`);
      continue;
    }
    for (const loaded of await loadFiles(dir, files, builtIn, problems)) {
      const { file } = loaded;
      const clash = byId.get(loaded.scenario.id);
      if (clash) {
        problems.push(`${file}: id: duplicate scenario id "${loaded.scenario.id}" (also in ${clash.file})`);
        continue;
      }
      byId.set(loaded.scenario.id, loaded);
      all.push(loaded);
    }
  }
  if (problems.length > 0) {
    throw new InvalidInputError(
      `${problems.length} problem(s) in the scenario library`,
      problems,
      undefined,
      'fix the files above, or check them with `roleplay validate <dir>`',
    );
  }
  return {
    all,
    get: (id) => byId.get(id),
    require(id) {
      const found = byId.get(id);
      if (found) return found.scenario;
      const near = closestNames(id, [...byId.keys()]);
      throw new InvalidInputError(
        `unknown scenario "${id}"`,
        [],
        undefined,
        near.length > 0
          ? `did you mean: ${near.join(', ')}? (\`roleplay list\` shows all)`
          : 'run `roleplay list` to see the scenarios',
      );
    },
  };
}
