// Splits a scanned turn into sentences and classifies each: question or not, open or closed,
// and closing moves ("does Tuesday work?") that are neither discovery nor a closed-question fault.
import type { TurnContext } from './analyze-turn.js';
import { listsAt, phraseLengthAt } from './phrase-index.js';
import { ASKS_DISCOVERY, HAS_STATEMENT, OPEN_QUESTION, QUESTION, S_CLOSING, S_OPEN, S_QUESTION } from './turn-table.js';
import type { TurnTable } from './turn-table.js';

export type { Sentence } from './turn-table.js';

/** Length of the longest phrase of `list` at word `at` of the scanned turn, or 0. */
function lengthAt(x: TurnContext, at: number, list: number): number {
  return phraseLengthAt(x.vocab.trie, x.vocab.rootOf, x.scan.ids, x.scan.count, at, list);
}

/** Word index after any lead-ins ("so", "I'm curious", "doctor") at `at`. */
function skipLeadIns(x: TurnContext, at: number): number {
  for (let n = 0; n < 4; n++) {
    const len = lengthAt(x, at, x.c.list.questionLeadIns);
    if (len === 0) break;
    at += len;
  }
  return at;
}

/** Whether a hit of `list` (or of `other`) among hit rows [from, to) starts in [start, end). */
function hitIn(table: TurnTable, from: number, to: number, start: number, end: number, list: number, other = list): boolean {
  const lists = table.hitList.data;
  const starts = table.hitStart.data;
  for (let k = from; k < to; k++) {
    const l = lists[k]!;
    if ((l === list || l === other) && starts[k]! >= start && starts[k]! < end) return true;
  }
  return false;
}

/** S_* flags of sentence k; `clause` is the index in the scan's clauses to start looking from. */
function classify(x: TurnContext, hitFrom: number, k: number, clause: number): number {
  const { scan: s, c, table } = x;
  const hitTo = table.hitList.length;
  const { starts, clauses } = s;
  const start = starts.data[k]!;
  const end = k + 1 < starts.length ? starts.data[k + 1]! : s.count;
  let asks = s.questions.data[k] === 1;
  let open = false;
  for (let j = clause; j < clauses.length && clauses.data[j]! < end; j++) {
    if (clauses.data[j]! < start) continue;
    const at = skipLeadIns(x, clauses.data[j]!);
    if (at >= end) continue;
    const found = listsAt(x.vocab.trie, x.vocab.rootOf, s.ids, s.count, at, c.list.questionClauseStarts, c.list.openQuestionStarters);
    if ((found & 1) !== 0) asks = true;
    if ((found & 2) !== 0) open = true;
  }
  if (asks && !open) open = hitIn(table, hitFrom, hitTo, start, end, c.list.openQuestionPhrases);
  const { commitmentRequest, checkIns, ownership, concreteNextStep } = c.list;
  const closing =
    asks && !open && (hitIn(table, hitFrom, hitTo, start, end, commitmentRequest, checkIns) || hitIn(table, hitFrom, hitTo, start, end, ownership, concreteNextStep));
  return (asks ? S_QUESTION : 0) | (asks && open ? S_OPEN : 0) | (closing ? S_CLOSING : 0);
}

/** Appends the scanned turn's sentences to the table; its hits are the rows from `hitFrom`. */
export function classifyAll(x: TurnContext, hitFrom: number): void {
  const { starts, clauses, count } = x.scan;
  const t = x.table;
  for (let k = 0, j = 0; k < starts.length; k++) {
    const start = starts.data[k]!;
    while (j < clauses.length && clauses.data[j]! < start) j++;
    t.sentStart.push(start);
    t.sentEnd.push(k + 1 < starts.length ? starts.data[k + 1]! : count);
    t.sentFlags.push(classify(x, hitFrom, k, j));
  }
}

/** TurnInfo flags from the sentence rows [from, to). */
export function sentenceFlags(t: TurnTable, from: number, to: number): number {
  let f = 0;
  for (let k = from; k < to; k++) {
    const s = t.sentFlags.data[k]!;
    if ((s & S_QUESTION) !== 0) f |= QUESTION;
    if ((s & S_OPEN) !== 0) f |= OPEN_QUESTION;
    if ((s & S_QUESTION) !== 0 && (s & S_CLOSING) === 0) f |= ASKS_DISCOVERY;
    if ((s & S_QUESTION) === 0 && t.sentEnd.data[k]! - t.sentStart.data[k]! >= 3) f |= HAS_STATEMENT;
  }
  return f;
}
