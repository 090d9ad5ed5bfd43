// The generated half of the bad-input corpus (issue 9): files too large or too odd to commit,
// written to a temp dir at test time. The small half is checked in under tests/fixtures/bad/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { DEFAULT_RUBRIC } from '../../src/scoring/index.js';
import { ROOT } from './paths.js';
import { tempDir } from './spawn.js';

export const BAD = resolve(ROOT, 'tests/fixtures/bad');
export const GOOD_SCENARIO = resolve(ROOT, 'tests/fixtures/scenarios/good/test-clinic-visit.yaml');
export const GOOD_TRANSCRIPT = resolve(BAD, 'transcript-crlf.txt');
export const MB = 1024 * 1024;

export const bad = (name: string): string => join(BAD, name);

/** 100,000 alternating turns: 2 MB as text, 4 MB as JSON, under the 5 MB cap, so they must score. */
export function manyTurns(n = 100_000): { speaker: string; text: string }[] {
  return Array.from({ length: n }, (_, i) =>
    i % 2 === 0 ? { speaker: 'rep', text: `Why dose ${i}?` } : { speaker: 'hcp', text: 'They forget.' },
  );
}

export interface GeneratedCorpus {
  dir: string;
  path(name: string): string;
}

/** Writes every generated file once; each name says what it holds. */
export function generateCorpus(): GeneratedCorpus {
  const dir = tempDir('roleplay-bad-');
  const write = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  const line = 'a'.repeat(5 * MB);
  write('line-5mb.yaml', line);
  write('line-5mb.json', `"${line}"`);
  write('line-5mb-prefixed.txt', `Rep: ${'a'.repeat(5 * MB - 64)}`);
  write('line-over-5mb.txt', `Rep: ${line}`);
  write('deep-1000-block.yaml', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'));
  write('deep-1mb-flow.yaml', `${'['.repeat(500_000)}${']'.repeat(500_000)}`);
  write('deep-100k.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  write('random-bytes.yaml', randomBytes(64 * 1024));
  const turns = manyTurns();
  write('transcript-100k.txt', turns.map((t) => `${t.speaker === 'rep' ? 'Rep' : 'HCP'}: ${t.text}`).join('\n'));
  write('transcript-100k.json', JSON.stringify(turns));
  write('transcript-100k.jsonl', turns.map((t) => JSON.stringify(t)).join('\n'));
  const rubric = stringify(DEFAULT_RUBRIC);
  write('rubric-bom.yaml', `\uFEFF${rubric}`);
  write('rubric-crlf.yaml', rubric.replace(/\n/g, '\r\n'));
  write('rubric-bom.json', `\uFEFF${JSON.stringify(DEFAULT_RUBRIC)}`);
  write(
    'run-100k-wrong-turns.json',
    JSON.stringify({ name: 'n', scenario: 'test-clinic-visit', turns: Array(100_000).fill(7) }),
  );
  write('list-500k.json', JSON.stringify(Array(500_000).fill(1)));
  write('list-260k.yaml', '- 1\n'.repeat(260_000));
  write('transcript-2m-numbers.json', JSON.stringify(Array(2_000_000).fill(1)));
  write('transcript-2m-bare-lines.txt', 'a\n'.repeat(2_400_000));
  write('flow-list-500k.yaml', `[${'1,'.repeat(500_000)}]`);
  write('scenario-good.yaml', readFileSync(GOOD_SCENARIO));
  return { dir, path: (name) => join(dir, name) };
}

/** Deterministic noise with NULs and invalid UTF-8 in it (a seeded LCG, not crypto). */
function randomBytes(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}
