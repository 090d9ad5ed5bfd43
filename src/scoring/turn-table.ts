// Per-turn analysis results in flat typed arrays: each turn's stems, phrase hits and sentences are
// a row range of shared lists, so a 10,000-turn transcript holds a few dozen arrays instead of
// ~100,000 small objects that every garbage collection would have to copy.
import type { Speaker } from '../types.js';
import type { HitSink, PhraseHit, PhraseTrie } from './phrase-index.js';
import { inMask } from './phrase-index.js';
import { IntList } from './int-list.js';

// TurnInfo.flags bits.
export const QUESTION = 1;
export const OPEN_QUESTION = 2;
export const ASKS_DISCOVERY = 4;
export const HAS_STATEMENT = 8;
export const ADDRESSES_YOU = 16;
export const ECHOES = 32;
export const CLIPPED = 64;
export const CLOCK_TIME = 128;

// Sentence flags (TurnTable.sentFlags).
export const S_QUESTION = 1;
export const S_OPEN = 2;
/** A closed question that asks for a commitment or checks in ("does Tuesday work?"). */
export const S_CLOSING = 4;

export interface Sentence {
  start: number;
  /** Word index one past the sentence's last word. */
  end: number;
  isQuestion: boolean;
  isOpen: boolean;
  isClosing: boolean;
}

/** Row lists of every turn; turn i's rows of a list run from `xAt[i]` to `xAt[i + 1]`. */
export class TurnTable implements HitSink {
  /** Distinct content stems of each turn, in first-seen order. */
  readonly stems = new IntList();
  /** Customer turns: stems near goal markers, concerns and objections (repeats kept). */
  readonly goalStems = new IntList();
  /** Rep turns: distinct stems of the question sentences. */
  readonly questionStems = new IntList();
  // Phrase hits, in word order: list, first word, words, trie node (for the phrase).
  readonly hitList = new IntList();
  readonly hitStart = new IntList();
  readonly hitLength = new IntList();
  readonly hitNode = new IntList();
  // Sentences: first word, one past the last word, S_* flags.
  readonly sentStart = new IntList();
  readonly sentEnd = new IntList();
  readonly sentFlags = new IntList();
  readonly stemsAt: Int32Array;
  readonly goalStemsAt: Int32Array;
  readonly questionStemsAt: Int32Array;
  readonly hitsAt: Int32Array;
  readonly sentencesAt: Int32Array;

  constructor(n: number, readonly trie: PhraseTrie) {
    this.stemsAt = new Int32Array(n + 1);
    this.goalStemsAt = new Int32Array(n + 1);
    this.questionStemsAt = new Int32Array(n + 1);
    this.hitsAt = new Int32Array(n + 1);
    this.sentencesAt = new Int32Array(n + 1);
  }

  add(list: number, start: number, length: number, node: number): void {
    this.hitList.push(list);
    this.hitStart.push(start);
    this.hitLength.push(length);
    this.hitNode.push(node);
  }

  /** Ends turn i: the rows added since turn i - 1 ended are its rows. */
  close(i: number): void {
    this.stemsAt[i + 1] = this.stems.length;
    this.goalStemsAt[i + 1] = this.goalStems.length;
    this.questionStemsAt[i + 1] = this.questionStems.length;
    this.hitsAt[i + 1] = this.hitList.length;
    this.sentencesAt[i + 1] = this.sentStart.length;
  }

  /** The phrase of hit row k. */
  phraseOf(k: number): string {
    return this.trie.phrase[this.hitNode.data[k]!]!;
  }

  /** Hit row k as an object, for metrics that quote or compare it. */
  hit(k: number): PhraseHit {
    return { list: this.hitList.data[k]!, start: this.hitStart.data[k]!, length: this.hitLength.data[k]!, phrase: this.phraseOf(k) };
  }

  sentence(k: number): Sentence {
    const f = this.sentFlags.data[k]!;
    const isQuestion = (f & S_QUESTION) !== 0;
    return { start: this.sentStart.data[k]!, end: this.sentEnd.data[k]!, isQuestion, isOpen: (f & S_OPEN) !== 0, isClosing: (f & S_CLOSING) !== 0 };
  }
}

const rows = <T>(from: number, to: number, row: (k: number) => T): T[] => Array.from({ length: to - from }, (_, k) => row(from + k));

/** One analyzed turn: scalars here, its lists as row ranges of `table`. */
export class TurnInfo {
  constructor(
    readonly table: TurnTable,
    readonly index: number,
    readonly speaker: Speaker,
    readonly raw: string,
    readonly wordCount: number,
    /** Bits: QUESTION, OPEN_QUESTION, ... above. */
    readonly flags: number,
    /** Bit i set when list i has a hit (lists 0-31, then 32-63): `hasHit` without a scan. */
    readonly listsLow: number,
    readonly listsHigh: number,
    readonly commas: number,
    readonly bullets: number,
  ) {}

  get isQuestion(): boolean {
    return (this.flags & QUESTION) !== 0;
  }
  get isOpenQuestion(): boolean {
    return (this.flags & OPEN_QUESTION) !== 0;
  }
  /** Asks an open question, or a closed one that is not a commitment request or check-in. */
  get asksDiscovery(): boolean {
    return (this.flags & ASKS_DISCOVERY) !== 0;
  }
  /** Has a non-question sentence of three words or more. */
  get hasStatement(): boolean {
    return (this.flags & HAS_STATEMENT) !== 0;
  }
  /** Says "you" or "your": talks about the customer. */
  get addressesYou(): boolean {
    return (this.flags & ADDRESSES_YOU) !== 0;
  }
  /** A rep turn that copies the customer's last turn back (a long run, or a whole sentence). */
  get echoes(): boolean {
    return (this.flags & ECHOES) !== 0;
  }
  /** A customer reply of a few clipped words ("Okay.", "Fine, sure."). */
  get isClipped(): boolean {
    return (this.flags & CLIPPED) !== 0;
  }
  /** Matches a clock-time or date pattern ("3 pm", "12:15", "the 14th"). */
  get hasClockTime(): boolean {
    return (this.flags & CLOCK_TIME) !== 0;
  }

  get stemCount(): number {
    return this.table.stemsAt[this.index + 1]! - this.table.stemsAt[this.index]!;
  }
  get hitFrom(): number {
    return this.table.hitsAt[this.index]!;
  }
  get hitTo(): number {
    return this.table.hitsAt[this.index + 1]!;
  }

  hasHit(list: number): boolean {
    return inMask(this.listsLow, this.listsHigh, list);
  }

  // The lists as arrays (allocated on each read), for callers outside the hot scoring paths.
  get stems(): number[] {
    return this.table.stems.slice(this.table.stemsAt[this.index]!, this.table.stemsAt[this.index + 1]!);
  }
  get goalStems(): number[] {
    return this.table.goalStems.slice(this.table.goalStemsAt[this.index]!, this.table.goalStemsAt[this.index + 1]!);
  }
  get questionStems(): number[] {
    return this.table.questionStems.slice(this.table.questionStemsAt[this.index]!, this.table.questionStemsAt[this.index + 1]!);
  }
  get hits(): PhraseHit[] {
    return rows(this.hitFrom, this.hitTo, (k) => this.table.hit(k));
  }
  get sentences(): Sentence[] {
    return rows(this.table.sentencesAt[this.index]!, this.table.sentencesAt[this.index + 1]!, (k) => this.table.sentence(k));
  }
}
