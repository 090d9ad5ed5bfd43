// Fuzz (issue 9): whatever text comes in, the transcript parser, the scenario and run-file
// loaders and the scorer answer with data or a list of problems; none of them throws.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRunFile } from '../../../src/batch/run-file.js';
import { parseDataText, validate, type Parsed } from '../../../src/data-file.js';
import { ScenarioSchema } from '../../../src/scenario/schema.js';
import { DEFAULT_RUBRIC, parseTranscript, scoreTranscript } from '../../../src/scoring/index.js';
import type { Turn } from '../../../src/types.js';
import { GOOD_SCENARIO } from '../../support/bad-corpus.js';

const RUNS = { numRuns: 150 };
const GOOD: Record<string, unknown> = parse(readFileSync(GOOD_SCENARIO, 'utf8'));
const GOOD_RUN = {
  name: 'r',
  scenario: 'test-clinic-visit',
  turns: ['What matters most to you?'],
  expect: { minOverall: 2 },
};

/** Text that looks like YAML, JSON or a transcript often enough to get past the first check. */
const PIECES = [
  'Rep:',
  'HCP:',
  'Dr. Lee:',
  'customer:',
  '\n',
  '\r\n',
  '- ',
  ': ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '&a ',
  '*a',
  '#',
  '\t',
  '\uFEFF',
  '\u0000',
  '\u001b]0;x\u0007',
  '\u202E',
  'id',
  'turns',
  'speaker',
  'text',
  'rep',
  '42',
  'null',
  '?',
];
const structuredText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((p) => p.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), structuredText);

/** A valid document with one value somewhere replaced by anything JSON can hold. */
function mutated(base: Record<string, unknown>) {
  return fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue({ maxDepth: 3 }))
    .map(([picks, value]) => {
      const doc = structuredClone(base);
      let node: Record<string, unknown> = doc;
      for (const [i, pick] of picks.entries()) {
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[pick % keys.length]!;
        const child = node[key];
        if (i === picks.length - 1 || child === null || typeof child !== 'object') {
          node[key] = value;
          break;
        }
        node = child as Record<string, unknown>;
      }
      return doc;
    });
}

const isParsed = (r: Parsed<unknown>) =>
  r.ok
    ? r.value !== undefined
    : r.problems.length > 0 && r.problems.every((p) => typeof p === 'string' && p.length > 0);

describe('parseTranscript', () => {
  it('returns turns or problems for any text, never throwing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseTranscript(text, 'fuzz');
        if (r.ok)
          expect(
            r.turns.every((t) => (t.speaker === 'rep' || t.speaker === 'customer') && typeof t.text === 'string'),
          ).toBe(true);
        else expect(r.problems.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('returns turns or problems for any JSON value', () => {
    const turnish = fc.record(
      {
        speaker: fc.oneof(fc.constantFrom('rep', 'HCP', 'user', 'assistant'), fc.jsonValue()),
        text: fc.oneof(fc.string(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const value = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.array(turnish), fc.record({ turns: fc.array(turnish) }));
    fc.assert(
      fc.property(value, fc.boolean(), (v, asLines) => {
        const text =
          asLines && Array.isArray(v) ? v.map((x) => JSON.stringify(x)).join('\n') : (JSON.stringify(v) ?? '');
        const r = parseTranscript(text, 'fuzz.json');
        expect(r.ok || r.problems.length > 0).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('the scenario loader (parseDataText, then the schema)', () => {
  it.each(['f.yaml', 'f.json'])('answers any text in %s with a value or problems', (file) => {
    fc.assert(
      fc.property(anyText, (text) => {
        const data = parseDataText(text, file);
        expect(isParsed(data)).toBe(true);
        if (data.ok) expect(isParsed(validate(ScenarioSchema, data.value, file))).toBe(true);
      }),
      RUNS,
    );
  });

  it('answers a valid scenario with any one value replaced by a scenario or a problem list', () => {
    fc.assert(
      fc.property(mutated(GOOD), fc.boolean(), (doc, asJson) => {
        const file = asJson ? 'f.json' : 'f.yaml';
        const data = parseDataText(asJson ? JSON.stringify(doc) : stringify(doc), file);
        expect(data.ok).toBe(true);
        expect(isParsed(validate(ScenarioSchema, data.ok ? data.value : null, file))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('the run-file loader', () => {
  it('answers any text with runs or problems', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const data = parseDataText(text, 'r.yaml');
        if (data.ok) expect(isParsed(parseRunFile(data.value, 'r.yaml') as Parsed<unknown>)).toBe(true);
      }),
      RUNS,
    );
  });

  it('answers a valid run with any one value replaced, alone or in a list', () => {
    fc.assert(
      fc.property(mutated(GOOD_RUN), fc.constantFrom('one', 'list', 'wrapped'), (run, shape) => {
        const value =
          shape === 'one' ? run : shape === 'list' ? [run, { ...GOOD_RUN, name: 'other' }] : { runs: [run] };
        expect(isParsed(parseRunFile(value, 'r.yaml') as Parsed<unknown>)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('the scorer', () => {
  it('scores any conversation: eight metrics, overall null or from 1 to 5', () => {
    const turn = fc.record({ speaker: fc.constantFrom<Turn['speaker']>('rep', 'customer'), text: anyText });
    fc.assert(
      fc.property(fc.array(turn, { maxLength: 16 }), (turns) => {
        const card = scoreTranscript(turns, DEFAULT_RUBRIC);
        expect(card.metricResults).toHaveLength(8);
        if (card.overallScore !== null) {
          expect(card.overallScore).toBeGreaterThanOrEqual(1);
          expect(card.overallScore).toBeLessThanOrEqual(5);
        }
      }),
      { numRuns: 100 },
    );
  });
});
