// Public API of the HCP layer: the engine contract, the pure scripted step, and a status summary.
export type * from './types.js';
export { step, open, type StepResult, type OpenResult } from './step.js';
export { createScriptedEngine } from './scripted-engine.js';
export { hcpSummary, type HcpSummary } from './summary.js';
export { endByRep } from './ending.js';
export { initialState, moodFor, wasRaised } from './state.js';
export { type LlmConfig, type ProbeResult, type ReplySink } from './llm/index.js';
