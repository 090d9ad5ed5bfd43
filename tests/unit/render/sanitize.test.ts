import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeJsonText, sanitize } from '../../../src/sanitize.js';

const ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('sanitize', () => {
  it.each([
    { what: 'CSI colours', text: 'a\u001b[31mb\u001b[0mc', out: 'abc' },
    { what: 'an OSC title', text: 'a\u001b]0;title\u0007b', out: 'ab' },
    { what: 'an OSC 8 hyperlink', text: '\u001b]8;;https://x.test\u001b\\link\u001b]8;;\u001b\\', out: 'link' },
    { what: 'C0 and C1 controls', text: 'a\u0000b\u0007c\u0085d', out: 'abcd' },
    { what: 'a C1 CSI sequence', text: 'a\u009b2Jb', out: 'ab' },
    { what: 'bidi overrides', text: 'a\u202eb\u2066c\u2069', out: 'abc' },
    { what: 'bidi marks (LRM, RLM, ALM)', text: 'a\u200eb\u200fc\u061cd', out: 'abcd' },
    { what: 'nothing in plain text with newlines and tabs', text: 'line 1\n\tline 2', out: 'line 1\n\tline 2' },
  ])('removes $what', ({ text, out }) => expect(sanitize(text)).toBe(out));

  it('never lets a carriage return move the cursor back over text', () => {
    expect(sanitize('safe\rEVIL')).not.toContain('\r');
    expect(sanitize('a\r\nb')).toBe('a\nb');
  });
});

describe('sanitize on any text', () => {
  it('leaves nothing a terminal acts on, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const once = sanitize(text);
        expect(once).not.toMatch(ACTIVE);
        expect(sanitize(once)).toBe(once);
      }),
      { numRuns: 500, seed: 13 },
    );
  });
});

describe('escapeJsonText', () => {
  it('writes every active character as a \\u escape and keeps the value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const json = escapeJsonText(JSON.stringify({ text }));
        expect(json).not.toMatch(ACTIVE);
        expect(JSON.parse(json)).toEqual({ text });
      }),
      { numRuns: 500, seed: 13 },
    );
  });
});
