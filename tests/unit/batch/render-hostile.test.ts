// Hostile text in batch reports (issue 13): every human-facing format drops escape sequences,
// controls and bidi characters from every field, metric ids included; JSON keeps them exact but inert.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, renderReport } from '../../../src/render/batch/index.js';
import { aReport, aRunResult } from './builders.js';

/** What must never reach a terminal, a CI page or a spreadsheet raw. */
const ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const EVIL =
  '\u001b]0;TITLE\u0007 \u001b[31mred\u001b[0m \u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\ \u202Eevil\u202C \u009b2J \u2066iso\u2069 \u200Fm\u061C \r';

const hostileReport = () =>
  aReport([
    aRunResult({
      name: `run ${EVIL}`,
      file: `runs/${EVIL}.yaml`,
      scenario: `s${EVIL}`,
      passed: false,
      failures: [`reason ${EVIL}`],
      band: `Strong${EVIL}` as never,
      endReason: `x${EVIL}` as never,
      endedEarly: `y${EVIL}` as never,
      metrics: { [`id${EVIL}`]: 3 },
    }),
  ]);

const HUMAN = REPORT_FORMATS.filter((f) => f !== 'json' && f !== 'jsonl');

describe('batch reports for people', () => {
  it.each(HUMAN)('leave no escape, control or bidi character in %s, and keep the words', (format) => {
    const text = renderReport(format, hostileReport());
    // CSV ends records with CRLF by RFC 4180, and JUnit has its own line ends: only those CRs may stay.
    expect(text.replace(/\r\n/g, '\n')).not.toMatch(ACTIVE);
    expect(text).toContain('link');
    expect(text).toContain('evil');
  });

  it.each(HUMAN)('never show an active character in %s, whatever the run name holds', (format) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        const text = renderReport(format, aReport([aRunResult({ name, failures: [name], passed: false })]));
        expect(text.replace(/\r\n/g, '\n')).not.toMatch(ACTIVE);
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});

describe('batch reports as JSON', () => {
  it.each(['json', 'jsonl'] as const)(
    'keep every value exact in %s, written so a terminal shows it inert',
    (format) => {
      const text = renderReport(format, hostileReport());
      expect(text).not.toMatch(ACTIVE);
      const first = JSON.parse(text.split('\n')[0]!.startsWith('{"type"') ? text.split('\n')[0]! : text) as {
        name?: string;
        runs?: { name: string }[];
      };
      expect(first.name ?? first.runs![0]!.name).toBe(`run ${EVIL}`);
    },
  );
});
