// The bad-input corpus (issue 9) through every reader: validate (scenario), batch (run file),
// score --rubric (rubric), score FILE and score - (transcript). Each answers with its documented
// exit code and a one-line `roleplay:` message, quickly, never a stack.
import { readFileSync, rmSync } from 'node:fs';
import type { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { bad, GOOD_TRANSCRIPT, generateCorpus, type GeneratedCorpus } from '../../support/bad-corpus.js';
import { fakeIo } from '../../support/fake-io.js';
import { ROOT } from '../../support/paths.js';
import { tempDir } from '../../support/spawn.js';

type Reader = 'validate' | 'batch' | 'rubric' | 'transcript' | 'stdin';
const READERS: Reader[] = ['validate', 'batch', 'rubric', 'transcript', 'stdin'];

const argvFor: Record<Reader, (file: string) => string[]> = {
  validate: (f) => ['validate', f],
  batch: (f) => ['batch', f, '--format', 'json', '--jobs', '1'],
  rubric: (f) => ['score', '--rubric', f, GOOD_TRANSCRIPT],
  transcript: (f) => ['score', f],
  stdin: () => ['score', '-'],
};

interface Case {
  name: string;
  /** A checked-in file (bad/...) or a generated one (gen/...). */
  file: string;
  /** Readers that must accept it (exit 0); every other reader refuses it with exit 3. */
  accepts?: Reader[];
  /** What the message says, for the readers it is aimed at. */
  says?: Partial<Record<Reader, RegExp>>;
}

const ALL_DATA = (re: RegExp): Partial<Record<Reader, RegExp>> => ({ validate: re, batch: re, rubric: re });

const CASES: Case[] = [
  {
    name: 'an empty file',
    file: 'bad/empty.yaml',
    says: { ...ALL_DATA(/file is empty/), transcript: /transcript is empty/, stdin: /transcript is empty/ },
  },
  {
    name: 'a binary file',
    file: 'bad/binary.yaml',
    says: { ...ALL_DATA(/not valid UTF-8/), transcript: /not valid UTF-8/ },
  },
  {
    name: '64 KB of random bytes',
    file: 'gen/random-bytes.yaml',
    says: { ...ALL_DATA(/not valid UTF-8/), stdin: /not valid UTF-8/ },
  },
  {
    name: 'invalid UTF-8',
    file: 'bad/invalid-utf8.yaml',
    says: { ...ALL_DATA(/not valid UTF-8/), transcript: /not valid UTF-8/, stdin: /not valid UTF-8/ },
  },
  { name: 'a YAML alias bomb', file: 'bad/alias-bomb.yaml', says: ALL_DATA(/Excessive alias count/) },
  {
    name: '1,000-deep YAML flow nesting',
    file: 'bad/deep-1000.yaml',
    says: { ...ALL_DATA(/:1:64: invalid YAML: nested deeper than 64 levels/), transcript: /turns\[0\]/ },
  },
  {
    name: '1,000-deep YAML block nesting',
    file: 'gen/deep-1000-block.yaml',
    says: ALL_DATA(/:65:65: invalid YAML: nested deeper than 64 levels/),
  },
  {
    name: '500,000-deep YAML flow nesting in 1 MB',
    file: 'gen/deep-1mb-flow.yaml',
    says: ALL_DATA(/nested deeper than 64 levels/),
  },
  {
    name: '1,000-deep JSON nesting',
    file: 'bad/deep-1000.json',
    says: {
      validate: /\(root\): expected object, got a list/,
      batch: /\[0\]: expected object/,
      transcript: /turns\[0\]/,
    },
  },
  {
    name: '100,000-deep JSON nesting',
    file: 'gen/deep-100k.json',
    says: { validate: /\(root\): expected object, got a list/, stdin: /turns\[0\]/ },
  },
  {
    name: 'duplicate YAML keys',
    file: 'bad/duplicate-keys.yaml',
    says: ALL_DATA(/:3:1: invalid YAML: Map keys must be unique/),
  },
  {
    name: 'duplicate JSON keys',
    file: 'bad/duplicate-keys.json',
    says: ALL_DATA(/:1:48: invalid JSON: duplicate key "name"/),
  },
  {
    name: 'a scalar where a mapping belongs',
    file: 'bad/scalar-root.yaml',
    says: ALL_DATA(/\(root\): expected object, got number/),
  },
  {
    name: 'a 5 MB single-line YAML file',
    file: 'gen/line-5mb.yaml',
    says: { ...ALL_DATA(/file is 5\.0 MB, over the 1\.0 MB limit/), transcript: /expected a speaker prefix/ },
  },
  {
    name: 'a 5 MB single-line JSON string',
    file: 'gen/line-5mb.json',
    says: {
      ...ALL_DATA(/over the 1\.0 MB limit/),
      transcript: /5,242,882 bytes, over the 5,242,880-byte limit/,
      stdin: /stdin is over the 5\.0 MB limit/,
    },
  },
  {
    name: 'a 5 MB single rep turn',
    file: 'gen/line-5mb-prefixed.txt',
    says: { transcript: /turn is 5,242,816 characters, over the 20,000 limit/, stdin: /over the 20,000 limit/ },
  },
  {
    name: 'a transcript just over 5 MB',
    file: 'gen/line-over-5mb.txt',
    says: { transcript: /over the 5,242,880-byte limit/, stdin: /over the 5\.0 MB limit/ },
  },
  {
    name: 'a 4 MB transcript of 2,000,000 numbers',
    file: 'gen/transcript-2m-numbers.json',
    says: { transcript: /turns\[19\]: Invalid input/, stdin: /turns\[0\]/ },
  },
  {
    name: 'a 4.8 MB transcript of 2,400,000 unlabelled lines',
    file: 'gen/transcript-2m-bare-lines.txt',
    says: { transcript: /:20: expected a speaker prefix/, validate: /over the 1\.0 MB limit/ },
  },
  {
    name: 'wrong types in every scenario field',
    file: 'bad/scenario-wrong-types.yaml',
    says: { validate: /id: expected string, got number/ },
  },
  {
    name: 'wrong types in every run field',
    file: 'bad/run-wrong-types.yaml',
    says: { batch: /11 problem\(s\)[\s\S]*name: expected string, got a list[\s\S]*unknown key "extra"/ },
  },
  {
    name: 'wrong types in every rubric field',
    file: 'bad/rubric-wrong-types.yaml',
    says: { rubric: /id: expected string, got number/ },
  },
  {
    name: 'wrong types in every transcript field',
    file: 'bad/transcript-wrong-types.json',
    says: {
      transcript: /turns\[0\]\.speaker: must be a string/,
      stdin: /turns\[1\]\.speaker: must be rep or customer/,
    },
  },
  {
    name: '100,000 wrong run turns',
    file: 'gen/run-100k-wrong-turns.json',
    says: { batch: /\(root\): holds over 100,000 values/, transcript: /turns\[0\]: Invalid input/ },
  },
  {
    name: 'a 1 MB JSON list of 500,000 numbers',
    file: 'gen/list-500k.json',
    says: { validate: /holds over 100,000 values/, batch: /holds over 100,000 values/, stdin: /turns\[0\]/ },
  },
  {
    name: 'a 1 MB YAML list of 260,000 items',
    file: 'gen/list-260k.yaml',
    says: ALL_DATA(/file holds over 20,000 lines and list items/),
  },
  {
    name: 'a 1 MB YAML flow list of 500,000 items',
    file: 'gen/flow-list-500k.yaml',
    says: ALL_DATA(/file holds over 20,000 lines and list items/),
  },
  {
    name: 'a scenario id with ../',
    file: 'bad/scenario-id-dotdot.yaml',
    says: { validate: /id: must be lowercase kebab-case/ },
  },
  {
    name: 'a scenario id with /',
    file: 'bad/scenario-id-slash.yaml',
    says: { validate: /id: must be lowercase kebab-case/ },
  },
  {
    name: 'a scenario id with NUL',
    file: 'bad/scenario-id-nul.yaml',
    says: { validate: /id: must be lowercase kebab-case/ },
  },
  {
    name: 'a scenario id with a Cyrillic look-alike',
    file: 'bad/scenario-id-cyrillic.yaml',
    says: { validate: /id: must be lowercase kebab-case/ },
  },
  {
    name: 'a run naming /etc/passwd through ../',
    file: 'bad/run-scenario-dotdot.yaml',
    says: { batch: /\/etc\/passwd: \(root\): expected object, got string/ },
  },
  {
    name: 'a run naming a Cyrillic look-alike id',
    file: 'bad/run-scenario-cyrillic.yaml',
    says: {
      batch:
        /unknown scenario "primary-c.re-hypertension-discovery" \(did you mean primary-care-hypertension-discovery/,
    },
  },
  {
    name: 'a run naming an id with NUL',
    file: 'bad/run-scenario-nul.yaml',
    says: { batch: /unknown scenario "primary-carehypertension"/ },
  },
  { name: 'a scenario with a BOM', file: 'bad/scenario-bom.yaml', accepts: ['validate'] },
  { name: 'a scenario with CRLF', file: 'bad/scenario-crlf.yaml', accepts: ['validate'] },
  { name: 'a run file with a BOM', file: 'bad/run-bom.yaml', accepts: ['batch'] },
  { name: 'a run file with CRLF', file: 'bad/run-crlf.yaml', accepts: ['batch'] },
  { name: 'a YAML rubric with a BOM', file: 'gen/rubric-bom.yaml', accepts: ['rubric'] },
  { name: 'a YAML rubric with CRLF', file: 'gen/rubric-crlf.yaml', accepts: ['rubric'] },
  { name: 'a JSON rubric with a BOM', file: 'gen/rubric-bom.json', accepts: ['rubric'] },
  { name: 'a text transcript with a BOM', file: 'bad/transcript-bom.txt', accepts: ['transcript', 'stdin'] },
  { name: 'a text transcript with CRLF', file: 'bad/transcript-crlf.txt', accepts: ['transcript', 'stdin'] },
  { name: 'a JSON transcript with a BOM', file: 'bad/transcript-bom.json', accepts: ['transcript', 'stdin'] },
];

let gen: GeneratedCorpus;
beforeAll(() => {
  gen = generateCorpus();
});
// About 40 MB of generated files: not left behind in the temp folder.
afterAll(() => rmSync(gen.dir, { recursive: true, force: true }));
const pathOf = (file: string) => (file.startsWith('gen/') ? gen.path(file.slice(4)) : bad(file.slice(4)));

async function read(reader: Reader, file: string) {
  const io = fakeIo();
  (io.stdin as PassThrough).end(reader === 'stdin' ? readFileSync(file) : '');
  const code = await main(argvFor[reader](file), io, { env: { ROLEPLAY_HOME: tempDir() }, cwd: ROOT });
  return { code, out: io.out(), err: io.err() };
}

describe('the bad-input corpus through every reader', () => {
  it.each(CASES)('answers $name with the documented code and one line per reader', async (c) => {
    for (const reader of READERS) {
      const r = await read(reader, pathOf(c.file));
      const at = `${c.file} via ${reader}`;
      expect(r.err, at).not.toMatch(/\n\s+at |internal error/);
      if (c.accepts?.includes(reader)) {
        expect({ at, code: r.code, err: r.err }).toEqual({ at, code: 0, err: '' });
        continue;
      }
      expect({ at, code: r.code, out: r.out }).toEqual({ at, code: 3, out: '' });
      expect(r.err.split('\n')[0], at).toMatch(/^roleplay: \S.*$/);
      const says = c.says?.[reader];
      if (says) expect(r.err, at).toMatch(says);
    }
  });
});

describe('a 100,000-turn transcript under 5 MB', () => {
  // Each format once: stdin for JSON and JSONL, where the format is told by the content alone; the
  // text format from a file here and both ways in tests/e2e/hardening-corpus.test.ts. Scoring 100,000
  // turns takes seconds, so the same reading is not repeated per reader.
  it.each([
    ['transcript-100k.txt', 'transcript'],
    ['transcript-100k.json', 'stdin'],
    ['transcript-100k.jsonl', 'stdin'],
  ] as const)(
    'scores %s via %s',
    async (name, reader) => {
      const r = await read(reader, gen.path(name));
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      expect(r.out).toContain('Overall');
      // The test's timeout guards against a hang or a quadratic blow-up (100,000 turns squared would
      // take hours); speed is tests/bench/scoring.mjs's.
    },
    180_000,
  );
});
