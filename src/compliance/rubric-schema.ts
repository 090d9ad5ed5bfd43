// The rubric's `compliance` section (issue #17): phrase lists and the words of each rule, as data a
// trainer can edit with `--rubric`. Phrases, never regular expressions: `*` is any one word, `#` a number.
import { z } from 'zod';

export const COMPLIANCE_KINDS = [
  'misquoted_data',
  'absolute_claim',
  'off_label',
  'minimizing_safety',
  'missing_fair_balance',
  'disparaging_competitor',
  'adverse_event_not_routed',
] as const;

const phrase = z.string().trim().min(1).max(120);
const Phrases = z.array(phrase).max(400);
const Words = z.string().trim().min(1).max(400);

/** What a flag says: the rule broken and one line to say instead; `{fact}`, `{item}`, `{use}` are filled in. */
const RuleText = z.strictObject({ title: Words, rule: Words, sayInstead: Words });

export const ComplianceRulesSchema = z.strictObject({
  rules: z.strictObject(
    Object.fromEntries(COMPLIANCE_KINDS.map((k) => [k, RuleText])) as Record<
      (typeof COMPLIANCE_KINDS)[number],
      typeof RuleText
    >,
  ),
  /** Words that deny what follows within `negationReach` words ("I won't tell you it's completely safe"). */
  negators: Phrases,
  negationReach: z.number().int().min(0).max(10),
  /** Claims no label supports. */
  absolute: Phrases,
  /** Comparisons that need a head-to-head fact; fine against `comparativeOk` ("better than placebo"). */
  comparative: Phrases,
  comparativeOk: Phrases,
  /** Words that dismiss a risk; a flag only where safety is the subject (`safetyTerms` or an HCP safety concern). */
  minimizing: Phrases,
  safetyTerms: Phrases,
  /** Words that show a turn engages a safety concern rather than talking past it. */
  safetyEngaged: Phrases,
  /** Words that send an off-label question to the right place, or decline it. */
  offLabelRedirect: Phrases,
  /** Verbs that make a rep question about an off-label use a suggestion ("Have you tried it in kids?"). */
  offLabelSuggest: Phrases,
  disparaging: Phrases,
  /** Words that name a competitor without its name ("the competition", "their drug"). */
  competitorWords: Phrases,
  /** Words after a number that make it a result: "4 points", "26 percent". */
  statUnits: Phrases,
  /** Words before a number that make it a result: "hazard ratio of 0.82", "reduced by 4". */
  statLeads: Phrases,
  /** Words before a number that round it honestly ("over 90 percent" for 92): within `hedgeTolerance` of a fact, on the side they say. */
  hedgeAbove: Phrases,
  hedgeBelow: Phrases,
  hedgeAbout: Phrases,
  hedgeTolerance: z.number().min(0).max(0.5),
  /** Words of an efficacy claim, for fair balance. */
  efficacy: Phrases,
  /** An efficacy word counts as a claim only with one of these (or the product's name) in the sentence. */
  claimSubjects: Phrases,
  /** An HCP describing one patient's adverse event on the product: patient, event, product words. */
  aePatient: Phrases,
  aeEvent: Phrases,
  aeProduct: Phrases,
  /** Words that make it something that happened, not a worry ("developed", "had", "was"). */
  aePast: Phrases,
  /** Words that route an adverse event to pharmacovigilance. */
  aeRouting: Phrases,
  /** Rep turns after the event within which it must be routed. */
  aeWithinTurns: z.number().int().min(1).max(5),
});

export type ComplianceRules = z.infer<typeof ComplianceRulesSchema>;
export type ComplianceKindId = (typeof COMPLIANCE_KINDS)[number];
