// The discovery scenario with room for 20 turns, and twenty different on-topic questions, for tests
// that play many turns (the HCP hears a repeated question as one and cools, issue 14).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadLibrary } from '../../src/scenario/index.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { ROOT } from './paths.js';
import { tempDir } from './spawn.js';

export const LOAD_SCENARIO = 'load-hypertension-discovery';
const BASE = 'primary-care-hypertension-discovery';

export const QUESTIONS = [
  'What matters most to you with patients who are above goal on one agent?',
  'How do you usually handle titration when a patient is not at goal?',
  'It sounds like extra visits are a burden. What happens when patients skip them?',
  'How do your older patients cope with their pill burden?',
  'What monitoring would your nurses need, like sodium and potassium labs?',
  'I hear you on generics. Would fewer pills help adherence for the patients dropping the second pill?',
  'Which of your patients worry you most about adherence?',
  'How do you decide when to add a second agent?',
  'What would make a single pill worth it for your seniors?',
  'What have you seen with refills in your practice?',
  'How do your nurses follow up after a medication change?',
  'What do patients tell you when they stop a blood pressure pill?',
  'How often do you see patients come back above goal after a titration?',
  'What gets in the way of home blood pressure readings for your patients?',
  'How do you talk with seniors about adding another medication?',
  'What would a good week look like for your hypertension clinic?',
  'Who else in the practice weighs in when you change a regimen?',
  'How do you handle patients who feel fine and skip doses?',
  'What does your team do when a lab comes back with low sodium?',
  'Where do your patients usually fill their prescriptions?',
];

/** Session `s`'s turn `t`: a different question each turn, tagged so every turn's text is unique. */
export const say = (s: number, t: number): string => `${QUESTIONS[t % QUESTIONS.length]} (s${s} t${t})`;

/** A scenario folder (for --scenarios / ROLEPLAY_SCENARIOS) holding the load scenario. */
export function loadScenarioDir(): string {
  const dir = join(tempDir(), 'scenarios');
  mkdirSync(dir);
  const s = parse(readFileSync(join(ROOT, `scenarios/${BASE}.yaml`), 'utf8'));
  writeFileSync(join(dir, `${LOAD_SCENARIO}.yaml`), stringify({ ...s, id: LOAD_SCENARIO, hcp: { ...s.hcp, timeBudget: 60 } }));
  return dir;
}

/** The load scenario in memory, for tests that drive a SessionManager directly. */
export async function loadScenario(): Promise<Scenario> {
  const base = (await loadLibrary()).require(BASE);
  return { ...base, id: LOAD_SCENARIO, hcp: { ...base.hcp, timeBudget: 60 } };
}
