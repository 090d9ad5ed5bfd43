// The HCP reads each new turn in the context of the whole call, twice a step (the rep's turn, then
// its own reply). Reading the call again from the first turn each time made a session quadratic in
// its length; a reader that has already read a prefix of the call goes on from where it stopped.
// Reading is a function of the turns alone, so going on gives the readings a fresh read gives.
import type { Turn } from '../types.js';
import { Reader } from './read.js';
import type { TurnReading } from './types.js';

type Spoken = Pick<Turn, 'speaker' | 'text'>;

interface Kept {
  reader: Reader;
  /** The turns the reader has read, in order. */
  read: Spoken[];
}

/** Calls in flight at once (serve runs many sessions in one process); the least recently used goes first. */
const KEPT = 16;
const kept: Kept[] = [];

/** Whether `k` and `turns` agree as far as both go: one is the start of the other. */
function agrees(k: Kept, turns: readonly Spoken[]): boolean {
  // From the newest turn back: two calls part at their latest turns, not their greetings.
  for (let i = Math.min(k.read.length, turns.length) - 1; i >= 0; i--) {
    const a = k.read[i]!;
    const b = turns[i]!;
    if (a.speaker !== b.speaker || a.text !== b.text) return false;
  }
  return true;
}

/** The readings of every turn of `turns`, read in order; the readings of the default lexicon. */
export function readTurns(turns: readonly Spoken[]): readonly TurnReading[] {
  let at = -1;
  let most = -1;
  for (let i = 0; i < kept.length; i++) {
    const shared = Math.min(kept[i]!.read.length, turns.length);
    if (shared > most && agrees(kept[i]!, turns)) [at, most] = [i, shared];
  }
  const k = at >= 0 ? kept.splice(at, 1)[0]! : { reader: new Reader(), read: [] };
  for (let i = k.read.length; i < turns.length; i++) {
    const { speaker, text } = turns[i]!;
    k.reader.read({ speaker, text });
    k.read.push({ speaker, text });
  }
  kept.unshift(k);
  if (kept.length > KEPT) kept.pop();
  // A copy: the kept reader goes on adding readings to its own list.
  return k.reader.reading.turns.slice(0, turns.length);
}
