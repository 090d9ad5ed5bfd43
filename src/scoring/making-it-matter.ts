// making_it_matter: outcome language, links to what the customer said matters, no feature dumps.
import type { MetricResult } from '../types.js';
import { reusedGoalWords } from './analyze.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { metric, ratioComponent } from './component.js';
import type { Tally } from './component.js';
import { anyRow, hasHit, inQuestion, isLongListing, mutualOverlap, partition, rebuts } from './observe.js';

/** Whether a rep turn ties back to the customer: their goal words, their words, or "you mentioned". */
function linksToCustomer(conv: Conversation, t: TurnInfo): boolean {
  if (conv.goalReuse[t.index] || hasHit(t, conv.c.list.customerLinks)) return true;
  const prev = conv.prevCustomer[t.index]!;
  return prev !== -1 && mutualOverlap(conv, t, conv.turns[prev]!) >= conv.c.rubric.params.followUpOverlap;
}

/** Row of the outcome phrase of a turn's statements, or -1: "which of your patients...?" frames nothing. */
function outcomeRow(conv: Conversation, t: TurnInfo): number {
  const { list } = conv.c;
  if (!hasHit(t, list.outcomePhrases) && !hasHit(t, list.outcomeWords)) return -1;
  const { hitList, hitStart } = t.table;
  for (let h = t.hitFrom; h < t.hitTo; h++) {
    if (hitList.data[h] !== list.outcomePhrases && hitList.data[h] !== list.outcomeWords) continue;
    const start = hitStart.data[h]!;
    if (!cancelled(conv, t, start) && !inQuestion(t, start)) return h;
  }
  return -1;
}

/** Whether a "not an outcome" phrase starts at word `start`: it cancels the outcome word there. */
function cancelled(conv: Conversation, t: TurnInfo, start: number): boolean {
  const { hitList, hitStart } = t.table;
  for (let x = t.hitFrom; x < t.hitTo; x++) if (hitList.data[x] === conv.c.list.notOutcome && hitStart.data[x] === start) return true;
  return false;
}

/**
 * Rep statements that speak in outcomes. Agenda and logistics turns ("I'll email Maria today")
 * are not value statements: they are only judged when they do speak in outcomes.
 */
function outcomeStatements(conv: Conversation, rep: readonly TurnInfo[]): Tally {
  const { list } = conv.c;
  const procedural = [list.purpose, list.ownership, list.concreteNextStep, list.summary];
  return partition(rep, (t) => {
    if (!t.hasStatement) return null;
    const row = outcomeRow(conv, t);
    if (row !== -1) return { turn: t.index, phrase: t.table.phraseOf(row) };
    return anyRow(t, procedural) === -1 ? undefined : null;
  });
}

export function scoreMakingItMatter(conv: Conversation): MetricResult {
  const { c, turns } = conv;
  const th = c.rubric.thresholds;
  const weights = c.rubric.metrics.making_it_matter.weights;
  const rep = conv.repTurns;

  const outcomes = outcomeStatements(conv, rep);
  // Repeating the customer's words to contradict them ("Actually, they aren't as stable as you
  // think") is not linking to what matters to them.
  const afterGoals = rep.filter((t) => conv.goalsKnown[t.index] === 1);
  const linked = partition(afterGoals, (t) => (conv.goalReuse[t.index] && !rebuts(conv, t) ? { turn: t.index } : undefined));

  // Only a long, list-like turn can be a dump: with none there is nothing to judge (defect 2).
  const dumps = partition(rep.filter((t) => isLongListing(conv, t)), (t) => (linksToCustomer(conv, t) ? undefined : { turn: t.index }));

  return metric(c.rubric, 'making_it_matter', [
    ratioComponent(conv, {
      name: 'outcome_based_language', weight: weights.outcome_based_language, ...outcomes, ladder: th.outcomeLanguage,
      what: 'rep statements speak in outcomes (improve, reduce, "so that", "which means"...)',
      none: 'the rep made no statements', missLabel: 'no outcome at',
    }),
    ratioComponent(conv, {
      name: 'link_to_customer_priorities', weight: weights.link_to_customer_priorities, ...linked,
      ladder: th.linkToPriorities, what: `rep turns reuse the customer's goal words${reusedGoalWords(conv, linked.hits.map((o) => turns[o.turn]!))}`,
      none: 'the customer named no goal or priority before a rep turn', missLabel: 'no link at',
    }),
    ratioComponent(conv, {
      name: 'no_feature_dumping', weight: weights.no_feature_dumping, ...dumps,
      ladder: th.featureDumpRate, lowerIsBetter: true,
      what: 'long, list-like rep turns have no link to the customer (lower is better)',
      none: 'the rep made no long, list-like turn',
    }),
  ]);
}
