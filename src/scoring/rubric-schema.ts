// The rubric's shape (zod, strict): what `--rubric FILE` must look like.
import { z } from 'zod';
import { unsafePattern } from './safe-pattern.js';
import { normalize, tokenize } from './text.js';

const Score = z.number().int().min(1).max(5);
const Ratio = z.number().min(0).max(1);
const Count = z.number().int().min(0);
const Weight = z.number().min(0).max(10);

/** A phrase must keep at least one word after normalizing, or it would match everything. */
const Phrase = z.string().refine((p) => tokenize(normalize(p)).length > 0, 'phrase has no words');
const Phrases = z.array(Phrase);

const isMonotonic = (xs: readonly number[]) =>
  xs.every((x, i) => i === 0 || x <= xs[i - 1]!) || xs.every((x, i) => i === 0 || x >= xs[i - 1]!);

/** `[a, b, c, d]`: value >= a -> 5 ... >= d -> 2, else 1 (for rates: value <= a -> 5 ...). */
const Ladder = z.tuple([Ratio, Ratio, Ratio, Ratio]).refine(isMonotonic, 'thresholds must be in order');

/** `value >= steps[i][0]` scores `steps[i][1]` (first match wins), otherwise `otherwise`. */
const Steps = z.strictObject({ steps: z.array(z.tuple([z.number().min(0), Score])), otherwise: Score });

const AllSome = z.strictObject({ all: Score, some: Score, none: Score });

const Pattern = z.string().superRefine((p, ctx) => {
  try {
    new RegExp(p, 'u');
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not a valid regular expression' });
    return;
  }
  const unsafe = unsafePattern(p);
  if (unsafe) ctx.addIssue({ code: 'custom', message: `unsafe regular expression: ${unsafe}` });
});

const COMPONENTS = {
  question_quality: ['open_closed_ratio', 'relevance_to_goals', 'sequencing_logic', 'follow_up_depth'],
  listening_responsiveness: ['paraphrasing', 'acknowledgment_of_concerns', 'adjustment_to_new_info'],
  making_it_matter: ['outcome_based_language', 'link_to_customer_priorities', 'no_feature_dumping'],
  customer_engagement_signals: ['customer_talk_time', 'customer_question_quality', 'forward_looking_cues', 'energy_shifts'],
  objection_navigation: ['acknowledge_before_response', 'explore_underlying_concern', 'calm_demeanor'],
  conversation_control_structure: ['purpose_setting', 'topic_management', 'time_management', 'summarizing'],
  commitment_gaining: ['next_step_specificity', 'mutual_agreement', 'ownership_clarity'],
  adaptability: ['approach_shift', 'tone_adjustment', 'depth_adjustment', 'pacing_adjustment'],
} as const;

export type MetricId = keyof typeof COMPONENTS;
export const METRIC_IDS = Object.keys(COMPONENTS) as MetricId[];

const metricSchema = <M extends MetricId>(id: M) =>
  z.strictObject({
    name: z.string().min(1),
    optional: z.boolean(),
    weights: z.strictObject(
      Object.fromEntries(COMPONENTS[id].map((c) => [c, Weight])) as Record<(typeof COMPONENTS)[M][number], typeof Weight>,
    ),
  });

const PhrasesSchema = z.strictObject({
  openQuestionStarters: Phrases,
  openQuestionPhrases: Phrases,
  questionClauseStarts: Phrases,
  questionLeadIns: Phrases,
  goalMarkers: Phrases,
  /** Words too common in any pharma call to show that a rep picked up the customer's goal. */
  genericWords: Phrases,
  bridges: Phrases,
  followUp: Phrases,
  paraphrase: Phrases,
  acknowledgment: Phrases,
  outcomeWords: Phrases,
  notOutcome: Phrases,
  outcomePhrases: Phrases,
  customerLinks: Phrases,
  concern: Phrases,
  energyDrop: Phrases,
  clippedReplies: Phrases,
  timeCue: Phrases,
  confusionCue: Phrases,
  disinterestCue: Phrases,
  emotionCue: Phrases,
  emotionAcknowledgment: Phrases,
  clarify: Phrases,
  approachShift: Phrases,
  forwardLooking: Phrases,
  agreement: Phrases,
  ownership: Phrases,
  transition: Phrases,
  purpose: Phrases,
  summary: Phrases,
  concreteNextStep: Phrases,
  vagueNextStep: Phrases,
  specificTime: Phrases,
  commitmentRequest: Phrases,
  /** Closed check-ins ("does that work?", "is that okay?"): neither discovery nor a closed-question fault. */
  checkIns: Phrases,
  rebuttal: Phrases,
  steadying: Phrases,
});

