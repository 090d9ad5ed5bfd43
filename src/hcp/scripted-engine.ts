// The default HCP engine: the pure scripted step behind the HcpEngine interface the session layer uses.
import { open, step } from './step.js';
import type { HcpEngine } from './types.js';

export function createScriptedEngine(): HcpEngine {
  return {
    name: 'scripted',
    open: async (scenario, seed) => open(scenario, seed).reply,
    respond: async ({ state, repText, scenario, seed }) => step(state, repText, scenario, seed).reply,
  };
}
