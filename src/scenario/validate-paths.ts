// Validates scenario files and folders for `roleplay validate`: every problem, including ids shared across files.
import { stat } from 'node:fs/promises';
import { describeFsError } from '../data-file.js';
import { listScenarioFiles } from './library.js';
import { loadScenarioFile } from './load.js';

export interface ValidationResult {
  files: number;
  valid: number;
  invalid: number;
  problems: string[];
}

export async function validateScenarioPaths(paths: readonly string[]): Promise<ValidationResult> {
  const problems: string[] = [];
  const files: string[] = [];
  for (const p of paths) {
    try {
      files.push(...((await stat(p)).isDirectory() ? await listScenarioFiles(p) : [p]));
    } catch (e) {
      problems.push(`${p}: ${describeFsError(e)}`);
    }
  }
  const ids = new Map<string, string>();
  let invalid = 0;
  for (const file of files) {
    const parsed = await loadScenarioFile(file);
    if (!parsed.ok) {
      invalid++;
      for (const p of parsed.problems) problems.push(p);
      continue;
    }
    const other = ids.get(parsed.value.id);
    if (other) {
      invalid++;
      problems.push(`${file}: id: duplicate scenario id "${parsed.value.id}" (also in ${other})`);
    } else ids.set(parsed.value.id, file);
  }
  if (files.length === 0 && problems.length === 0)
    problems.push(`${paths.join(', ')}: no scenario files (.yaml, .yml, .json) found`);
  return { files: files.length, valid: files.length - invalid, invalid, problems };
}
