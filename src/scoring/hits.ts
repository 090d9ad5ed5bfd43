// Phrase-hit judgments over a turn's rows in the TurnTable: which hit of a list comes first,
// which sentence holds it, and whether a rebuttal or an objection undoes it. They return row
// numbers, so a judgment that only needs a yes or no creates no objects.
import type { Conversation } from './analyze.js';
import { inMask } from './phrase-index.js';
import type { PhraseHit } from './phrase-index.js';
import { S_QUESTION } from './turn-table.js';
import type { TurnInfo } from './turn-table.js';

export const hasHit = (t: TurnInfo, list: number): boolean => inMask(t.listsLow, t.listsHigh, list);

/** Row of the first hit of `list` in turn t (in word order), or -1. */
export function firstRow(t: TurnInfo, list: number): number {
  if (!hasHit(t, list)) return -1;
  const lists = t.table.hitList.data;
  for (let k = t.hitFrom, to = t.hitTo; k < to; k++) if (lists[k] === list) return k;
  return -1;
}

/** Hit row k of turn t as an object, or undefined for -1. */
export const hitAt = (t: TurnInfo, k: number): PhraseHit | undefined => (k === -1 ? undefined : t.table.hit(k));

/** The first hit of `list` in turn t, in word order. */
export const firstHit = (t: TurnInfo, list: number): PhraseHit | undefined => hitAt(t, firstRow(t, list));

/** Every hit of `list` in turn t, in word order. */
export function hitsOf(t: TurnInfo, list: number): PhraseHit[] {
  const out: PhraseHit[] = [];
  if (!hasHit(t, list)) return out;
  const lists = t.table.hitList.data;
  for (let k = t.hitFrom, to = t.hitTo; k < to; k++) if (lists[k] === list) out.push(t.table.hit(k));
  return out;
}

/** Row (in the table) of the sentence of turn t that holds `word`, or -1. */
export function sentenceOf(t: TurnInfo, word: number): number {
  const { sentStart, sentEnd, sentencesAt } = t.table;
  for (let k = sentencesAt[t.index]!; k < sentencesAt[t.index + 1]!; k++) {
    if (word >= sentStart.data[k]! && word < sentEnd.data[k]!) return k;
  }
  return -1;
}

/** Whether the sentence of turn t holding `word` is a question. */
export function inQuestion(t: TurnInfo, word: number): boolean {
  const s = sentenceOf(t, word);
  return s !== -1 && (t.table.sentFlags.data[s]! & S_QUESTION) !== 0;
}

/**
 * Whether rebuttal hit row r contradicts: in a statement, not its last word. "I understand, but
 * what would it take?" pivots to a question; "I understand, but the data is clear" rebuts.
 */
function contradicts(t: TurnInfo, r: number): boolean {
  const start = t.table.hitStart.data[r]!;
  const s = sentenceOf(t, start);
  return s !== -1 && (t.table.sentFlags.data[s]! & S_QUESTION) === 0 && start < t.table.sentEnd.data[s]! - 1;
}

/** Row of the first rebuttal in turn t that contradicts, or -1. */
export function firstRebuttal(conv: Conversation, t: TurnInfo): number {
  const rebuttal = conv.c.list.rebuttal;
  if (!hasHit(t, rebuttal)) return -1;
  for (let r = t.hitFrom; r < t.hitTo; r++) if (t.table.hitList.data[r] === rebuttal && contradicts(t, r)) return r;
  return -1;
}

/**
 * Row of the first hit of `list` (an acknowledgment) not undone by a contradicting rebuttal
 * later in its sentence, or -1: "I hear you, but the data is clear" acknowledges nothing.
 */
export function genuineRow(conv: Conversation, t: TurnInfo, list: number): number {
  if (!hasHit(t, list)) return -1;
  const { hitList, hitStart, sentEnd } = t.table;
  const rebuttal = conv.c.list.rebuttal;
  const rebutted = hasHit(t, rebuttal);
  for (let h = t.hitFrom; h < t.hitTo; h++) {
    if (hitList.data[h] !== list) continue;
    const start = hitStart.data[h]!;
    const s = sentenceOf(t, start);
    const end = s === -1 ? t.wordCount : sentEnd.data[s]!;
    let undone = false;
    for (let r = t.hitFrom; rebutted && r < t.hitTo && !undone; r++) {
      undone = hitList.data[r] === rebuttal && hitStart.data[r]! > start && hitStart.data[r]! < end && contradicts(t, r);
    }
    if (!undone) return h;
  }
  return -1;
}

/**
 * Row of the customer's first agreement whose words overlap no objection or concern, or -1:
 * "works" agrees, "what we have works well for us" objects.
 */
export function agreementRow(conv: Conversation, t: TurnInfo): number {
  const { list, objection } = conv.c;
  if (!hasHit(t, list.agreement)) return -1;
  const lists = t.table.hitList.data;
  const starts = t.table.hitStart.data;
  const lengths = t.table.hitLength.data;
  for (let a = t.hitFrom; a < t.hitTo; a++) {
    if (lists[a] !== list.agreement) continue;
    let free = true;
    for (let o = t.hitFrom; o < t.hitTo && free; o++) {
      // A concern or an objection whose words overlap the agreement's.
      const against = lists[o] === list.concern || lists[o]! >= objection.statusQuo;
      free = !(against && starts[a]! < starts[o]! + lengths[o]! && starts[o]! < starts[a]! + lengths[a]!);
    }
    if (free) return a;
  }
  return -1;
}
