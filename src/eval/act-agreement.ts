// Turn-by-turn act agreement: per act TP/FP/FN, precision, recall and F1, then macro-F1.
import { round3 } from './share.js';
import type { ActObservation } from './types.js';

export interface ActRow {
  act: string;
  /** Turns the annotators gave this act (TP + FN). */
  support: number;
  /** Turns the reader gave it (TP + FP). */
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  /** null when the reader never gave the act. */
  precision: number | null;
  /** null when the annotators never gave it. */
  recall: number | null;
  /** null only when neither side ever gave the act; 0 when one side did and they never met. */
  f1: number | null;
}

export interface ActAgreement {
  files: number;
  turns: number;
  /** Acts with at least this support count towards macro-F1. */
  minSupport: number;
  macroF1: number | null;
  /** How many acts macro-F1 averages. */
  macroActs: number;
  /** Lowest F1 first, among acts with enough support. */
  weakest: { act: string; f1: number }[];
  /** Every act, in the order given. */
  perAct: ActRow[];
}

export interface ActOptions {
  minSupport?: number;
  weakest?: number;
}

/** Five gold turns: fewer, and one turn moves F1 by 0.2 or more. */
export const MIN_SUPPORT = 5;
const WEAKEST = 5;

function rowOf(act: string, tp: number, fp: number, fn: number): ActRow {
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    act,
    support: tp + fn,
    predicted: tp + fp,
    tp,
    fp,
    fn,
    precision: round3(ratio(tp, tp + fp)),
    recall: round3(ratio(tp, tp + fn)),
    // 2TP / (2TP + FP + FN) is the harmonic mean where both exist, and 0 when they never met.
    f1: round3(ratio(2 * tp, 2 * tp + fp + fn)),
  };
}

const rawF1 = (r: ActRow): number => (2 * r.tp) / (2 * r.tp + r.fp + r.fn);

/** Counts each act once per turn on each side; acts outside `acts` are ignored. */
export function actAgreement(
  cases: readonly ActObservation[],
  acts: readonly string[],
  o: ActOptions = {},
): ActAgreement {
  const minSupport = o.minSupport ?? MIN_SUPPORT;
  const counts = new Map(acts.map((a) => [a, { tp: 0, fp: 0, fn: 0 }]));
  let turns = 0;
  for (const c of cases) {
    c.gold.forEach((goldActs, i) => {
      turns++;
      const gold = new Set(goldActs);
      const predicted = new Set(c.predicted[i] ?? []);
      for (const [act, n] of counts) {
        if (gold.has(act) && predicted.has(act)) n.tp++;
        else if (predicted.has(act)) n.fp++;
        else if (gold.has(act)) n.fn++;
      }
    });
  }
  const perAct = [...counts].map(([act, n]) => rowOf(act, n.tp, n.fp, n.fn));
  // Averaged and ranked unrounded; support ≥ 1 means 2TP + FP + FN > 0.
  const counted = perAct
    .filter((r) => r.support >= Math.max(1, minSupport))
    .map((r) => ({ act: r.act, support: r.support, f1: rawF1(r) }));
  const macro = counted.length === 0 ? null : counted.reduce((s, r) => s + r.f1, 0) / counted.length;
  const weakest = [...counted]
    .sort((a, b) => a.f1 - b.f1 || b.support - a.support || a.act.localeCompare(b.act))
    .slice(0, o.weakest ?? WEAKEST)
    .map((r) => ({ act: r.act, f1: round3(r.f1)! }));
  return { files: cases.length, turns, minSupport, macroF1: round3(macro), macroActs: counted.length, weakest, perAct };
}
