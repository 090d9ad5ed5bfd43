// `evaluate`: scores every labeled conversation and gathers all the agreement figures in one report.
import { METRIC_IDS, rubricHash, type Rubric } from '../scoring/index.js';
import { ACTS } from '../understand/index.js';
import { actAgreement, type ActAgreement } from './act-agreement.js';
import { authorAgreement, type AuthorRow } from './author-agreement.js';
import { metricAgreement, type MetricRow, type Miss } from './metric-agreement.js';
import { observeActs, observeScores } from './observe.js';
import { overallCorrelation, type Correlation } from './overall-correlation.js';
import type { Share } from './share.js';
import type { ActObservation, LabeledConversation } from './types.js';

export interface ActReport extends ActAgreement {
  /** Conversations without an `.acts.json`, left out of act agreement. */
  skipped: number;
}

/** Key order is the order of the JSON report, so it stays stable. */
export interface EvalReport {
  files: number;
  rubric: { version: string; hash: string };
  authors: string[];
  metricAgreement: Share;
  overallAgreement: Share;
  spearman: Correlation;
  perMetric: MetricRow[];
  perAuthor: AuthorRow[];
  misses: Miss[];
  overallMisses: Miss[];
  acts?: ActReport;
}

export interface EvalOptions {
  rubric: Rubric;
  /** Also compare the reader's acts with the `.acts.json` annotations. */
  acts?: boolean;
}

export function evaluate(conversations: readonly LabeledConversation[], o: EvalOptions): EvalReport {
  const observations = conversations.map((c) => observeScores(c, o.rubric));
  const agreement = metricAgreement(observations, METRIC_IDS);
  const perAuthor = authorAgreement(observations, METRIC_IDS);
  const report: EvalReport = {
    files: conversations.length,
    rubric: { version: `${o.rubric.id}@${o.rubric.version}`, hash: rubricHash(o.rubric) },
    authors: perAuthor.map((a) => a.author),
    metricAgreement: agreement.metrics,
    overallAgreement: agreement.overall,
    spearman: overallCorrelation(observations),
    perMetric: agreement.perMetric,
    perAuthor,
    misses: agreement.misses,
    overallMisses: agreement.overallMisses,
  };
  if (o.acts === true) {
    const cases = conversations
      .map((c) => observeActs(c, o.rubric))
      .filter((c): c is ActObservation => c !== undefined);
    const { files, ...acts } = actAgreement(cases, ACTS);
    report.acts = { files, skipped: conversations.length - cases.length, ...acts };
  }
  return report;
}
