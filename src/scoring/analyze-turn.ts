// Analyzes one turn once: word ids, content stems, phrase hits of every list, sentences and
// questions; keeps only compact data, since a 10,000-turn transcript holds all of it at once.
import type { Speaker } from '../types.js';
import type { CompiledRubric } from './compile.js';
import { containsRun, sharesRun } from './echo.js';
import { phrasesAt } from './phrase-index.js';
import type { PhraseHit } from './phrase-index.js';
import type { StemMarks } from './stem-marks.js';
import { normalize } from './text.js';
import { scanText } from './tokens.js';
import type { Scan } from './tokens.js';
import { classifyAll, sentenceFlags } from './sentences.js';
import type { Sentence } from './sentences.js';
import type { Vocabulary } from './vocabulary.js';

export type { Sentence } from './sentences.js';

export interface TurnInfo {
  index: number;
  speaker: Speaker;
  raw: string;
  wordCount: number;
  /** Distinct content-word stem ids. */
  stems: readonly number[];
  /** Stems of content words near goal markers ("our biggest challenge is prior auth"). */
  goalStems: readonly number[];
  /** Phrase hits of every list, in word order. */
  hits: readonly PhraseHit[];
  /** Bit i set when list i has a hit (lists 0-31, then 32-63): `hasHit` without a scan. */
  listsLow: number;
  listsHigh: number;
  sentences: readonly Sentence[];
  isQuestion: boolean;
  isOpenQuestion: boolean;
  /** Asks an open question, or a closed one that is not a commitment request or check-in. */
  asksDiscovery: boolean;
  /** Has a non-question sentence of three words or more. */
  hasStatement: boolean;
  /** Says "you" or "your": talks about the customer. */
  addressesYou: boolean;
  /** A rep turn that copies the customer's last turn back (a long run, or a whole sentence). */
  echoes: boolean;
  /** Content stems of the turn's question sentences (rep turns). */
  questionStems: readonly number[];
  /** A customer reply of a few clipped words ("Okay.", "Fine, sure."). */
  isClipped: boolean;
  /** Matches a clock-time or date pattern ("3 pm", "12:15", "the 14th"). */
  hasClockTime: boolean;
  commas: number;
  bullets: number;
}

/** What analyzing a transcript shares between turns. */
export interface TurnContext {
  c: CompiledRubric;
  vocab: Vocabulary;
  scan: Scan;
  marks: StemMarks;
  stemAt: number[];
  /** Word ids of the customer's latest turn (the first `saidCount`), for spotting a rep turn that copies it. */
  saidIds: number[];
  saidCount: number;
  /** Scratch: word ids of the turn being analyzed. */
  ids: number[];
}

const BULLET = /^\s*(?:[-*•●▪‣◦]|\d+[.)])\s+/gmu;
const NONE: readonly number[] = [];
const NO_HITS: readonly PhraseHit[] = [];

/** Content stems near each goal marker, concern or objection: what the customer cares about. */
function goalStemsOf(x: TurnContext, hits: readonly PhraseHit[]): readonly number[] {
  const { goalWindowBefore: before, goalWindowAfter: after } = x.c.rubric.params;
  let out: number[] | undefined;
  const { goalMarkers, concern } = x.c.list;
  // Objection lists are numbered after every phrase list (see compile.ts); a confused customer
  // asking "is this the same as what we already use?" voices no objection.
  const objectionFrom = hits.some((h) => h.list === x.c.list.confusionCue) ? Infinity : x.c.objection.statusQuo;
  for (const h of hits) {
    if (h.list !== goalMarkers && h.list !== concern && h.list < objectionFrom) continue;
    const to = Math.min(x.scan.count, h.start + 1 + after);
    for (let k = Math.max(0, h.start - before); k < to; k++) {
      const s = x.stemAt[k]!;
      if (s !== -1 && !x.c.nonGoalWords.has(x.vocab.stems[s]!)) (out ??= []).push(s);
    }
  }
  return out ?? NONE;
}

/** Question sentences that merely copy the customer's words are echoes, not questions. */
function markEchoes(x: TurnContext, ids: readonly number[], sentences: Sentence[]): boolean {
  const said = x.saidIds;
  const saidCount = x.saidCount;
  let echoed = sharesRun(said, saidCount, ids, x.scan.count, x.c.rubric.params.verbatimRunWords);
  for (const s of sentences) {
    if (s.end - s.start < 3 || !containsRun(said, saidCount, ids, s.start, s.end)) continue;
    echoed = true;
    s.isQuestion = s.isOpen = s.isClosing = false;
  }
  return echoed;
}

