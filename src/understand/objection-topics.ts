// The objections that have a topic, with the topic's name and the phrase list that names it; spelled out
// once: a key built per lookup cost more than the lookup.
import type { ObjectionAct } from './types.js';

export const OBJECTION_TOPICS: readonly [ObjectionAct, 'cost' | 'access' | 'safety' | 'evidence', string][] = [
  ['objection_cost', 'cost', 'hcp.cost'],
  ['objection_access', 'access', 'hcp.access'],
  ['objection_safety', 'safety', 'hcp.safety'],
  ['objection_evidence', 'evidence', 'hcp.evidence'],
];
