// How much of a span the rep copied word for word from the HCP, with "my" and "your" treated alike
// ("most of mine are" ~ "most of your patients are"): runs of three words or more count as copied.
import type { Said } from './said.js';

const PERSON: Readonly<Record<string, string>> = {
  i: 'P', you: 'P', me: 'P', we: 'P', us: 'P',
  my: 'Q', your: 'Q', our: 'Q', mine: 'R', yours: 'R', ours: 'R',
  "i'm": 'PB', "you're": 'PB', "we're": 'PB', "i'll": 'PW', "you'll": 'PW', "we'll": 'PW',
  "i've": 'PH', "you've": 'PH', "we've": 'PH', "i'd": 'PD', "you'd": 'PD', "we'd": 'PD', am: 'B', are: 'B',
};

/** Words as small integers, so an n-gram is one number instead of a joined string. */
const IDS = new Map<string, number>();
const MAX_IDS = 1 << 16;
/** Bumped when the id table is reset, so no turn compares ids from two tables. */
let generation = 0;
const idOf = (w: string): number => {
  const key = PERSON[w] ?? w;
  let id = IDS.get(key);
  if (id === undefined) IDS.set(key, (id = IDS.size + 1));
  return id;
};

/** Resets happen only between comparisons, with room left for any one comparison's new words. */
function makeRoom(): void {
  if (IDS.size < MAX_IDS / 2) return;
  IDS.clear();
  generation++;
}

const BASE = MAX_IDS + 1;
/** An n-gram of ids as one number: exact for n ≤ 3 while ids stay below 2^16 (makeRoom leaves 32k ids per comparison). */
function gramAt(ids: readonly number[], i: number, n: number): number {
  let g = 0;
  for (let k = 0; k < n; k++) g = g * BASE + ids[i + k]!;
  return g;
}

interface Ids {
  generation: number;
  ids: number[];
  grams: Map<number, Set<number>>;
}

const cache = new WeakMap<Said, Ids>();

function idsOf(s: Said): Ids {
  let c = cache.get(s);
  if (c === undefined || c.generation !== generation) cache.set(s, (c = { generation, ids: s.text.tokens.map((t) => idOf(t.w)), grams: new Map() }));
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
  makeRoom();
  const ids = idsOf(rep).ids;
  const sets = sources.map((s) => gramsOf(s, n));
  let covered = 0;
  let reach = t0;
  for (let i = t0; i + n <= t1; i++) {
    const g = gramAt(ids, i, n);
    if (!sets.some((set) => set.has(g))) continue;
    covered += i + n - Math.max(reach, i);
    reach = i + n;
  }
  return covered / len;
}
