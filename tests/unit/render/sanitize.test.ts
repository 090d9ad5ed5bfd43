import { describe, expect, it } from 'vitest';
import { sanitize } from '../../../src/sanitize.js';

describe('sanitize', () => {
  it.each([
    { what: 'CSI colours', text: 'a\u001b[31mb\u001b[0mc', out: 'abc' },
    { what: 'an OSC title', text: 'a\u001b]0;title\u0007b', out: 'ab' },
    { what: 'an OSC 8 hyperlink', text: '\u001b]8;;https://x.test\u001b\\link\u001b]8;;\u001b\\', out: 'link' },
    { what: 'C0 and C1 controls', text: 'a\u0000b\u0007c\u0085d', out: 'abcd' },
    { what: 'a C1 CSI sequence', text: 'a\u009b2Jb', out: 'ab' },
    { what: 'bidi overrides', text: 'a\u202eb\u2066c\u2069', out: 'abc' },
    { what: 'nothing in plain text with newlines and tabs', text: 'line 1\n\tline 2', out: 'line 1\n\tline 2' },
  ])('removes $what', ({ text, out }) => expect(sanitize(text)).toBe(out));

  it('never lets a carriage return move the cursor back over text', () => {
    expect(sanitize('safe\rEVIL')).not.toContain('\r');
    expect(sanitize('a\r\nb')).toBe('a\nb');
  });
});
