// JUnit report: valid XML a CI server reads, whatever characters the run names and reasons hold.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../../src/render/batch/junit.js';
import { escapeXml, stripInvalidXml } from '../../../src/render/batch/xml.js';
import { aReport, aRunResult } from './builders.js';

const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (n) => ['testsuite', 'testcase'].includes(n),
  }).parse(xml) as {
    testsuites: {
      tests: string;
      failures: string;
      testsuite: {
        name: string;
        tests: string;
        failures: string;
        testcase: { name: string; failure?: { message: string; '#text': string } }[];
      }[];
    };
  };

describe('renderJunit', () => {
  it('counts tests and failures, one testsuite per run file and one testcase per run', () => {
    const report = aReport([
      aRunResult({ name: 'a' }),
      aRunResult({ index: 1, name: 'b', passed: false, failures: ['overall 2.4 < minOverall 3.5'] }),
      aRunResult({ index: 2, name: 'c', file: 'runs/other.yaml' }),
    ]);
    const { testsuites } = parse(renderJunit(report));
    expect([testsuites.tests, testsuites.failures]).toEqual(['3', '1']);
    expect(testsuites.testsuite.map((s) => [s.name, s.tests, s.failures])).toEqual([
      ['runs/a.yaml', '2', '1'],
      ['runs/other.yaml', '1', '0'],
    ]);
    expect(testsuites.testsuite[0]!.testcase[1]!.failure!.message).toBe('overall 2.4 < minOverall 3.5');
  });

  it('escapes markup and drops characters XML 1.0 cannot hold, and still parses', () => {
    const nasty = `a & b <c> "d" 'e' \u0001\u0008\u001b[31m\uFFFE \uD800 ok`;
    const xml = renderJunit(aReport([aRunResult({ name: nasty, passed: false, failures: [nasty] })]));
    expect(XMLValidator.validate(xml)).toBe(true);
    const testcase = parse(xml).testsuites.testsuite[0]!.testcase[0]!;
    expect(testcase.name).toBe(`a & b <c> "d" 'e'   ok`);
    expect(testcase.failure!.message).toBe(testcase.name);
  });

  it('keeps no bidi override or C1 CSI in names, reasons or metric ids (issue 13)', () => {
    const nasty = 'run \u202Eevil\u202C \u009b2J \u2066x\u2069 \u200Fy';
    const xml = renderJunit(
      aReport([aRunResult({ name: nasty, passed: false, failures: [nasty], metrics: { [`m${nasty}`]: 3 } })]),
    );
    expect(xml).not.toMatch(/[\u0080-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(parse(xml).testsuites.testsuite[0]!.testcase[0]!.name).toBe('run evil  x y');
  });

  it("puts the run's outcome in the testcase output", () => {
    const xml = renderJunit(aReport([aRunResult()]));
    expect(xml).toContain(
      'hcp: openness 6, commitment asked, objections 1/2 resolved, priorities 1/3 uncovered\nseed 1; ended: rep-ended</system-out>',
    );
  });

  it('writes an empty but valid report for an empty shard', () => {
    const xml = renderJunit(aReport([]));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('tests="0" failures="0"');
  });
});

describe('escapeXml', () => {
  it.each([
    { text: 'a & b', out: 'a &amp; b' },
    { text: '<tag>', out: '&lt;tag&gt;' },
    { text: `"it's"`, out: '&quot;it&apos;s&quot;' },
    { text: 'tab\there', out: 'tab\there' },
  ])('escapes $text', ({ text, out }) => expect(escapeXml(text)).toBe(out));

  it('keeps newlines in attributes as character references', () => {
    expect(escapeXml('one\ntwo', { attribute: true })).toBe('one&#10;two');
  });

  it('keeps characters outside the BMP and drops lone surrogates', () => {
    expect(stripInvalidXml('\u{1F600}\uDC00\u0000')).toBe('\u{1F600}');
  });
});
