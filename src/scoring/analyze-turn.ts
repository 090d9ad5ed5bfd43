// Analyzes one turn once: word ids, content stems, phrase hits of every list, sentences and
// questions. Lists go to the conversation's TurnTable and only scalars to the turn's TurnInfo,
// since a 10,000-turn transcript holds all of it at once.
import type { Speaker } from '../types.js';
import type { CompiledRubric } from './compile.js';
import { containsRun, sharesRun } from './echo.js';
import { inMask, phrasesAt } from './phrase-index.js';
import { classifyAll, sentenceFlags } from './sentences.js';
import type { StemMarks } from './stem-marks.js';
import { normalize } from './text.js';
import { scanText } from './tokens.js';
import type { Scan } from './tokens.js';
import { ADDRESSES_YOU, CLIPPED, CLOCK_TIME, ECHOES, S_QUESTION, TurnInfo } from './turn-table.js';
import type { TurnTable } from './turn-table.js';
import type { Vocabulary } from './vocabulary.js';

export { TurnInfo } from './turn-table.js';
export type { Sentence } from './turn-table.js';
export { firstHit, hasHit, hitsOf } from './hits.js';

/** What analyzing a transcript shares between turns. */
export interface TurnContext {
  c: CompiledRubric;
  vocab: Vocabulary;
  scan: Scan;
  marks: StemMarks;
  table: TurnTable;
  /** Scratch: stem id (or -1) of each word of the turn being analyzed. */
  stemAt: Int32Array;
  /** Word ids of the customer's latest turn (the first `saidCount`), for spotting a rep turn that copies it. */
  saidIds: Int32Array;
  saidCount: number;
  /** The word ids in `saidIds`, as a set. */
  said: StemMarks;
}

export function newContext(c: CompiledRubric, vocab: Vocabulary, scan: Scan, marks: StemMarks, said: StemMarks, table: TurnTable): TurnContext {
  said.clear();
  return { c, vocab, scan, marks, table, stemAt: new Int32Array(16), saidIds: new Int32Array(16), saidCount: 0, said };
}

const BULLET = /^\s*(?:[-*•●▪‣◦]|\d+[.)])\s+/gmu;

/** Stems into `x.stemAt` and every phrase hit into the table; whether the turn says "you". */
function readWords(x: TurnContext): boolean {
  const { ids, count } = x.scan;
  const { stemOf, youOf, rootOf, trie } = x.vocab;
  if (x.stemAt.length < count) x.stemAt = new Int32Array(count * 2);
  const stemAt = x.stemAt;
  let you = 0;
  for (let i = 0; i < count; i++) {
    const id = ids[i]!;
    stemAt[i] = stemOf[id]!;
    you |= youOf[id]!;
    const root = rootOf[id]!;
    if (root !== -1) phrasesAt(trie, root, ids, count, i, x.table);
  }
  return you !== 0;
}

/** Content stems near each goal marker, concern or objection among hit rows [from, to): what the customer cares about. */
function addGoalStems(x: TurnContext, from: number, to: number, confused: boolean): void {
  const { goalWindowBefore: before, goalWindowAfter: after } = x.c.rubric.params;
  const { goalMarkers, concern } = x.c.list;
  const { hitList, hitStart, goalStems } = x.table;
  // Objection lists are numbered after every phrase list (see compile.ts); a confused customer
  // asking "is this the same as what we already use?" voices no objection.
  const objectionFrom = confused ? Infinity : x.c.objection.statusQuo;
  for (let h = from; h < to; h++) {
    const list = hitList.data[h]!;
    if (list !== goalMarkers && list !== concern && list < objectionFrom) continue;
    const start = hitStart.data[h]!;
    const end = Math.min(x.scan.count, start + 1 + after);
    for (let k = Math.max(0, start - before); k < end; k++) {
      const s = x.stemAt[k]!;
      if (s !== -1 && x.vocab.nonGoalStem[s] === 0) goalStems.push(s);
    }
  }
}

