// Reads a rubric file from disk, returning problems as data (never throwing).
import { readDataFile, validate } from '../data-file.js';
import type { Parsed } from '../data-file.js';
import { RubricSchema } from './rubric-schema.js';
import type { Rubric } from './rubric-schema.js';

/** A `--rubric FILE` (YAML or JSON), validated against the strict rubric schema. */
export async function loadRubricFile(file: string): Promise<Parsed<Rubric>> {
  const data = await readDataFile(file);
  return data.ok ? validate(RubricSchema, data.value, file) : data;
}