const ObjectionsSchema = z.strictObject({
  statusQuo: Phrases,
  cost: Phrases,
  access: Phrases,
  time: Phrases,
  evidence: Phrases,
  safety: Phrases,
});

const ParamsSchema = z.strictObject({
  topicJumpOverlap: Ratio,
  minContentWordsForJump: Count,
  followUpOverlap: Ratio,
  paraphraseOverlap: Ratio,
  verbatimRunWords: z.number().int().min(2),
  minContentWordsToParaphrase: Count,
  goalWindowBefore: Count,
  goalWindowAfter: Count,
  adjustmentWindowRepTurns: z.number().int().min(1),
  exploreWindowRepTurns: z.number().int().min(1),
  agreementWindowTurns: z.number().int().min(1),
  featureDumpMinChars: Count,
  featureDumpMinCommas: Count,
  featureDumpMinBullets: Count,
  energyLastThirdRatio: Ratio,
  energyMinTurns: Count,
  clippedMaxWords: Count,
  shorterTurnRatio: Ratio,
  shortTurnWords: Count,
});

const ThresholdsSchema = z.strictObject({
  openClosedRatio: Ladder,
  relevanceToGoals: Ladder,
  topicJumpRate: Ladder,
  followUpDepth: Ladder,
  paraphrasing: Ladder,
  acknowledgmentOfConcerns: Ladder,
  adjustmentToNewInfo: Ladder,
  outcomeLanguage: Ladder,
  linkToPriorities: Ladder,
  featureDumpRate: Ladder,
  customerTalkTime: z.strictObject({ bands: z.array(z.tuple([Ratio, Ratio, Score])), otherwise: Score }),
  customerQuestions: Steps,
  forwardLookingCues: Steps,
  energySignals: Steps,
  acknowledgeBeforeResponse: Ladder,
  exploreUnderlyingConcern: Ladder,
  calmDemeanor: Ladder,
  purposeSetting: z.strictObject({ withinRepTurns: z.number().int().min(1), early: Score, late: Score, never: Score }),
  topicManagement: z.strictObject({ steps: z.array(z.tuple([Ratio, Score])), any: Score, none: Score }),
  timeManagement: AllSome,
  summarizing: z.strictObject({ withinLastRepTurns: z.number().int().min(1), present: Score, absent: Score }),
  nextStepSpecificity: z.strictObject({ specific: Score, vague: Score, none: Score }),
  mutualAgreement: AllSome,
  ownershipClarity: Steps,
  adaptation: Ladder,
});

export const BandSchema = z.enum(['Exceptional', 'Strong', 'Developing', 'Emerging', 'Needs focus']);

export const RubricSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  description: z.string().optional(),
  bands: z.array(z.strictObject({ min: z.number().min(0).max(5), band: BandSchema })).min(1),
  metrics: z.strictObject({
    question_quality: metricSchema('question_quality'),
    listening_responsiveness: metricSchema('listening_responsiveness'),
    making_it_matter: metricSchema('making_it_matter'),
    customer_engagement_signals: metricSchema('customer_engagement_signals'),
    objection_navigation: metricSchema('objection_navigation'),
    conversation_control_structure: metricSchema('conversation_control_structure'),
    commitment_gaining: metricSchema('commitment_gaining'),
    adaptability: metricSchema('adaptability'),
  }),
  phrases: PhrasesSchema,
  /** Objection phrases by kind; a concern is any of these or a `phrases.concern` phrase. */
  objections: ObjectionsSchema,
  /** Regular expressions (on normalized text) for a clock time or date in a next step. */
  specificTimePatterns: z.array(Pattern),
  params: ParamsSchema,
  thresholds: ThresholdsSchema,
});

export type Rubric = z.infer<typeof RubricSchema>;
export const PHRASE_LIST_NAMES = Object.keys(PhrasesSchema.shape) as (keyof Rubric['phrases'])[];
export const OBJECTION_KINDS = Object.keys(ObjectionsSchema.shape) as (keyof Rubric['objections'])[];
export type PhraseListName = keyof Rubric['phrases'];
export type ObjectionKind = keyof Rubric['objections'];
