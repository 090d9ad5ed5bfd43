// The built-in rubric "rp-2": the reader's lexicon plus the cut points that turn acts into scores.
// Cut points were set with scripts/fit-cuts.mjs on labeled/dev and checked with each author held out.
import { DEFAULT_COMPLIANCE_RULES } from '../compliance/index.js';
import { DEFAULT_LEXICON } from '../understand/index.js';
import type { Rubric } from './rubric-schema.js';

export { RubricSchema, BandSchema, METRIC_IDS, COMPONENTS } from './rubric-schema.js';
export { rubricHash, canonicalJson } from './rubric-hash.js';
export type { Rubric, MetricId } from './rubric-schema.js';

const rubric = {
  id: 'rp-2',
  version: '2.28.0',
  description:
    'Eight behavioral metrics scored from the acts of each turn (labeled/ACTS.md); core metrics are never n/a.',
  bands: [
    { min: 4.5, band: 'Exceptional' },
    { min: 3.5, band: 'Strong' },
    { min: 2.5, band: 'Developing' },
    { min: 1.5, band: 'Emerging' },
    { min: 0, band: 'Needs focus' },
  ],
  metrics: {
    question_quality: { name: 'Question Quality', optional: false, weights: { depth: 1, quality: 1, focus: 1 } },
    listening_responsiveness: {
      name: 'Listening & Responsiveness',
      optional: false,
      weights: { heard: 2, restating: 1, missteps: 1 },
    },
    making_it_matter: {
      name: 'Making It Matter',
      optional: false,
      weights: { priority_links: 1, generic_claims: 1, feature_dumps: 1 },
    },
    customer_engagement_signals: {
      name: 'Customer Engagement Signals',
      optional: false,
      weights: { engaged_turns: 2, ending: 2, disengagement: 1 },
    },
    objection_navigation: { name: 'Objection Navigation', optional: true, weights: { handling: 1, no_rebuttal: 0 } },
    conversation_control_structure: {
      name: 'Conversation Control & Structure',
      optional: false,
      weights: { purpose: 1, time_management: 1, recap: 1, closing: 1, transitions: 0.5 },
    },
    commitment_gaining: { name: 'Commitment Gaining', optional: false, weights: { outcome: 4, ownership: 1 } },
    adaptability: {
      name: 'Adaptability',
      optional: true,
      weights: { time_cues: 1, confusion_cues: 1, emotion_cues: 1, disinterest_cues: 1, pushback: 1 },
    },
  },
  overall: { highMin: 4, midMin: 2.5, high: 4.5, mid: 3.2, low: 1.7 },
  lexicon: DEFAULT_LEXICON,
  cuts: {
    question_quality: {
      expected: 3,
      expectedPressed: 1,
      pressedMinutes: 5,
      depth: [1, 0.66, 0.33, 0.01],
      quality: [0.75, 0.55, 0.35, 0.2],
      poor: [0, 1, 2, 4],
      withoutOpenCap: 2,
      oneFollowUpCap: 3.5,
    },
    listening_responsiveness: {
      heardShare: [0.7, 0.55, 0.4, 0.25],
      restatements: [2, 1, 1, 0],
      missteps: [0, 1, 2, 4],
      misheard: 2,
      misheardCap: 2,
    },
    making_it_matter: {
      links: [2, 1, 1, 0],
      genericShare: [0.2, 0.4, 0.6, 0.8],
      dumps: [0, 0, 1, 2],
      withoutLinkCap: 2,
      genericPerLink: 2,
    },
    customer_engagement_signals: {
      engagedShare: [0.7, 0.55, 0.4, 0.25],
      engagedWords: 8,
      disengaged: [0, 1, 2, 3],
      monologueShare: 0.2,
      monologueCap: 3.5,
      unheardCap: 3.5,
      ending: { committed: 5, agreed: 4, neutral: 3, pulledAway: 1.5 },
    },
    objection_navigation: {
      ignored: 1.5,
      answeredOnly: 3,
      heard: 4,
      heardAndAnswered: 5,
      hollow: 2.5,
      calmShare: [1, 0.8, 0.6, 0.4],
    },
    conversation_control_structure: {
      transitions: [2, 1, 1, 0],
      adaptedShare: [0.8, 0.6, 0.4, 0.2],
      pitchPurpose: 2,
      noPurpose: 2,
      noRecap: 3,
      weakRecap: 2,
      noStructureCap: 2.4,
      closing: { agreed: 5, proposed: 3.5, none: 2.5, shutDown: 1.5 },
    },
    commitment_gaining: {
      outcome: {
        committed: 5,
        agreed: 3.5,
        conditional: 3.5,
        unanswered: 3,
        vagueAgreed: 2,
        refused: 1.5,
        vagueOnly: 1.5,
        none: 1,
      },
      ownership: [2, 1, 1, 0],
    },
    adaptability: { adaptedShare: [0.8, 0.6, 0.4, 0.2] },
  },
  compliance: DEFAULT_COMPLIANCE_RULES,
} satisfies Rubric;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The built-in rubric, frozen so no caller can change what "rp-2" means. */
export const DEFAULT_RUBRIC: Rubric = deepFreeze(structuredClone(rubric) as Rubric);
