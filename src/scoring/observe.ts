// Turn-level judgments several metrics share: overlap, genuine acknowledgment, echoes, brevity.
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { KEPT } from './component.js';
import type { Observation, Tally } from './component.js';
import { agreementRow, firstHit, firstRebuttal, firstRow, genuineRow, hasHit, hitAt, hitsOf } from './hits.js';
import type { PhraseHit } from './phrase-index.js';

export { agreementRow, firstHit, firstRebuttal, firstRow, genuineRow, hasHit, hitsOf };
export { inQuestion } from './hits.js';

/** Overlap either way: a short question reusing a long answer's key word still builds on it. */
export function mutualOverlap(conv: Conversation, a: TurnInfo, b: TurnInfo): number {
  return Math.max(overlap(conv, a, b), overlap(conv, b, a));
}

/** Share of a's content stems that b also says. */
export function overlap(conv: Conversation, a: TurnInfo, b: TurnInfo): number {
  const { stems, stemsAt } = conv.table;
  return conv.marks.overlap(stems.data, stemsAt[a.index]!, stemsAt[a.index + 1]!, stemsAt[b.index]!, stemsAt[b.index + 1]!);
}

/** Row of the first phrase of the first of `lists` that turn t contains, or -1. */
export function anyRow(t: TurnInfo, lists: readonly number[]): number {
  for (const id of lists) {
    const row = firstRow(t, id);
    if (row !== -1) return row;
  }
  return -1;
}

/** The first phrase of the first of `lists` that turn t contains. */
export const anyHit = (t: TurnInfo, lists: readonly number[]): PhraseHit | undefined => hitAt(t, anyRow(t, lists));

/**
 * Counts the turns a judgment counts (an Observation) and the rest (undefined), keeping only the
 * first few of each as evidence: a 10,000-turn transcript needs counts, not 10,000 quotes. A
 * judgment of null leaves the turn out.
 */
export function partition(among: readonly TurnInfo[], judge: (t: TurnInfo) => Observation | undefined | null): Tally {
  const tally: Tally = { hits: [], misses: [], hitCount: 0, missCount: 0 };
  for (const t of among) {
    const o = judge(t);
    if (o === null) continue;
    if (o) {
      if (tally.hitCount++ < KEPT) tally.hits.push(o);
    } else if (tally.missCount++ < KEPT) tally.misses.push({ turn: t.index });
  }
  return tally;
}

/**
 * The first acknowledgment not undone by a rebuttal in the same sentence: "I hear you, but the
 * data is clear" acknowledges nothing (the trap in tests/fixtures/transcripts).
 */
export const genuineAck = (conv: Conversation, t: TurnInfo, list = conv.c.list.acknowledgment): PhraseHit | undefined =>
  hitAt(t, genuineRow(conv, t, list));

/** Whether `reply` parrots the customer's latest turn before it (a long run or a copied sentence). */
export const echoes = (reply: TurnInfo): boolean => reply.echoes;

/** A long turn with many commas or bullets: a list, whatever its length relative to the last. */
export function isLongListing(conv: Conversation, t: TurnInfo): boolean {
  const p = conv.c.rubric.params;
  return t.raw.length > p.featureDumpMinChars && (t.commas >= p.featureDumpMinCommas || t.bullets >= p.featureDumpMinBullets);
}

/** A reply short in absolute terms, or clearly shorter than the rep's previous turn and no list. */
export function isShorter(conv: Conversation, reply: TurnInfo): boolean {
  const { shortTurnWords, shorterTurnRatio } = conv.c.rubric.params;
  const words = reply.wordCount;
  if (words <= shortTurnWords) return true;
  if (isLongListing(conv, reply)) return false;
  let prev = reply.index - 1;
  while (prev >= 0 && conv.turns[prev]!.speaker !== 'rep') prev--;
  return prev >= 0 && words <= shorterTurnRatio * conv.turns[prev]!.wordCount;
}

/** The first of the next `k` rep turns after turn i that `pick` accepts. */
export function repAfter(conv: Conversation, i: number, k: number, pick: (r: TurnInfo) => boolean): TurnInfo | undefined {
  for (let j = conv.nextRep[i]!; j !== -1 && k > 0; j = conv.nextRep[j]!, k--) if (pick(conv.turns[j]!)) return conv.turns[j];
  return undefined;
}

/** The rep turn that answers turn i: the rep's next turn. */
export function replyTo(conv: Conversation, i: number): TurnInfo | undefined {
  const next = conv.nextRep[i]!;
  return next === -1 ? undefined : conv.turns[next];
}

/**
 * The customer's agreement, unless the agreeing words overlap an objection or concern:
 * "works" agrees, "what we have works well for us" objects.
 */
export const agreement = (conv: Conversation, t: TurnInfo): PhraseHit | undefined => hitAt(t, agreementRow(conv, t));

/** A day, date or clock time in the turn ("Tuesday", "the 14th", "3 pm"). */
export function namesATime(conv: Conversation, t: TurnInfo): boolean {
  return hasHit(t, conv.c.list.specificTime) || t.hasClockTime;
}

/** Whether a question sentence of `reply` shares a content word with `said`. */
export function asksAbout(conv: Conversation, reply: TurnInfo, said: TurnInfo): boolean {
  const { stems, stemsAt, questionStems, questionStemsAt } = conv.table;
  conv.marks.markRows(stems.data, stemsAt[said.index]!, stemsAt[said.index + 1]!);
  return conv.marks.anyMarked(questionStems.data, questionStemsAt[reply.index]!, questionStemsAt[reply.index + 1]!);
}

/** A turn that contradicts the customer: a rebuttal with no steadying language. */
export function rebuts(conv: Conversation, t: TurnInfo): boolean {
  return firstRebuttal(conv, t) !== -1 && !hasHit(t, conv.c.list.steadying);
}