/**
 * Question sentences that merely copy the customer's words are echoes, not questions. Most rep
 * turns reuse few of the customer's words, so a run of words the customer said is checked first.
 */
function markEchoes(x: TurnContext, sentFrom: number): boolean {
  const { saidIds: said, saidCount, scan, table } = x;
  const n = x.c.rubric.params.verbatimRunWords;
  let run = 0;
  let longest = 0;
  for (let k = 0; k < scan.count; k++) {
    run = x.said.has(scan.ids[k]!) ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  let echoed = longest >= n && sharesRun(said, saidCount, scan.ids, scan.count, n);
  for (let k = sentFrom; k < table.sentStart.length && longest >= 3; k++) {
    const start = table.sentStart.data[k]!;
    const end = table.sentEnd.data[k]!;
    if (end - start < 3 || !x.said.allMarked(scan.ids, start, end) || !containsRun(said, saidCount, scan.ids, start, end)) continue;
    echoed = true;
    table.sentFlags.data[k] = 0;
  }
  return echoed;
}

/** Distinct stems of the words in question sentences. */
function addQuestionStems(x: TurnContext, sentFrom: number): void {
  const { table } = x;
  x.marks.clear();
  for (let k = sentFrom; k < table.sentStart.length; k++) {
    if ((table.sentFlags.data[k]! & S_QUESTION) === 0) continue;
    x.marks.appendDistinct(x.stemAt, table.sentStart.data[k]!, table.sentEnd.data[k]!, table.questionStems);
  }
}

function isClipped(x: TurnContext): boolean {
  const { ids, count } = x.scan;
  if (count === 0 || count > x.c.rubric.params.clippedMaxWords) return false;
  for (let i = 0; i < count; i++) if (!x.c.clippedWords.has(x.vocab.entries[ids[i]!]!.word)) return false;
  return true;
}

export function analyzeTurn(x: TurnContext, index: number, speaker: Speaker, raw: string): TurnInfo {
  // ASCII needs no Unicode folding (the scanner folds case): normalize only if the scan met more.
  if (!scanText(raw, x.vocab, x.scan)) scanText(normalize(raw), x.vocab, x.scan, true);
  const { count } = x.scan;
  const { table } = x;
  const hitFrom = table.hitList.length;
  const sentFrom = table.sentStart.length;
  let flags = readWords(x) ? ADDRESSES_YOU : 0;
  // One bit per phrase list with a hit, in two 32-bit masks (see `hasHit`).
  let listsLow = 0;
  let listsHigh = 0;
  for (let h = hitFrom; h < table.hitList.length; h++) {
    const list = table.hitList.data[h]!;
    if (list < 32) listsLow |= 1 << list;
    else listsHigh |= 1 << (list - 32);
  }
  classifyAll(x, hitFrom);
  if (speaker === 'rep' && markEchoes(x, sentFrom)) flags |= ECHOES;
  flags |= sentenceFlags(table, sentFrom, table.sentStart.length);
  x.marks.clear();
  x.marks.appendDistinct(x.stemAt, 0, count, table.stems);
  if (speaker === 'customer') {
    addGoalStems(x, hitFrom, table.hitList.length, inMask(listsLow, listsHigh, x.c.list.confusionCue));
    if (isClipped(x)) flags |= CLIPPED;
    // Keep this turn's word ids for the next rep turn: swap buffers instead of copying.
    const said = x.saidIds;
    x.saidIds = x.scan.ids;
    x.saidCount = count;
    x.scan.ids = said;
    x.said.markRows(x.saidIds, 0, count);
  }
  if (speaker === 'rep') addQuestionStems(x, sentFrom);
  // Every time pattern needs a digit: most turns skip the regexes.
  if (x.scan.digits && x.c.timePattern !== undefined && x.c.timePattern.test(raw)) flags |= CLOCK_TIME;
  const bullets = x.scan.lineBreaks ? (raw.match(BULLET)?.length ?? 0) : 0;
  table.close(index);
  return new TurnInfo(table, index, speaker, raw, count, flags, listsLow, listsHigh, x.scan.commas, bullets);
}
