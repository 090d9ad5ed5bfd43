// Public API of compliance checking (issue #17): what a rep must never say to an HCP, as flags.
export { checkCompliance } from './check.js';
export type { ComplianceScenario } from './context.js';
export { COMPLIANCE_KINDS, ComplianceRulesSchema } from './rubric-schema.js';
export type { ComplianceRules, ComplianceKindId } from './rubric-schema.js';
export { DEFAULT_COMPLIANCE_RULES } from './default-rules.js';
export { reactionKinds } from './reaction.js';
