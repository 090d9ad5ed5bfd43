import { describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_BYTES, MAX_TURN_CHARS, parseTranscript } from '../../../src/scoring/index.js';

const ok = (text: string) => {
  const r = parseTranscript(text, 't');
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.turns;
};
const problems = (text: string, name = 'call.txt') => {
  const r = parseTranscript(text, name);
  return r.ok ? [] : r.problems;
};

describe('JSON transcripts', () => {
  it.each([
    { what: 'an array', text: '[{"speaker":"rep","text":"Hi"},{"speaker":"customer","text":"Hello"}]' },
    {
      what: 'a {turns} object',
      text: '{"turns":[{"speaker":"rep","text":"Hi"},{"speaker":"customer","text":"Hello"}]}',
    },
    { what: 'hcp/user speakers', text: '[{"speaker":"user","text":"Hi"},{"speaker":"HCP","text":"Hello"}]' },
    { what: 'assistant as customer', text: '[{"speaker":"rep","text":"Hi"},{"speaker":"assistant","text":"Hello"}]' },
  ])('reads $what', ({ text }) => {
    expect(ok(text)).toEqual([
      { speaker: 'rep', text: 'Hi' },
      { speaker: 'customer', text: 'Hello' },
    ]);
  });

  it('keeps timestamps', () =>
    expect(ok('[{"speaker":"rep","text":"Hi","t":5}]')).toEqual([{ speaker: 'rep', text: 'Hi', t: 5 }]));

  it.each([
    {
      text: '[{"speaker":"rep","text":"Hi"},{"speaker":"boss","text":"x"}]',
      problem: /^call\.json: turns\[1\]\.speaker: must be rep or customer/,
    },
    { text: '{"turns":[{"speaker":"rep"}]}', problem: /^call\.json: turns\[0\]\.text: must be a string/ },
    { text: '[{"speaker":"rep","text":"  "}]', problem: /^call\.json: turns\[0\]\.text: must not be empty/ },
    { text: '{"dialogue":[]}', problem: /^call\.json: turns: must be a list of turns/ },
    { text: '[{"speaker":"rep",', problem: /^call\.json: invalid JSON/ },
  ])('names the index in "$problem"', ({ text, problem }) => {
    expect(problems(text, 'call.json')).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });
});

describe('JSONL transcripts', () => {
  it('reads one turn per line', () => {
    expect(ok('{"speaker":"rep","text":"Hi"}\n\n{"speaker":"hcp","text":"Hello"}\n')).toEqual([
      { speaker: 'rep', text: 'Hi' },
      { speaker: 'customer', text: 'Hello' },
    ]);
  });

  it('names the line of a bad turn', () => {
    expect(problems('{"speaker":"rep","text":"Hi"}\n{"speaker":"x","text":"Hello"}\n{oops\n', 'call.jsonl')).toEqual([
      expect.stringMatching(/^call\.jsonl:2: speaker: must be rep or customer/),
      expect.stringMatching(/^call\.jsonl:3: invalid JSON/),
    ]);
  });
});

describe('plain text transcripts', () => {
  it('reads Rep:, HCP:, Customer: and Dr. Name: prefixes with multi-line turns', () => {
    const text =
      'Rep: Good morning.\nDr. Okafor: Ten minutes.\nI have a clinic at ten.\n\nRep: Understood.\nCustomer: Go on.\nHCP: Quickly.\nDr Anna Lee: Fine.';
    expect(ok(text)).toEqual([
      { speaker: 'rep', text: 'Good morning.' },
      { speaker: 'customer', text: 'Ten minutes.\nI have a clinic at ten.' },
      { speaker: 'rep', text: 'Understood.' },
      { speaker: 'customer', text: 'Go on.' },
      { speaker: 'customer', text: 'Quickly.' },
      { speaker: 'customer', text: 'Fine.' },
    ]);
  });

  it('names line 1 when the first line has no speaker', () => {
    expect(problems('Hello there\nRep: Hi')).toEqual([
      expect.stringMatching(/^call\.txt:1: expected a speaker prefix/),
    ]);
  });

  it('names the line of a turn with no text', () => {
    expect(problems('Rep: Hi\nHCP:\nRep: Hello?')).toEqual([expect.stringMatching(/^call\.txt:2: turn has no text/)]);
  });
});

describe('limits', () => {
  it('refuses a transcript over 5 MB', () => {
    expect(problems('Rep: x\n'.repeat(Math.ceil(MAX_TRANSCRIPT_BYTES / 7) + 1))).toEqual([
      expect.stringMatching(/over the 5\.0 MB limit/),
    ]);
  });

  it('refuses a turn over 20,000 characters, naming it', () => {
    expect(problems(`Rep: Hi\nHCP: ${'a'.repeat(MAX_TURN_CHARS + 1)}`)).toEqual([
      expect.stringMatching(/^call\.txt:2: turn is 20,001 characters, over the 20,000 limit/),
    ]);
    expect(problems(JSON.stringify([{ speaker: 'rep', text: 'a'.repeat(MAX_TURN_CHARS + 1) }]), 'c.json')).toEqual([
      expect.stringMatching(/^c\.json: turns\[0\]\.text: turn is 20,001 characters/),
    ]);
  });

  it('refuses empty and binary input', () => {
    expect(problems('  \n')).toEqual(['call.txt: transcript is empty']);
    expect(problems('Rep: a\u0000b')).toEqual([expect.stringMatching(/binary/)]);
  });
});
