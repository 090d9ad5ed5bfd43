// The rubric's shape (zod, strict): what `--rubric FILE` must look like. A rubric is the lexicon the
// reader uses plus the cut points that turn acts into 1–5 scores; no code, no regular expressions.
import { z } from 'zod';
import { ComplianceRulesSchema, DEFAULT_COMPLIANCE_RULES } from '../compliance/index.js';
import { LexiconSchema } from '../understand/index.js';

const Weight = z.number().min(0).max(10);
const Ratio = z.number().min(0).max(1);
const Count = z.number().min(0);
const Score = z.number().min(1).max(5);

const isMonotonic = (xs: readonly number[]) =>
  xs.every((x, i) => i === 0 || x <= xs[i - 1]!) || xs.every((x, i) => i === 0 || x >= xs[i - 1]!);

/** `[a, b, c, d]`: value >= a -> 5 ... >= d -> 2, else 1 (for "fewer is better" values: <= a -> 5 ...). */
const Ladder = z.tuple([Count, Count, Count, Count]).refine(isMonotonic, 'cut points must be in order');
const RatioLadder = z.tuple([Ratio, Ratio, Ratio, Ratio]).refine(isMonotonic, 'cut points must be in order');

export const COMPONENTS = {
  question_quality: ['depth', 'quality', 'focus'],
  listening_responsiveness: ['heard', 'restating', 'missteps'],
  making_it_matter: ['priority_links', 'generic_claims', 'feature_dumps'],
  customer_engagement_signals: ['engaged_turns', 'ending', 'disengagement'],
  objection_navigation: ['handling', 'no_rebuttal'],
  conversation_control_structure: ['purpose', 'time_management', 'recap', 'closing', 'transitions'],
  commitment_gaining: ['outcome', 'ownership'],
  adaptability: ['time_cues', 'confusion_cues', 'emotion_cues', 'disinterest_cues', 'pushback'],
} as const;

export type MetricId = keyof typeof COMPONENTS;
export const METRIC_IDS = Object.keys(COMPONENTS) as MetricId[];

const metricSchema = <M extends MetricId>(id: M) =>
  z.strictObject({
    name: z.string().min(1),
    optional: z.boolean(),
    weights: z.strictObject(
      Object.fromEntries(COMPONENTS[id].map((c) => [c, Weight])) as Record<
        (typeof COMPONENTS)[M][number],
        typeof Weight
      >,
    ),
  });

/** Cut points, metric by metric: the trainer's rules as numbers (fitted on labeled conversations). */
const CutsSchema = z.strictObject({
  question_quality: z.strictObject({
    /** Good questions expected in an ordinary call, and in one the HCP said was short. */
    expected: Count,
    expectedPressed: Count,
    /** A time budget of this many minutes or fewer makes a call pressed. */
    pressedMinutes: Count,
    depth: RatioLadder,
    quality: RatioLadder,
    poor: Ladder,
    /** LABELS.md: open, purposeful questions; a rep who asked none discovered only facts, however well they followed on (from 2.6.0). */
    withoutOpenCap: Score.default(2),
    /** LABELS.md: questions that build on answers; one follow-up, where a call like this wants more, is discovery begun, not done (from 2.7.0). */
    oneFollowUpCap: Score.default(3.5),
  }),
  listening_responsiveness: z.strictObject({
    heardShare: RatioLadder,
    restatements: Ladder,
    missteps: Ladder,
    /** This many parroted or misstated restatements cap listening (from 2.6.0; older files get these). */
    misheard: Count.default(2),
    misheardCap: Score.default(2),
  }),
  making_it_matter: z.strictObject({
    links: Ladder,
    genericShare: RatioLadder,
    dumps: Ladder,
    withoutLinkCap: Score,
    /** With a feature dump and this many generic claim turns per linked one, the links rescue nothing: capped as without one (from 2.13.0; older files get this). */
    genericPerLink: Count.default(2),
  }),
  customer_engagement_signals: z.strictObject({
    engagedShare: RatioLadder,
    /** An HCP turn this long, with no sign of pulling away, counts as engaged. */
    engagedWords: Count,
    disengaged: Ladder,
    /** When the HCP speaks less than this share of the words, the rep did the talking: the score is capped (from 2.3.0; older files get these). */
    monologueShare: Ratio.default(0.2),
    monologueCap: Score.default(3.5),
    /** When the rep's listening is in the low band, the HCP's engagement was not earned: the score is capped (from 2.6.0). */
    unheardCap: Score.default(3.5),
    /** Where the HCP was at the end: took part in a next step, agreed, neutral, pulled away. */
    ending: z.strictObject({ committed: Score, agreed: Score, neutral: Score, pulledAway: Score }),
  }),
  objection_navigation: z.strictObject({
    /** What one objection's handling scores: ignored, only answered, heard, heard and answered or explored. */
    ignored: Score,
    answeredOnly: Score,
    heard: Score,
    heardAndAnswered: Score,
    hollow: Score,
    calmShare: RatioLadder,
  }),
  conversation_control_structure: z.strictObject({
    transitions: Ladder,
    adaptedShare: RatioLadder,
    pitchPurpose: Score,
    noPurpose: Score,
    noRecap: Score,
    /** A recap in the rep's own talking points, or parroted. */
    weakRecap: Score,
    /** The most a call with no agenda, recap, time respected or signpost can score. */
    noStructureCap: Score,
    /** How the call closed: an agreed plan, an open proposal, nothing, or the HCP shutting it down. */
    closing: z.strictObject({ agreed: Score, proposed: Score, none: Score, shutDown: Score }),
  }),
  commitment_gaining: z.strictObject({
    /** The outcome of the rep's asks, from best to worst (see metrics/commitment.ts). */
    outcome: z.strictObject({
      committed: Score,
      agreed: Score,
      conditional: Score,
      unanswered: Score,
      vagueAgreed: Score,
      refused: Score,
      vagueOnly: Score,
      none: Score,
    }),
    ownership: Ladder,
  }),
  adaptability: z.strictObject({ adaptedShare: RatioLadder }),
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
  /**
   * The overall score as trainers form it (docs/scoring.md, docs/data-formats.md): each applicable metric counts as the
   * value of its band (high from highMin, mid from midMin, else low), then the mean.
   */
  overall: z.strictObject({ highMin: Score, midMin: Score, high: Score, mid: Score, low: Score }),
  /** Phrase lists and thresholds of the conversation reader. */
  lexicon: LexiconSchema,
  cuts: CutsSchema,
  /** Compliance flags (issue #17, from 2.2.0): phrase lists and rule wording. A rubric file written before it gets the built-in rules. */
  compliance: ComplianceRulesSchema.default(() => structuredClone(DEFAULT_COMPLIANCE_RULES)),
});

export type Rubric = z.infer<typeof RubricSchema>;
export type Cuts = Rubric['cuts'];
