// Runs the scorer and the reader over a labeled conversation, keeping only what the math compares.
import { readTranscript, scoreTranscript, type Rubric } from '../scoring/index.js';
import type { ActObservation, LabeledConversation, Observation } from './types.js';

export function observeScores(c: LabeledConversation, rubric: Rubric): Observation {
  const card = scoreTranscript(c.turns, rubric);
  const scores = Object.fromEntries(card.metricResults.map((m) => [m.id, m.score]));
  return {
    id: c.id,
    author: c.author,
    labels: c.expected,
    overallLabel: c.expectedOverall,
    scores,
    overallScore: card.overallScore,
  };
}

/** undefined when the conversation has no `.acts.json`. */
export function observeActs(c: LabeledConversation, rubric: Rubric): ActObservation | undefined {
  if (c.acts === undefined) return undefined;
  const reading = readTranscript(c.turns, rubric);
  return { id: c.id, gold: c.acts, predicted: c.turns.map((_, i) => (reading.turns[i]?.acts ?? []).map((a) => a.act)) };
}
