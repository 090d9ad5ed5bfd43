// Public API of the scenario layer. Light to import: the zod schemas load only with a scenario file (lazy.ts).
export type * from './schema.js';
export { CUE_TRIGGERS, DIFFICULTIES, MOODS, OBJECTION_KINDS, STAGES } from './constants.js';
export { loadScenarioFile, validateScenarioPaths } from './lazy.js';
export { loadLibrary, listScenarioFiles, BUILT_IN_DIR, type Library } from './library.js';
export { toBriefing, type Briefing, toSummary, type ScenarioSummary } from './briefing.js';
export type { ValidationResult } from './validate-paths.js';
