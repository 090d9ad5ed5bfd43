// Loads one scenario file (YAML or JSON) into a validated Scenario, or its problems as data.
import { readDataFile, validate, type Parsed } from '../data-file.js';
import { ScenarioSchema, type Scenario } from './schema.js';

export async function loadScenarioFile(file: string): Promise<Parsed<Scenario>> {
  const data = await readDataFile(file);
  if (!data.ok) return data;
  return validate(ScenarioSchema, data.value, file);
}
