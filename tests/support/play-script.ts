// Plays rep lines against the scripted HCP in-process and builds the end feedback, as a session would.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { buildFeedback, type Feedback } from '../../src/feedback/index.js';
import { open, step, type HcpState } from '../../src/hcp/index.js';
import { loadScenarioFile, type Scenario } from '../../src/scenario/index.js';
import { DEFAULT_RUBRIC, readTranscript, scoreTranscript } from '../../src/scoring/index.js';
import type { Scorecard, Turn } from '../../src/types.js';
import { ROOT } from './paths.js';

export interface Played {
  scenario: Scenario;
  turns: Turn[];
  state: HcpState;
  scorecard: Scorecard;
  feedback: Feedback;
}

export async function builtInScenario(id: string): Promise<Scenario> {
  const parsed = await loadScenarioFile(resolve(ROOT, 'scenarios', `${id}.yaml`));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

/** The rep lines of a tests/hcp-quality script: `role` is strong, weak or mixed. */
export function scriptLines(scenarioId: string, role: string): string[] {
  const doc = parse(readFileSync(resolve(ROOT, 'tests/hcp-quality', `${scenarioId}.yaml`), 'utf8')) as {
    runs: { tags: string[]; turns: string[] }[];
  };
  const run = doc.runs.find((r) => r.tags.includes(role));
  if (run === undefined) throw new Error(`${scenarioId} has no ${role} script`);
  return run.turns;
}

/** Plays until the lines run out or the HCP ends the conversation. */
export function play(scenario: Scenario, lines: readonly string[], seed = 7): Played {
  const opened = open(scenario, seed);
  const turns: Turn[] = [{ speaker: 'customer', text: opened.reply.text }];
  let state = opened.state;
  for (const line of lines) {
    if (state.ending?.final) break;
    const { reply } = step(state, line, scenario, seed);
    turns.push({ speaker: 'rep', text: line }, { speaker: 'customer', text: reply.text });
    state = reply.state;
  }
  const reading = readTranscript(turns, DEFAULT_RUBRIC);
  const scorecard = scoreTranscript(turns, DEFAULT_RUBRIC, { scenarioId: scenario.id }, reading);
  const feedback = buildFeedback({ scorecard, turns, hcpState: state, scenario, seed, reading });
  return { scenario, turns, state, scorecard, feedback };
}
