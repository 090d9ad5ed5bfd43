// Shaping model text into the HCP's words: labels, rep lines, stage directions, control sequences,
// the length cap, and the promise that streamed pieces always join to the final reply.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HARD_CAP, SOFT_CAP, shapeReply } from '../../../../src/hcp/llm/shape.js';

const NAME = 'Dr. Maya Patel';
const final = (raw: string) => shapeReply(raw, { hcpName: NAME, done: true }).text;

/** Feeds `raw` in pieces the way request.ts does; returns what was shown and the final text. */
function stream(raw: string, cuts: number[]): { shown: string; text: string; violations: number } {
  const ends = [...new Set([...cuts.map((c) => c % (raw.length + 1)), raw.length])].sort((a, b) => a - b);
  let shown = '';
  let violations = 0;
  let read = raw;
  for (const end of ends) {
    const s = shapeReply(raw.slice(0, end), { hcpName: NAME, done: false });
    if (!s.text.startsWith(shown)) violations++;
    else shown = s.text;
    if (s.complete) {
      read = raw.slice(0, end);
      break;
    }
  }
  return { shown, text: final(read), violations };
}

const SENTENCE = 'We see a lot of patients with poorly controlled pressure every week. ';

describe('shapeReply', () => {
  it.each([
    { name: 'drops a "Dr. Name:" label', raw: 'Dr. Patel: Hello there.', out: 'Hello there.' },
    { name: 'drops a bold markdown label', raw: '**Dr. Maya Patel:** Hello.', out: 'Hello.' },
    { name: 'drops an "HCP:" label', raw: 'HCP: Fine, go on.', out: 'Fine, go on.' },
    {
      name: 'keeps a sentence that merely starts with "Dr"',
      raw: 'Drug costs matter: a lot.',
      out: 'Drug costs matter: a lot.',
    },
    {
      name: 'cuts at a line the model wrote for the rep',
      raw: 'Tell me more.\nRep: Sure, our data shows',
      out: 'Tell me more.',
    },
    { name: 'cuts at a "You:" line', raw: 'Go ahead.\n\nYou: Thanks, doctor.', out: 'Go ahead.' },
    { name: 'cuts at a "Sales rep:" line', raw: 'Fine.\n**Sales rep:** Great!', out: 'Fine.' },
    { name: 'gives nothing when the model speaks only as the rep', raw: 'Rep: Hello doctor.', out: '' },
    {
      name: 'drops stage directions, which are cues and come from state only',
      raw: 'Sure. *leans back* Go on.',
      out: 'Sure. Go on.',
    },
    {
      name: 'strips ANSI colours and title sequences',
      raw: '\u001b[31mRed\u001b[0m alert \u001b]0;pwned\u0007now.',
      out: 'Red alert now.',
    },
    {
      name: 'strips carriage-return overwrites and bidi overrides',
      raw: 'Safe\rtext \u202Ehere.',
      out: 'Safe text here.',
    },
    { name: 'joins lines into one paragraph', raw: 'Line one.\n\n  Line two.', out: 'Line one. Line two.' },
    {
      name: 'keeps "you" inside a sentence',
      raw: 'You know, you: the rep. Fine.',
      out: 'You know, you: the rep. Fine.',
    },
  ])('$name', ({ raw, out }) => expect(final(raw)).toBe(out));

  it('ends a long reply at the first sentence end past the soft cap', () => {
    const text = final(SENTENCE.repeat(12));
    expect(text.length).toBeGreaterThanOrEqual(SOFT_CAP);
    expect(text.length).toBeLessThanOrEqual(HARD_CAP);
    expect(text.endsWith('week.')).toBe(true);
  });

  it('cuts a reply with no sentence end at a word, with an ellipsis', () => {
    const text = final('word '.repeat(300));
    expect(text.length).toBeLessThanOrEqual(HARD_CAP + 1);
    expect(text).toMatch(/word…$/);
  });

  it('holds back a partial word and a possible label until they are settled', () => {
    expect(shapeReply('Dr. Pat', { hcpName: NAME, done: false }).text).toBe('');
    expect(shapeReply('Dr. Patel: Hello th', { hcpName: NAME, done: false }).text).toBe('Hello');
    expect(shapeReply('Fine.\nRe', { hcpName: NAME, done: false }).text).toBe('Fine.');
  });

  it('reports complete once a rep line appears, so the stream can stop', () => {
    expect(shapeReply('Fine.\nRep: and', { hcpName: NAME, done: false })).toEqual({ text: 'Fine.', complete: true });
  });

  it('streams pieces that always join to the final reply, however the text is split', () => {
    const token = fc.constantFrom(
      'Dr. Patel:',
      'HCP:',
      '**',
      '*nods*',
      '*',
      ' ',
      '\n',
      'Rep:',
      'You:',
      'Re',
      'well',
      'pressure',
      '.',
      '!',
      ',',
      '\u001b[31m',
      '\u001b[0m',
      '\u001b]0;x\u0007',
      '\r',
      'Doctor',
      'Dr',
      'a',
      SENTENCE,
      'Sales rep:',
      'Dr. Maya Patel:',
      '_',
      'word '.repeat(25),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), fc.array(fc.nat(), { maxLength: 30 }), (tokens, cuts) => {
        const r = stream(tokens.join(''), cuts);
        expect(r.violations).toBe(0);
        expect(r.text.startsWith(r.shown)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
