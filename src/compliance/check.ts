// checkCompliance: every rule over a read conversation, flags in turn order. Pure and deterministic.
import type { ComplianceFlag, ComplianceResult, Turn } from '../types.js';
import type { Reading } from '../understand/index.js';
import { makeCtx, type ComplianceScenario, type Ctx } from './context.js';
import { absoluteClaims } from './rules/absolute-claim.js';
import { adverseEventNotRouted } from './rules/adverse-event.js';
import { disparagingCompetitor } from './rules/disparaging-competitor.js';
import { missingFairBalance } from './rules/fair-balance.js';
import { minimizingSafety } from './rules/minimizing-safety.js';
import { misquotedData } from './rules/misquoted-data.js';
import { offLabel } from './rules/off-label.js';
import { COMPLIANCE_KINDS, type ComplianceRules } from './rubric-schema.js';

const RULES: readonly ((ctx: Ctx) => ComplianceFlag[])[] = [
  misquotedData,
  absoluteClaims,
  offLabel,
  minimizingSafety,
  missingFairBalance,
  disparagingCompetitor,
  adverseEventNotRouted,
];

export function checkCompliance(
  turns: readonly Turn[],
  reading: Reading,
  rules: ComplianceRules,
  scenario?: ComplianceScenario,
): ComplianceResult {
  const ctx = makeCtx(turns, reading, rules, scenario);
  const order = (k: ComplianceFlag['kind']) => COMPLIANCE_KINDS.indexOf(k);
  const flags = RULES.flatMap((rule) => rule(ctx)).sort((a, b) => a.turn - b.turn || order(a.kind) - order(b.kind));
  return { flags, scenarioChecked: scenario?.compliance !== undefined };
}
