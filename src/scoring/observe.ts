// Turn-level judgments several metrics share: overlap, genuine acknowledgment, echoes, brevity.
import type { Conversation } from './analyze.js';
import { firstHit, hasHit, hitsOf } from './analyze-turn.js';
import type { TurnInfo } from './analyze-turn.js';
import { KEPT } from './component.js';
import type { Observation, Tally } from './component.js';
import type { PhraseHit } from './phrase-index.js';

export { firstHit, hasHit, hitsOf };

/** Overlap either way: a short question reusing a long answer's key word still builds on it. */
export function mutualOverlap(conv: Conversation, a: TurnInfo, b: TurnInfo): number {
  return Math.max(conv.marks.overlap(a.stems, b.stems), conv.marks.overlap(b.stems, a.stems));
}

/** The first phrase of the first of `lists` that turn t contains. */
export function anyHit(t: TurnInfo, lists: readonly number[]): PhraseHit | undefined {
  for (const id of lists) {
    const hit = firstHit(t, id);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Counts the turns a judgment counts and the rest, keeping only the first few of each as
 * evidence: a 10,000-turn transcript needs counts, not 10,000 quotes.
 */
export function partition(among: readonly TurnInfo[], judge: (t: TurnInfo) => Observation | undefined): Tally {
  const tally: Tally = { hits: [], misses: [], hitCount: 0, missCount: 0 };
  for (const t of among) {
    const o = judge(t);
    if (o) {
      if (tally.hitCount++ < KEPT) tally.hits.push(o);
    } else if (tally.missCount++ < KEPT) tally.misses.push({ turn: t.index });
  }
  return tally;
}

function sentenceEnd(t: TurnInfo, word: number): number {
  return t.sentences.find((s) => word >= s.start && word < s.end)?.end ?? t.wordCount;
}

/**
 * The first acknowledgment not undone by a rebuttal in the same sentence: "I hear you, but the
 * data is clear" acknowledges nothing (the trap in tests/fixtures/transcripts).
 */
export function genuineAck(conv: Conversation, t: TurnInfo, list = conv.c.list.acknowledgment): PhraseHit | undefined {
  const rebuttals = rebuttalsOf(conv, t);
  return hitsOf(t, list).find((h) => {
    const end = sentenceEnd(t, h.start);
    return !rebuttals.some((r) => r.start > h.start && r.start < end);
  });
}

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

/** The rep turn that answers turn i: the rep's next turn. */
export function replyTo(conv: Conversation, i: number): TurnInfo | undefined {
  const next = conv.nextRep[i]!;
  return next === -1 ? undefined : conv.turns[next];
}

/**
 * The customer's agreement, unless the agreeing words overlap an objection or concern:
 * "works" agrees, "what we have works well for us" objects.
 */
export function agreement(conv: Conversation, t: TurnInfo): PhraseHit | undefined {
  const { list, objection } = conv.c;
  const against = t.hits.filter((h) => h.list === list.concern || h.list >= objection.statusQuo);
  return hitsOf(t, list.agreement).find((a) => !against.some((o) => a.start < o.start + o.length && o.start < a.start + a.length));
}

/** A day, date or clock time in the turn ("Tuesday", "the 14th", "3 pm"). */
export function namesATime(conv: Conversation, t: TurnInfo): boolean {
  return hasHit(t, conv.c.list.specificTime) || t.hasClockTime;
}

/** Whether a question sentence of `reply` shares a content word with `said`. */
export function asksAbout(conv: Conversation, reply: TurnInfo, said: TurnInfo): boolean {
  conv.marks.markOnly(said.stems);
  return reply.questionStems.some((s) => conv.marks.has(s));
}

/**
 * Rebuttal markers that contradict: in a statement, not its last word. "I understand, but what
 * would it take?" pivots to a question; "I understand, but the data is clear" rebuts.
 */
export function rebuttalsOf(conv: Conversation, t: TurnInfo): PhraseHit[] {
  return hitsOf(t, conv.c.list.rebuttal).filter((h) => {
    const s = t.sentences.find((x) => h.start >= x.start && h.start < x.end);
    return s !== undefined && !s.isQuestion && h.start < s.end - 1;
  });
}

/** A turn that contradicts the customer: a rebuttal with no steadying language. */
export function rebuts(conv: Conversation, t: TurnInfo): boolean {
  return rebuttalsOf(conv, t).length > 0 && !hasHit(t, conv.c.list.steadying);
}
