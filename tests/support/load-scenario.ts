// The discovery scenario with room for 20 turns, and twenty different on-topic questions, for tests
// that play many turns (the HCP hears a repeated question as one and cools, issue 14).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadLibrary } from '../../src/scenario/index.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { ROOT } from './paths.js';
import { asLoadScenario, LOAD_BASE } from './load-questions.mjs';
import { tempDir } from './spawn.js';

export { QUESTIONS, say } from './load-questions.mjs';
export const LOAD_SCENARIO = 'load-hypertension-discovery';

/** A scenario folder (for --scenarios / ROLEPLAY_SCENARIOS) holding the load scenario. */
export function loadScenarioDir(): string {
  const dir = join(tempDir(), 'scenarios');
  mkdirSync(dir);
  const s = parse(readFileSync(join(ROOT, `scenarios/${LOAD_BASE}.yaml`), 'utf8'));
  writeFileSync(join(dir, `${LOAD_SCENARIO}.yaml`), stringify(asLoadScenario(s, LOAD_SCENARIO)));
  return dir;
}

/** The load scenario in memory, for tests that drive a SessionManager directly. */
export async function loadScenario(): Promise<Scenario> {
  return asLoadScenario((await loadLibrary()).require(LOAD_BASE), LOAD_SCENARIO);
}
