// How much of a span the rep copied word for word from the HCP, with "my" and "your" treated alike
// ("most of mine are" ~ "most of your patients are"): runs of three words or more count as copied.
import type { Said } from './said.js';
import { currentGeneration, MAX_ID, wordInfo } from './vocabulary.js';

/** An n-gram of word ids as one number: exact for n ≤ 3, as ids stay below MAX_ID (2^17). */
function gramAt(ids: readonly number[], i: number, n: number): number {
  let g = 0;
  for (let k = 0; k < n; k++) g = g * MAX_ID + ids[i + k]!;
  return g;
}

/** A turn's word ids and n-grams, kept on the turn (Said.copy): a WeakMap lookup cost more than the check. */
export interface CopyIds {
  generation: number;
  ids: number[];
  grams: Map<number, Set<number>>;
}

/** The turn's word ids; a turn read before the vocabulary was last emptied is looked up again. */
function idsOf(s: Said): CopyIds {
  const generation = currentGeneration();
  let c = s.copy;
  if (c === undefined || c.generation !== generation) {
    const ids =
      s.text.generation === generation ? s.text.tokens.map((t) => t.id) : s.text.tokens.map((t) => wordInfo(t.w).id);
    s.copy = c = { generation, ids, grams: new Map() };
  }
  return c;
}

/** The HCP turn's word n-grams (n = run length), built once per turn. */
function gramsOf(s: Said, n: number): Set<number> {
  const c = idsOf(s);
  let g = c.grams.get(n);
  if (g === undefined) {
    g = new Set<number>();
    for (let i = 0; i + n <= c.ids.length; i++) g.add(gramAt(c.ids, i, n));
    c.grams.set(n, g);
  }
  return g;
}

/** Share of tokens [t0, t1) of `rep` inside a run of `n`+ words that one of `sources` also says. */
export function copiedShare(rep: Said, t0: number, t1: number, sources: readonly Said[], n: number): number {
  const len = t1 - t0;
  if (len < n || sources.length === 0 || n > 3) return 0;
  const ids = idsOf(rep).ids;
  const sets = sources.map((s) => gramsOf(s, n));
  let covered = 0;
  let reach = t0;
  for (let i = t0; i + n <= t1; i++) {
    if (!saidIn(sets, gramAt(ids, i, n))) continue;
    covered += i + n - Math.max(reach, i);
    reach = i + n;
  }
  return covered / len;
}

/** Whether one of the turns' n-gram sets holds g (a loop: a closure per n-gram cost more than the lookups). */
function saidIn(sets: readonly Set<number>[], g: number): boolean {
  for (const set of sets) if (set.has(g)) return true;
  return false;
}
