// The scripted engine behind the HcpEngine contract.
import { beforeAll, describe, expect, it } from 'vitest';
import { createScriptedEngine, step } from '../../../src/hcp/index.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { fixtureScenario } from './builders.js';

let s: Scenario;
beforeAll(async () => {
  s = await fixtureScenario();
});

describe('createScriptedEngine', () => {
  it('opens with the scenario line and answers exactly as step does', async () => {
    const engine = createScriptedEngine();
    const opened = await engine.open(s, 11);
    expect(engine.name).toBe('scripted');
    expect(opened.text).toBe(s.hcp.openingLine);
    expect(opened.cues).toEqual([]);
    const reply = await engine.respond({
      state: opened.state,
      repText: 'How do your patients manage their doses?',
      scenario: s,
      seed: 11,
      transcript: [],
    });
    expect(reply).toEqual(step(opened.state, 'How do your patients manage their doses?', s, 11).reply);
  });
});
