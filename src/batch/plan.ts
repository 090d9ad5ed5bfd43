// The full expanded run list (files × runs × repeats), then --filter and --shard picks from it.
import { UsageError } from '../errors.js';
import type { LoadedRun } from './load.js';

/** One run to play: `index` is its position in the full expanded list, stable across filters and shards. */
export interface PlannedRun {
  index: number;
  /** 1-based repetition under --repeat. */
  repetition: number;
  seed: number;
  run: LoadedRun;
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface PlanOptions {
  repeat?: number;
  /** --seed: replaces every run's seed. */
  seed?: number;
  /** Keep runs that have any of these tags. */
  tags?: readonly string[];
  shard?: Shard;
}

/** Runs in input order; a repetition gets the next seed so repeats are different conversations. */
export function planRuns(runs: readonly LoadedRun[], o: PlanOptions = {}): PlannedRun[] {
  const repeat = o.repeat ?? 1;
  const all: PlannedRun[] = [];
  for (const run of runs) {
    const base = o.seed ?? run.seed ?? seedFromName(run.name);
    for (let r = 1; r <= repeat; r++) all.push({ index: all.length, repetition: r, seed: base + r - 1, run });
  }
  const tags = o.tags ?? [];
  if (tags.length > 0 && !all.some((p) => p.run.tags.some((t) => tags.includes(t)))) {
    throw new UsageError(
      `no run has the tag${tags.length > 1 ? 's' : ''} ${tags.map((t) => `"${t}"`).join(', ')}`,
      '--filter',
    );
  }
  return all
    .filter((p) => tags.length === 0 || p.run.tags.some((t) => tags.includes(t)))
    .filter((p) => inShard(p.index, o.shard));
}

/** Split by position in the full list, so shards 1..n of the same files cover every run exactly once. */
export const inShard = (index: number, shard: Shard | undefined): boolean =>
  !shard || index % shard.count === shard.index - 1;

/** A run without a seed still plays the same conversation every time: FNV-1a of its name. */
export function seedFromName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 1) + 1;
}

/** `--shard i/n` with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count || count > 10_000) {
    throw new UsageError(
      `--shard must be i/n with 1 ≤ i ≤ n, got "${text}"`,
      '--shard',
      'e.g. --shard 1/4 on the first of four CI jobs',
    );
  }
  return { index, count };
}
