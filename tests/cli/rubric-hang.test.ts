// No rubric can hang the scorer (issue 13). Rubric phrases are words, never regular expressions,
// so the patterns that passed the old ReDoS guard and hung `score --rubric` / `batch --rubric` are
// read as plain words (or refused by the phrase limits) and finish in well under a second. The limit
// below is five seconds: a hang is minutes, and a busy two-core machine must not fail a guard.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { DEFAULT_RUBRIC } from '../../src/scoring/index.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

const PATTERNS = ['(\\d+){1,99}x', '(\\d|\\d\\d){1,99}x', '\\d*\\d*\\d*\\d*\\d*\\d*x'];
/** What those patterns backtrack on, and words they read as. */
const BAIT = `${'1'.repeat(40)}y d 1 99 x ${'d '.repeat(30)}x`;
const LIMIT_MS = 5000;

let dir: string;
let transcript: string;
let runFile: string;

beforeAll(async () => {
  dir = tempDir('roleplay-rubric-hang-');
  transcript = join(dir, 't.txt');
  writeFileSync(
    transcript,
    Array.from({ length: 20 }, (_, i) => `${i % 2 ? 'HCP' : 'Rep'}: ${BAIT} what matters ${i}?`).join('\n'),
  );
  runFile = join(dir, 'run.yaml');
  writeFileSync(
    runFile,
    stringify({ name: 'bait', scenario: 'primary-care-hypertension-discovery', turns: [BAIT, `${BAIT}?`] }),
  );
  // Loads every module once, so the timings below are the rubric's and the scorer's.
  const warm = rubricWith([], 'warm');
  await cli(['score', transcript, '--rubric', warm]);
  await cli(['batch', runFile, '--rubric', warm]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]) {
  const io = fakeIo();
  const started = performance.now();
  const code = await main(argv, io, { env: { ROLEPLAY_HOME: dir }, cwd: ROOT });
  return { code, err: io.err(), ms: performance.now() - started };
}

/**
 * The built-in rubric with `phrases` added to every rep and HCP list: the widest exposure. As JSON:
 * parsing the same 1,200 lines as YAML alone takes 0.7 s on a busy core, whatever the phrases.
 */
function rubricWith(phrases: readonly string[], name: string): string {
  const r = structuredClone(DEFAULT_RUBRIC) as unknown as {
    lexicon: { rep: Record<string, string[]>; hcp: Record<string, string[]> };
  };
  for (const side of [r.lexicon.rep, r.lexicon.hcp])
    for (const list of Object.keys(side)) side[list] = [...side[list]!, ...phrases];
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(r));
  return file;
}

describe('the patterns that hung the old guard', () => {
  it.each(
    PATTERNS.flatMap((pattern, i) => [
      {
        pattern,
        command: 'score',
        argv: (rubric: string) => ['score', transcript, '--rubric', rubric],
        code: i < 2 ? 0 : 3,
        i,
      },
      {
        pattern,
        command: 'batch',
        argv: (rubric: string) => ['batch', runFile, '--rubric', rubric],
        code: i < 2 ? 0 : 3,
        i,
      },
    ]),
  )(
    '$command --rubric with $pattern finishes in seconds, not minutes (exit $code)',
    async ({ argv, code, i, command }) => {
      const r = await cli(argv(rubricWith([PATTERNS[i]!], `p${i}-${command}`)));
      expect({ code: r.code, err: r.code === 3 ? '' : r.err }).toEqual({ code, err: '' });
      if (code === 3) expect(r.err).toContain('phrase has 13 words; at most 12');
      expect(r.ms).toBeLessThan(LIMIT_MS);
    },
  );
});

const REGEX_BITS = [
  '(',
  ')',
  '\\d',
  '\\w',
  '+',
  '*',
  '?',
  '{1,99}',
  '|',
  'x',
  'a',
  '.',
  '[a-z]',
  '^',
  '$',
  "'",
  "don't",
  ' ',
  '#',
  '1',
  '99',
];

describe('generated regex-looking rubric phrases', () => {
  it('never keep `score --rubric` busy for a second, whether read or refused', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.constantFrom(...REGEX_BITS), { minLength: 1, maxLength: 24 }).map((b) => b.join('')),
          { minLength: 1, maxLength: 12 },
        ),
        async (phrases) => {
          const r = await cli(['score', transcript, '--rubric', rubricWith(phrases, `fuzz-${n++}`)]);
          expect([0, 3]).toContain(r.code);
          expect(r.ms).toBeLessThan(LIMIT_MS);
        },
      ),
      { numRuns: 25, seed: 13 },
    );
  }, 60_000);
});
