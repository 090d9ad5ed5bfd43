// The scenario layer's entry points that need zod, loading it on first use: the REPL, `list` and
// `show` read the built-ins from their prebuilt index and never parse a scenario file.
import type { Parsed } from '../data-file.js';
import type { Scenario } from './schema.js';
import type { ValidationResult } from './validate-paths.js';

export async function loadScenarioFile(file: string): Promise<Parsed<Scenario>> {
  return (await import('./load.js')).loadScenarioFile(file);
}

export async function validateScenarioPaths(paths: readonly string[]): Promise<ValidationResult> {
  return (await import('./validate-paths.js')).validateScenarioPaths(paths);
}
