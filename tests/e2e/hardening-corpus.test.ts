// The bad-input corpus through the built binary (issue 9): a real process refuses each file with
// its exit code and one line, in about a second, inside a 64 MB heap, never with a stack.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bad, GOOD_TRANSCRIPT, generateCorpus, type GeneratedCorpus } from '../support/bad-corpus.js';
import { pool } from '../support/pool.js';
import { runBin } from '../support/spawn.js';

/** Old-space cap for every refusal: reading past a size limit or building every zod issue would not fit. */
const HEAP = ['--max-old-space-size=64'];

let gen: GeneratedCorpus;
beforeAll(() => {
  gen = generateCorpus();
});
// About 40 MB of generated files: not left behind in the temp folder.
afterAll(() => rmSync(gen.dir, { recursive: true, force: true }));

const CASES: {
  name: string;
  argv: (g: GeneratedCorpus) => string[];
  stdin?: (g: GeneratedCorpus) => Buffer;
  says: RegExp;
}[] = [
  {
    name: 'validate of a 5 MB single line',
    argv: (g) => ['validate', g.path('line-5mb.yaml')],
    says: /file is 5\.0 MB, over the 1\.0 MB limit/,
  },
  {
    name: 'validate of /dev/zero (stat says 0 bytes)',
    argv: () => ['validate', '/dev/zero'],
    says: /\/dev\/zero: is a character device, expected a regular file/,
  },
  {
    name: 'score of /dev/zero',
    argv: () => ['score', '/dev/zero'],
    says: /cannot read transcript: is a character device, expected a regular file/,
  },
  {
    name: 'score of 5 MB + 5 bytes on stdin',
    argv: () => ['score', '-'],
    stdin: (g) => readFileSync(g.path('line-over-5mb.txt')),
    says: /transcript on stdin is over the 5\.0 MB limit/,
  },
  {
    name: 'score of random bytes on stdin',
    argv: () => ['score', '-'],
    stdin: (g) => readFileSync(g.path('random-bytes.yaml')),
    says: /transcript is not valid UTF-8 text \(stdin\)/,
  },
  {
    name: 'batch of 500,000-deep YAML',
    argv: (g) => ['batch', g.path('deep-1mb-flow.yaml')],
    says: /nested deeper than 64 levels/,
  },
  {
    name: 'batch of a 500,000-item JSON list',
    argv: (g) => ['batch', g.path('list-500k.json')],
    says: /holds over 100,000 values/,
  },
  {
    name: 'validate of a 260,000-item YAML list',
    argv: (g) => ['validate', g.path('list-260k.yaml')],
    says: /over 20,000 lines and list items/,
  },
  {
    name: 'score of 2,000,000 numbers as a transcript',
    argv: (g) => ['score', g.path('transcript-2m-numbers.json')],
    says: /turns\[0\]: Invalid input/,
  },
  {
    name: 'score --rubric of an alias bomb',
    argv: () => ['score', '--rubric', bad('alias-bomb.yaml'), GOOD_TRANSCRIPT],
    says: /Excessive alias count/,
  },
  {
    name: 'validate of invalid UTF-8',
    argv: () => ['validate', bad('invalid-utf8.yaml')],
    says: /not valid UTF-8 text/,
  },
  {
    name: 'validate of a NUL in an id',
    argv: () => ['validate', bad('scenario-id-nul.yaml')],
    says: /id: must be lowercase kebab-case/,
  },
];

describe('the corpus through the built binary', () => {
  it('refuses every case with exit 3 and one line, inside a 64 MB heap', async () => {
    const results = await pool(CASES, 2, (c) =>
      runBin(c.argv(gen), { nodeArgs: HEAP, input: c.stdin?.(gen), timeoutMs: 10_000 }),
    );
    for (const [i, r] of results.entries()) {
      const c = CASES[i]!;
      expect({ at: c.name, code: r.code, stdout: r.stdout }).toEqual({ at: c.name, code: 3, stdout: '' });
      expect(r.stderr.split('\n')[0], c.name).toMatch(/^roleplay: \S/);
      expect(r.stderr, c.name).toMatch(c.says);
      expect(r.stderr, c.name).not.toMatch(/\n\s+at |internal error|heap out of memory/);
    }
  });

  it('scores a 100,000-turn transcript under 5 MB from a file and from stdin', async () => {
    for (const input of [undefined, readFileSync(gen.path('transcript-100k.txt'))]) {
      const r = await runBin(['--json', 'score', input ? '-' : gen.path('transcript-100k.txt')], {
        input,
        timeoutMs: 60_000,
      });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { metricResults: unknown[] }).metricResults).toHaveLength(8);
      // The test's timeout guards against a hang; tests/bench/scoring.mjs tracks speed.
    }
  }, 180_000);
});
