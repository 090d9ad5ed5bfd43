// What a skeptical or hostile HCP hears in one rep turn: an absolute claim, or a safety concern waved
// away. The HCP engine turns these into an openness cost (src/hcp/turn.ts); same phrases as the flags.
import { DEFAULT_COMPLIANCE_RULES } from './default-rules.js';
import { asserted, hasAny, sentencesOf } from './phrases.js';
import type { ComplianceRules } from './rubric-schema.js';

export type ReactionKind = 'absolute_claim' | 'minimizing_safety';

/**
 * The kinds in the turn. `safetyRaised`: the HCP has a safety concern on the table, so a dismissal
 * needs no safety word of its own. `headToHead`: the scenario has comparative data.
 */
export function reactionKinds(
  text: string,
  o: { safetyRaised: boolean; headToHead: boolean },
  r: ComplianceRules = DEFAULT_COMPLIANCE_RULES,
): ReactionKind[] {
  const out: ReactionKind[] = [];
  const sentences = sentencesOf(text);
  const asserts = (words: readonly string[], list: readonly string[]) =>
    asserted(words, list, r.negators, r.negationReach).length > 0;
  const comparative = (words: readonly string[]) =>
    !o.headToHead && !hasAny(words, r.comparativeOk) && asserts(words, r.comparative);
  if (sentences.some((s) => asserts(s.words, r.absolute) || comparative(s.words))) out.push('absolute_claim');
  if (sentences.some((s) => (o.safetyRaised || hasAny(s.words, r.safetyTerms)) && asserts(s.words, r.minimizing)))
    out.push('minimizing_safety');
  return out;
}
