// Public API of the HCP layer: the engine contract, the pure scripted step, and a status summary.
export type * from './types.js';
export { step, open, type StepResult, type OpenResult } from './step.js';
export { createScriptedEngine } from './scripted-engine.js';
export { initialState, moodFor, wasRaised } from './state.js';
// The LLM voice: cheap to load, the openai SDK loads on its first request.
export {
  configProblems,
  createFileCache,
  createLlmEngine,
  isReady,
  llmConfigFromEnv,
  parseSeconds,
  probeServer,
  redact,
  safeUrl,
  secretsOf,
  type LlmConfig,
  type ProbeResult,
  type ReplySink,
} from './llm/index.js';
