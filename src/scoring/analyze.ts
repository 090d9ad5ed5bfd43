// Analyzes a whole transcript once, in one pass: every metric reads these arrays, so scoring
// stays linear in transcript length (SCORING.md defect 5: no indexOf over turn arrays).
import type { Turn } from '../types.js';
import { analyzeTurn, newContext } from './analyze-turn.js';
import type { TurnInfo } from './analyze-turn.js';
import { compile } from './compile.js';
import type { CompiledRubric } from './compile.js';
import type { Rubric } from './rubric-schema.js';
import { StemMarks } from './stem-marks.js';
import { newScan } from './tokens.js';
import { TurnTable } from './turn-table.js';
import type { Vocabulary } from './vocabulary.js';

export interface Conversation {
  c: CompiledRubric;
  vocab: Vocabulary;
  turns: readonly TurnInfo[];
  /** The turns' stems, hits and sentences (TurnInfo holds their row ranges). */
  table: TurnTable;
  /** Turn indexes of rep turns, in order. */
  rep: readonly number[];
  /** Turn indexes of customer turns, in order. */
  customer: readonly number[];
  repTurns: readonly TurnInfo[];
  customerTurns: readonly TurnInfo[];
  /** Index of the next rep turn after turn i, or -1. */
  nextRep: Int32Array;
  /** Index of the closest customer turn before turn i, or -1. */
  prevCustomer: Int32Array;
  /** For rep turns: stems of the customer's earlier goal words that this turn reuses. */
  goalReuse: readonly (readonly number[] | undefined)[];
  /** For rep turns: whether the customer had named any goal before this turn. */
  goalsKnown: Uint8Array;
  /** For customer turns: content stems nobody had said before. */
  newStems: readonly (readonly number[] | undefined)[];
  repWords: number;
  customerWords: number;
  /** Scratch set of stems for overlap and membership checks. */
  marks: StemMarks;
}

/** The conversation while `linkTurns` fills it in. */
type Mutable = Omit<Conversation, 'rep' | 'customer' | 'repTurns' | 'customerTurns' | 'goalReuse' | 'newStems' | 'repWords' | 'customerWords'> & {
  rep: number[];
  customer: number[];
  repTurns: TurnInfo[];
  customerTurns: TurnInfo[];
  goalReuse: (readonly number[] | undefined)[];
  newStems: (readonly number[] | undefined)[];
  repWords: number;
  customerWords: number;
};

/**
 * One pass in order: speaker indexes, word counts, the customer's goal words so far and which rep
 * turns reuse them, and the words each customer turn says first.
 */
function linkTurns(conv: Mutable): void {
  // Sets of stem ids: the customer's goal words so far, and every word said so far.
  const goals = GOALS;
  const seen = SEEN;
  goals.clear();
  seen.clear();
  const { stems, stemsAt, goalStems, goalStemsAt } = conv.table;
  let anyGoal = false;
  let lastCustomer = -1;
  for (const t of conv.turns) {
    const i = t.index;
    const from = stemsAt[i]!;
    const to = stemsAt[i + 1]!;
    conv.prevCustomer[i] = lastCustomer;
    if (t.speaker === 'rep') {
      conv.rep.push(i);
      conv.repTurns.push(t);
      conv.repWords += t.wordCount;
      conv.goalsKnown[i] = anyGoal ? 1 : 0;
      // Copying the customer's words back is not linking to their goals.
      if (anyGoal && !t.echoes) {
        const reused = stemsWhere(stems.data, from, to, goals, true);
        if (reused !== undefined) conv.goalReuse[i] = reused;
      }
    } else {
      conv.customer.push(i);
      conv.customerTurns.push(t);
      conv.customerWords += t.wordCount;
      for (let k = goalStemsAt[i]!; k < goalStemsAt[i + 1]!; k++) goals.add(goalStems.data[k]!);
      anyGoal ||= goalStemsAt[i + 1]! > goalStemsAt[i]!;
      const fresh = stemsWhere(stems.data, from, to, seen, false);
      if (fresh !== undefined) conv.newStems[i] = fresh;
      lastCustomer = i;
    }
    for (let k = from; k < to; k++) seen.add(stems.data[k]!);
  }
}

/** The stems of stems[from, to) that are (or are not, by `inSet`) in `set`, or undefined for none (most turns: no array). */
function stemsWhere(stems: Int32Array, from: number, to: number, set: StemMarks, inSet: boolean): number[] | undefined {
  let n = 0;
  for (let k = from; k < to; k++) if (set.has(stems[k]!) === inSet) n++;
  if (n === 0) return undefined;
  const out = new Array<number>(n);
  for (let k = from, j = 0; k < to; k++) if (set.has(stems[k]!) === inSet) out[j++] = stems[k]!;
  return out;
}

// Scratch indexed by stem or word id, so as large as the vocabulary: shared by every analysis
// instead of allocated again for each transcript. Each use starts by clearing a set (O(1)),
// and scoring is synchronous, so sharing them is safe.
const MARKS = new StemMarks();
const SAID = new StemMarks();
const GOALS = new StemMarks();
const SEEN = new StemMarks();
const SCAN = newScan();

export function analyzeConversation(turns: readonly Turn[], rubric: Rubric): Conversation {
  const c = compile(rubric);
  const vocab = c.vocabulary();
  const n = turns.length;
  const table = new TurnTable(n, vocab.trie);
  const context = newContext(c, vocab, SCAN, MARKS, SAID, table);
  const infos = new Array<TurnInfo>(n);
  for (let i = 0; i < n; i++) infos[i] = analyzeTurn(context, i, turns[i]!.speaker, turns[i]!.text);
  const conv: Mutable = {
    c, vocab, turns: infos, table, rep: [], customer: [], repTurns: [], customerTurns: [],
    nextRep: new Int32Array(n).fill(-1),
    prevCustomer: new Int32Array(n).fill(-1),
    goalReuse: new Array<readonly number[] | undefined>(n),
    goalsKnown: new Uint8Array(n),
    newStems: new Array<readonly number[] | undefined>(n),
    repWords: 0, customerWords: 0,
    marks: MARKS,
  };
  linkTurns(conv);
  for (let i = n - 2, next = -1; i >= 0; i--) {
    if (infos[i + 1]!.speaker === 'rep') next = i + 1;
    conv.nextRep[i] = next;
  }
  return conv;
}

/** The goal words (stems) the given rep turns reuse, for rationales: "(adherence, callback)". */
export function reusedGoalWords(conv: Conversation, turns: readonly TurnInfo[]): string {
  // The first five distinct stems in turn order: stop looking once there are five.
  const found: number[] = [];
  for (let k = 0; k < turns.length && found.length < 5; k++) {
    for (const s of conv.goalReuse[turns[k]!.index] ?? []) if (found.length < 5 && !found.includes(s)) found.push(s);
  }
  const words = found.map((s) => conv.vocab.stems[s]!);
  return words.length === 0 ? '' : ` (${words.join(', ')})`;
}
