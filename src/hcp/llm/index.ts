// Public API of the LLM voice for the HCP. Importing it is cheap: the openai SDK loads on the first request.
export { createLlmEngine, type LlmDeps, type ReplySink } from './llm-engine.js';
export {
  llmConfigFromEnv,
  configProblems,
  isReady,
  parseSeconds,
  safeUrl,
  secretsOf,
  redact,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_RETRIES,
  type LlmConfig,
  type ReadyConfig,
} from './config.js';
export { createFileCache, cacheKey, type ReplyCache } from './cache.js';
export { buildMessages, type ChatMessage, type PromptInput } from './prompt.js';
export { shapeReply, SOFT_CAP, HARD_CAP, type Shaped } from './shape.js';
export { LlmFailure, backendError, fallbackNotice, seconds } from './failure.js';
export { probeServer, type ProbeResult } from './probe.js';
