import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { parseMinAgreement, parseMinScore, parseSeed } from '../../../src/cli/flags.js';

describe('parseSeed', () => {
  it.each([
    { v: undefined, out: undefined },
    { v: '0', out: 0 },
    { v: '42', out: 42 },
  ])('reads $v as $out', ({ v, out }) => expect(parseSeed(v)).toBe(out));
  it.each(['-1', '1.5', 'seven', '9007199254740993'])('refuses %s as a usage error', (v) =>
    expect(() => parseSeed(v)).toThrow(UsageError),
  );
});

describe('parseMinScore', () => {
  it.each([
    { v: undefined, out: undefined },
    { v: '0', out: 0 },
    { v: '3.5', out: 3.5 },
    { v: '5', out: 5 },
  ])('reads $v as $out', ({ v, out }) => expect(parseMinScore(v)).toBe(out));
  it.each(['-0.1', '5.1', 'high', 'NaN'])('refuses %s as a usage error', (v) =>
    expect(() => parseMinScore(v)).toThrow(UsageError),
  );
});

describe('parseMinAgreement', () => {
  it.each([
    { v: undefined, out: undefined },
    { v: '0', out: 0 },
    { v: '85', out: 85 },
    { v: '85%', out: 85 },
    { v: '99.5', out: 99.5 },
    { v: '100', out: 100 },
  ])('reads $v as $out', ({ v, out }) => expect(parseMinAgreement(v)).toBe(out));
  it.each(['101', '-1', '0.85x', 'high', '', '%', 'NaN', 'Infinity'])('refuses "%s" as a usage error', (v) =>
    expect(() => parseMinAgreement(v)).toThrow(UsageError),
  );
});