/** Stems of the words in question sentences. */
function questionStemsOf(x: TurnContext, sentences: readonly Sentence[]): readonly number[] {
  if (!sentences.some((s) => s.isQuestion)) return NONE;
  const at: number[] = [];
  for (const s of sentences) if (s.isQuestion) for (let k = s.start; k < s.end; k++) at.push(x.stemAt[k]!);
  return x.marks.distinct(at, at.length);
}

function isClipped(x: TurnContext): boolean {
  const { entries, count } = x.scan;
  if (count === 0 || count > x.c.rubric.params.clippedMaxWords) return false;
  for (let i = 0; i < count; i++) if (!x.c.clippedWords.has(entries[i]!.word)) return false;
  return true;
}

/** Word ids into the scratch `x.ids`, stems into `x.stemAt`, and every phrase hit. */
function readWords(x: TurnContext): { hits: PhraseHit[]; addressesYou: boolean } {
  const { entries, count } = x.scan;
  const hits: PhraseHit[] = [];
  let addressesYou = false;
  for (let i = 0; i < count; i++) {
    const e = entries[i]!;
    x.ids[i] = e.id;
    x.stemAt[i] = e.stem;
    if (e.phrases !== undefined) phrasesAt(entries, count, i, hits);
    addressesYou ||= e.isYou;
  }
  return { hits, addressesYou };
}

/** One bit per phrase list with a hit, in two 32-bit masks (see `hasHit`). */
function listMask(hits: readonly PhraseHit[]): { listsLow: number; listsHigh: number } {
  let listsLow = 0;
  let listsHigh = 0;
  for (const h of hits) {
    if (h.list < 32) listsLow |= 1 << h.list;
    else listsHigh |= 1 << (h.list - 32);
  }
  return { listsLow, listsHigh };
}

export function analyzeTurn(x: TurnContext, index: number, speaker: Speaker, raw: string): TurnInfo {
  // ASCII needs no Unicode folding (the scanner folds case): normalize only if the scan met more.
  if (!scanText(raw, x.vocab, x.scan)) scanText(normalize(raw), x.vocab, x.scan, true);
  const { count } = x.scan;
  const read = readWords(x);
  const { addressesYou } = read;
  // Exact size (or the shared empty list): every turn's hits stay alive until scoring ends.
  const hits = read.hits.length === 0 ? NO_HITS : read.hits.slice();
  const sentences = classifyAll(x, hits);
  const echoes = speaker === 'rep' && markEchoes(x, x.ids, sentences);
  const flags = sentenceFlags(sentences);
  const mask = listMask(hits);
  if (speaker === 'customer') {
    x.saidCount = count;
    for (let i = 0; i < count; i++) x.saidIds[i] = x.ids[i]!;
  }
  return {
    index, speaker, raw,
    wordCount: count,
    stems: x.marks.distinct(x.stemAt, count),
    goalStems: speaker === 'customer' ? goalStemsOf(x, hits) : NONE,
    hits,
    // Spelled out, not spread: every TurnInfo keeps one hidden class, so metrics stay monomorphic.
    listsLow: mask.listsLow,
    listsHigh: mask.listsHigh,
    sentences,
    isQuestion: flags.isQuestion,
    isOpenQuestion: flags.isOpenQuestion,
    asksDiscovery: flags.asksDiscovery,
    hasStatement: flags.hasStatement,
    addressesYou,
    echoes,
    questionStems: speaker === 'rep' ? questionStemsOf(x, sentences) : NONE,
    isClipped: speaker === 'customer' && isClipped(x),
    // Every time pattern needs a digit: most turns skip the regexes.
    hasClockTime: x.scan.digits && x.c.timePattern !== undefined && x.c.timePattern.test(raw),
    commas: x.scan.commas,
    bullets: x.scan.lineBreaks ? (raw.match(BULLET)?.length ?? 0) : 0,
  };
}

export const hasHit = (t: TurnInfo, list: number): boolean =>
  ((list < 32 ? t.listsLow >>> list : t.listsHigh >>> (list - 32)) & 1) === 1;
export const firstHit = (t: TurnInfo, list: number): PhraseHit | undefined =>
  hasHit(t, list) ? t.hits.find((h) => h.list === list) : undefined;
export const hitsOf = (t: TurnInfo, list: number): PhraseHit[] => (hasHit(t, list) ? t.hits.filter((h) => h.list === list) : []);
