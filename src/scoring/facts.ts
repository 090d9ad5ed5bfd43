// What the metrics read: the Reading of the conversation, with lookups by act and evidence quotes.
import type { Evidence, Turn } from '../types.js';
import { hasAct, type Act, type Reading, type TurnReading } from '../understand/index.js';
import { cutQuote, shortQuote } from '../understand/index.js';
import { MAX_EVIDENCE } from './component.js';
import type { Rubric } from './rubric-schema.js';

export interface Facts {
  rubric: Rubric;
  turns: readonly Turn[];
  reading: Reading;
  rep: readonly TurnReading[];
  hcp: readonly TurnReading[];
}

export function factsOf(turns: readonly Turn[], reading: Reading, rubric: Rubric): Facts {
  return {
    rubric,
    turns,
    reading,
    rep: reading.turns.filter((t) => t.speaker === 'rep'),
    hcp: reading.turns.filter((t) => t.speaker === 'customer'),
  };
}

/** Turns (of either side) with the act. */
export function withAct(f: Facts, act: Act, side: 'rep' | 'hcp' = 'rep'): TurnReading[] {
  return (side === 'rep' ? f.rep : f.hcp).filter((t) => hasAct(t, act));
}

/** Evidence for the act in the first of the turns: the turn and the words that made it. Components
 * show the earliest few quotes, so the rest of a 10,000-turn transcript is never quoted. */
export function evidenceOf(turns: readonly TurnReading[], act: Act): Evidence[] {
  const out: Evidence[] = [];
  for (const t of turns) {
    if (out.length >= MAX_EVIDENCE) break;
    const a = t.acts.find((x) => x.act === act);
    // The reader's quotes are already single-spaced and trimmed: only the shorter cut is left.
    if (a !== undefined) out.push({ turn: t.i, quote: cutQuote(a.evidence.quote) });
  }
  return out;
}

/** Evidence for each of the acts in turn, one list after another (a loop: flatMap cost more than the metric). */
export function evidenceOfEach(turns: readonly TurnReading[], acts: readonly Act[]): Evidence[] {
  const out: Evidence[] = [];
  for (const act of acts) out.push(...evidenceOf(turns, act));
  return out;
}

/** A quote of a whole turn, for turns that count by what they lack. */
export function quoteTurn(f: Facts, i: number): Evidence {
  return { turn: i, quote: shortQuote(f.turns[i]?.text ?? '') };
}

export const turnsOf = (turns: readonly TurnReading[]): number[] => turns.map((t) => t.i);

/** The reason an act fired in turn i, for rationales ("gets the HCP backwards on 'safety'"). */
export function whyOf(t: TurnReading, act: Act): string | undefined {
  return t.acts.find((a) => a.act === act)?.evidence.why;
}
