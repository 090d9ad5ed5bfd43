// Compliance flags where people and CI see them (issue #17): batch expectations and the scorecard section.
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { checkExpectations } from '../../../src/batch/index.js';
import { renderScorecard } from '../../../src/render/index.js';
import type { ComplianceFlag } from '../../../src/types.js';
import { aScorecard } from '../../builders.js';

const FLAG: ComplianceFlag = {
  kind: 'absolute_claim',
  turn: 3,
  quote: "It's completely safe.",
  rule: 'No absolute claims.',
  sayInstead: 'Say what the trial showed.',
};
const flagged = (flags: ComplianceFlag[]) => aScorecard({ compliance: { flags, scenarioChecked: true } });

describe('checkExpectations and compliance', () => {
  it.each([
    { name: 'no expectation, no --fail-on-flag', expect: {}, fail: false, out: [] },
    {
      name: '--fail-on-flag',
      expect: {},
      fail: true,
      out: ['--fail-on-flag: compliance flag absolute_claim at turn 3: "It\'s completely safe."'],
    },
    {
      name: 'compliance: none',
      expect: { compliance: 'none' as const },
      fail: false,
      out: [
        'compliance: 2 flag(s), expected none: absolute_claim at turn 3: "It\'s completely safe."; off_label at turn 5: "x"',
      ],
    },
    { name: 'maxFlags: 2', expect: { maxFlags: 2 }, fail: false, out: [] },
    {
      name: 'maxFlags: 1',
      expect: { maxFlags: 1 },
      fail: false,
      out: [
        'compliance: 2 flag(s) > maxFlags 1: absolute_claim at turn 3: "It\'s completely safe."; off_label at turn 5: "x"',
      ],
    },
  ])('with $name', ({ expect: e, fail, out }) => {
    const flags = fail ? [FLAG] : [FLAG, { ...FLAG, kind: 'off_label' as const, turn: 5, quote: 'x' }];
    expect(checkExpectations(flagged(flags), e, undefined, fail)).toEqual(out);
  });

  it('passes a scorecard without flags under every compliance expectation', () => {
    expect(checkExpectations(flagged([]), { compliance: 'none', maxFlags: 0 }, undefined, true)).toEqual([]);
  });
});

describe('the Compliance section of the scorecard', () => {
  it('lists each flag with turn, quote, rule and what to say instead', () => {
    const out = renderScorecard(flagged([FLAG]));
    expect(out).toContain(
      [
        'Compliance 1 flag',
        '  ✗ turn 3 Absolute or unsupported claim: "It\'s completely safe."',
        '      rule: No absolute claims.',
        '      say instead: Say what the trial showed.',
      ].join('\n'),
    );
  });

  it('is red only when colour is on', () => {
    expect(renderScorecard(flagged([FLAG]))).not.toContain('\u001b[');
    const coloured = renderScorecard(flagged([FLAG]), { color: 1 });
    expect(coloured).toContain('\u001b[31m');
    const section = (t: string) => t.slice(t.indexOf('Compliance'), t.indexOf('rubric '));
    expect(section(stripAnsi(coloured))).toBe(section(renderScorecard(flagged([FLAG]))));
  });

  it('says there are no flags, and says nothing on a scorecard from before flags', () => {
    expect(renderScorecard(flagged([]))).toContain('Compliance no flags');
    expect(renderScorecard(aScorecard())).not.toContain('Compliance');
  });
});
