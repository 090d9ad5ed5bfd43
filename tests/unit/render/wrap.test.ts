// Word-wrapping and width-fitted tables (issue 15): no line wider than asked, no word split, columns drop in order.
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitTable } from '../../../src/render/fit-table.js';
import { widthOr, wrapLine } from '../../../src/render/wrap.js';

const REPLY =
  'Dr. Lindqvist: Honestly, every titration means another visit that half of them skip, and my nurses spend hours on the phone.';

describe('wrapLine', () => {
  it.each([20, 33, 40, 80])('keeps every line within %i columns and every word whole', (width) => {
    const lines = wrapLine(REPLY, width, '', '  ');
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(width);
    expect(lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(REPLY.split(' '));
  });

  it('keeps spacing inside a line as written, and drops it at a break', () => {
    expect(wrapLine('Hostile  clinic  here', 16)).toEqual(['Hostile  clinic', 'here']);
  });

  it('indents continuation lines with the rest prefix', () => {
    expect(wrapLine('one two three four', 9, '• ', '  ')).toEqual(['• one two', '  three', '  four']);
  });

  it('measures wide characters by their columns, not their length', () => {
    expect(wrapLine('日本語 日本語 日本語', 14)).toEqual(['日本語 日本語', '日本語']);
  });

  it('cuts only a word wider than the whole line', () => {
    expect(wrapLine('a https://example.com/a/very/long/path b', 12)).toEqual([
      'a',
      'https://exam',
      'ple.com/a/ve',
      'ry/long/path',
      'b',
    ]);
  });

  it.each([
    { w: undefined, out: 80 },
    { w: 0, out: 80 },
    { w: 5, out: 20 },
    { w: 132.6, out: 132 },
  ])('takes width $w as $out', ({ w, out }) => expect(widthOr(w)).toBe(out));
});

describe('fitTable', () => {
  const c = new Chalk({ level: 0 });
  const cols = [
    { head: 'id' },
    { head: 'title', isFlexible: true },
    { head: 'area', dropOrder: 1 },
    { head: 'stage', dropOrder: 2 },
  ];
  const rows = [
    ['cardiology-heart-failure-evidence', 'The Endpoint Interrogator', 'Heart failure', 'objection-handling'],
  ];
  const heads = (t: string) =>
    t
      .split('\n')[1]!
      .split('│')
      .map((h) => h.trim())
      .filter(Boolean);

  it.each([
    { width: 120, shown: ['id', 'title', 'area', 'stage'] },
    { width: 90, shown: ['id', 'title', 'stage'] },
    { width: 60, shown: ['id', 'title'] },
  ])('drops columns in order to fit $width', ({ width, shown }) => {
    const t = fitTable(cols, rows, c, width);
    expect(heads(t)).toEqual(shown);
    expect(Math.max(...t.split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(width);
  });

  it('keeps every column at full width without a width (--wide)', () => {
    expect(heads(fitTable(cols, rows, c))).toEqual(['id', 'title', 'area', 'stage']);
  });
});
