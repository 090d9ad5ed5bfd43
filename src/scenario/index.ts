// Public API of the scenario layer.
export * from './schema.js';
export { loadScenarioFile } from './load.js';
export { loadLibrary, listScenarioFiles, BUILT_IN_DIR, type Library } from './library.js';
export { toBriefing, type Briefing, toSummary, type ScenarioSummary } from './briefing.js';
export { validateScenarioPaths } from './validate-paths.js';
