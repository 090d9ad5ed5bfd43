// The scripted engine behind the HcpEngine contract, and the status summary.
import { beforeAll, describe, expect, it } from 'vitest';
import { createScriptedEngine, endByRep, hcpSummary, open, step } from '../../../src/hcp/index.js';
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
    const reply = await engine.respond({ state: opened.state, repText: 'How do your patients manage their doses?', scenario: s, seed: 11, transcript: [] });
    expect(reply).toEqual(step(opened.state, 'How do your patients manage their doses?', s, 11).reply);
  });
});

describe('hcpSummary', () => {
  it('shows mood, openness, turns left, priorities touched and objections', () => {
    const first = step(open(s, 1).state, 'Many practices switch. How do your patients manage missed doses?', s, 1).reply.state;
    expect(hcpSummary(first, s)).toEqual({
      mood: 'open',
      openness: 7,
      patience: 7,
      prioritiesTouched: '1/1',
      objectionsRaised: 1,
      objectionsResolved: 0,
    });
  });

  it('reports the ending once the rep ends the session', () => {
    const ended = endByRep(open(s, 1).state);
    expect(hcpSummary(ended, s).ending).toBe('rep-ended');
  });
});
