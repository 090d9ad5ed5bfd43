// Planning: the full expanded list, seeds, --filter, and shards that cover every run exactly once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { parseShard, planRuns, seedFromName } from '../../../src/batch/index.js';
import { aLoadedRun } from './builders.js';

const runs = (n: number) => Array.from({ length: n }, (_, i) => aLoadedRun({ name: `run ${i}`, seed: i * 10 }));

describe('planRuns', () => {
  it('keeps input order and numbers runs by position', () => {
    expect(planRuns(runs(3)).map((p) => [p.index, p.run.name])).toEqual([
      [0, 'run 0'],
      [1, 'run 1'],
      [2, 'run 2'],
    ]);
  });

  it('repeats each run in place with the next seeds', () => {
    expect(planRuns(runs(2), { repeat: 3 }).map((p) => [p.run.name, p.repetition, p.seed])).toEqual([
      ['run 0', 1, 0],
      ['run 0', 2, 1],
      ['run 0', 3, 2],
      ['run 1', 1, 10],
      ['run 1', 2, 11],
      ['run 1', 3, 12],
    ]);
  });

  it('lets --seed replace the seed of every run', () => {
    expect(planRuns(runs(2), { seed: 7 }).map((p) => p.seed)).toEqual([7, 7]);
  });

  it('derives the same seed from the name when a run has none', () => {
    const [a] = planRuns([aLoadedRun({ name: 'no seed', seed: undefined })]);
    expect(a!.seed).toBe(seedFromName('no seed'));
    expect(seedFromName('no seed')).not.toBe(seedFromName('no seed 2'));
  });

  it('keeps only runs with a filtered tag, with their indexes from the full list', () => {
    const tagged = [
      aLoadedRun({ name: 'a', tags: ['weak'] }),
      aLoadedRun({ name: 'b', tags: ['strong'] }),
      aLoadedRun({ name: 'c', tags: ['strong', 'smoke'] }),
    ];
    expect(planRuns(tagged, { tags: ['strong'] }).map((p) => [p.index, p.run.name])).toEqual([
      [1, 'b'],
      [2, 'c'],
    ]);
  });

  it('refuses a filter no run matches, so a typo does not pass as an empty green suite', () => {
    expect(() => planRuns(runs(2), { tags: ['strnog'] })).toThrow(UsageError);
  });

  it('splits by position: shard 2 of 3 takes every third run from the second', () => {
    expect(planRuns(runs(7), { shard: { index: 2, count: 3 } }).map((p) => p.index)).toEqual([1, 4]);
  });

  it('covers every run exactly once across the shards of any split', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (n, count, repeat) => {
          const all = planRuns(runs(n), { repeat }).map((p) => p.index);
          const sharded = Array.from({ length: count }, (_, i) =>
            planRuns(runs(n), { repeat, shard: { index: i + 1, count } }).map((p) => p.index),
          );
          expect(sharded.flat().sort((a, b) => a - b)).toEqual(all);
        },
      ),
    );
  });
});

describe('parseShard', () => {
  it.each([
    { text: '1/2', out: { index: 1, count: 2 } },
    { text: '2/2', out: { index: 2, count: 2 } },
    { text: '1/1', out: { index: 1, count: 1 } },
  ])('reads $text', ({ text, out }) => expect(parseShard(text)).toEqual(out));

  it.each(['3/2', '0/2', '1/0', '1', 'a/b', '-1/2', '1/2/3', ''])('refuses "%s" as a usage error', (text) => {
    expect(() => parseShard(text)).toThrow(UsageError);
  });
});
