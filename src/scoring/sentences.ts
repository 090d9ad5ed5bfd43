// Splits a scanned turn into sentences and classifies each: question or not, open or closed,
// and closing moves ("does Tuesday work?") that are neither discovery nor a closed-question fault.
import type { PhraseHit } from './phrase-index.js';
import { phraseLengthAt } from './phrase-index.js';
import type { TurnContext } from './analyze-turn.js';

export interface Sentence {
  start: number;
  /** Word index one past the sentence's last word. */
  end: number;
  isQuestion: boolean;
  isOpen: boolean;
  /** A closed question that asks for a commitment or checks in ("does Tuesday work?"). */
  isClosing: boolean;
}

/** Word index after any lead-ins ("so", "I'm curious", "doctor") at `at`. */
function skipLeadIns(x: TurnContext, at: number): number {
  for (let n = 0; n < 4; n++) {
    const len = phraseLengthAt(x.scan.entries, x.scan.count, at, x.c.list.questionLeadIns);
    if (len === 0) break;
    at += len;
  }
  return at;
}

/** Whether a hit of `list` (or of `other`) starts in [start, end). */
function hitIn(hits: readonly PhraseHit[], start: number, end: number, list: number, other = list): boolean {
  for (const h of hits) if ((h.list === list || h.list === other) && h.start >= start && h.start < end) return true;
  return false;
}

/** Classifies sentence k; `clause` is the index in clauseStarts to start looking from. */
function classify(x: TurnContext, hits: readonly PhraseHit[], k: number, clause: number): Sentence {
  const { scan: s, c } = x;
  const start = s.sentenceStarts[k]!;
  const end = s.sentenceStarts[k + 1] ?? s.count;
  let asks = s.asked[k]!;
  let open = false;
  for (let j = clause; j < s.clauseStarts.length && s.clauseStarts[j]! < end; j++) {
    if (s.clauseStarts[j]! < start) continue;
    const at = skipLeadIns(x, s.clauseStarts[j]!);
    if (at >= end) continue;
    if (!asks && phraseLengthAt(s.entries, s.count, at, c.list.questionClauseStarts) > 0) asks = true;
    if (phraseLengthAt(s.entries, s.count, at, c.list.openQuestionStarters) > 0) open = true;
  }
  if (asks && !open) open = hitIn(hits, start, end, c.list.openQuestionPhrases);
  const { commitmentRequest, checkIns, ownership, concreteNextStep } = c.list;
  const closing =
    asks && !open && (hitIn(hits, start, end, commitmentRequest, checkIns) || hitIn(hits, start, end, ownership, concreteNextStep));
  return { start, end, isQuestion: asks, isOpen: asks && open, isClosing: closing };
}

export function classifyAll(x: TurnContext, hits: readonly PhraseHit[]): Sentence[] {
  const { sentenceStarts, clauseStarts } = x.scan;
  const out = new Array<Sentence>(sentenceStarts.length);
  for (let k = 0, j = 0; k < sentenceStarts.length; k++) {
    while (j < clauseStarts.length && clauseStarts[j]! < sentenceStarts[k]!) j++;
    out[k] = classify(x, hits, k, j);
  }
  return out;
}

/** Turn-level flags from its sentences. */
export function sentenceFlags(sentences: readonly Sentence[]) {
  const f = { isQuestion: false, isOpenQuestion: false, asksDiscovery: false, hasStatement: false };
  for (const x of sentences) {
    f.isQuestion ||= x.isQuestion;
    f.isOpenQuestion ||= x.isOpen;
    f.asksDiscovery ||= x.isQuestion && !x.isClosing;
    f.hasStatement ||= !x.isQuestion && x.end - x.start >= 3;
  }
  return f;
}
