// Analyzes a whole transcript once, in one pass: every metric reads these arrays, so scoring
// stays linear in transcript length (SCORING.md defect 5: no indexOf over turn arrays).
import type { Turn } from '../types.js';
import { analyzeTurn } from './analyze-turn.js';
import type { TurnInfo } from './analyze-turn.js';
import { compile } from './compile.js';
import type { CompiledRubric } from './compile.js';
import type { Rubric } from './rubric-schema.js';
import { StemMarks } from './stem-marks.js';
import { newScan } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';

export interface Conversation {
  c: CompiledRubric;
  vocab: Vocabulary;
  turns: readonly TurnInfo[];
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
  // Membership by stem id: the vocabulary is complete once every turn is analyzed.
  const goals = new Uint8Array(conv.vocab.stems.length);
  const seen = new Uint8Array(conv.vocab.stems.length);
  let anyGoal = false;
  let lastCustomer = -1;
  for (const t of conv.turns) {
    const i = t.index;
    conv.prevCustomer[i] = lastCustomer;
    if (t.speaker === 'rep') {
      conv.rep.push(i);
      conv.repTurns.push(t);
      conv.repWords += t.wordCount;
      conv.goalsKnown[i] = anyGoal ? 1 : 0;
      // Copying the customer's words back is not linking to their goals.
      const reused = anyGoal && !t.echoes ? t.stems.filter((s) => goals[s] === 1) : [];
      if (reused.length > 0) conv.goalReuse[i] = reused;
    } else {
      conv.customer.push(i);
      conv.customerTurns.push(t);
      conv.customerWords += t.wordCount;
      for (const s of t.goalStems) goals[s] = 1;
      anyGoal ||= t.goalStems.length > 0;
      const fresh = t.stems.filter((s) => seen[s] === 0);
      if (fresh.length > 0) conv.newStems[i] = fresh;
      lastCustomer = i;
    }
    for (const s of t.stems) seen[s] = 1;
  }
}

export function analyzeConversation(turns: readonly Turn[], rubric: Rubric): Conversation {
  const c = compile(rubric);
  const vocab = c.vocabulary();
  const n = turns.length;
  const marks = new StemMarks();
  const context = { c, vocab, scan: newScan(), marks, stemAt: [] as number[], saidIds: [] as number[], saidCount: 0, ids: [] as number[] };
  const infos = new Array<TurnInfo>(n);
  for (let i = 0; i < n; i++) infos[i] = analyzeTurn(context, i, turns[i]!.speaker, turns[i]!.text);
  const conv: Mutable = {
    c, vocab, turns: infos, rep: [], customer: [], repTurns: [], customerTurns: [],
    nextRep: new Int32Array(n).fill(-1),
    prevCustomer: new Int32Array(n).fill(-1),
    goalReuse: new Array<readonly number[] | undefined>(n),
    goalsKnown: new Uint8Array(n),
    newStems: new Array<readonly number[] | undefined>(n),
    repWords: 0, customerWords: 0,
    marks,
  };
  linkTurns(conv);
  for (let i = n - 2, next = -1; i >= 0; i--) {
    if (infos[i + 1]!.speaker === 'rep') next = i + 1;
    conv.nextRep[i] = next;
  }
  return conv;
}

/** The next `k` rep turns after turn i. */
export function repTurnsAfter(conv: Conversation, i: number, k: number): TurnInfo[] {
  const out: TurnInfo[] = [];
  for (let j = conv.nextRep[i]!; j !== -1 && out.length < k; j = conv.nextRep[j]!) out.push(conv.turns[j]!);
  return out;
}

/** The goal words (stems) the given rep turns reuse, for rationales: "(adherence, callback)". */
export function reusedGoalWords(conv: Conversation, turns: readonly TurnInfo[]): string {
  const words = [...new Set(turns.flatMap((t) => conv.goalReuse[t.index] ?? []))].slice(0, 5).map((s) => conv.vocab.stems[s]!);
  return words.length === 0 ? '' : ` (${words.join(', ')})`;
}
