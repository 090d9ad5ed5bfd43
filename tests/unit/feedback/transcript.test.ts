// Rep turn numbers versus transcript indexes, and quotes that are safe to print.
import { describe, expect, it } from 'vitest';
import { indexRepTurns, quote, signed } from '../../../src/feedback/transcript.js';
import { hcp, rep } from './fixtures.js';

describe('indexRepTurns', () => {
  it.each([
    {
      name: 'an alternating transcript puts rep turn k at index 2k-1',
      turns: [hcp('a'), rep('b'), hcp('c'), rep('d')],
      indexes: [1, 3],
    },
    {
      name: 'two HCP lines in a row shift the rep turns',
      turns: [hcp('a'), hcp('b'), rep('c'), hcp('d'), rep('e')],
      indexes: [2, 4],
    },
    {
      name: 'two rep lines in a row are two rep turns',
      turns: [hcp('a'), rep('b'), rep('c'), hcp('d')],
      indexes: [1, 2],
    },
    { name: 'a transcript starting with the rep counts from index 0', turns: [rep('a'), hcp('b')], indexes: [0] },
  ])('$name', ({ turns, indexes }) => {
    const reps = indexRepTurns(turns);
    expect(reps.indexes).toEqual(indexes);
    indexes.forEach((i, k) => expect(reps.numberAt(i)).toBe(k + 1));
  });

  const turns = [hcp('Opening.'), hcp('*cue* Well?'), rep('One.'), rep('Two.'), hcp('Reply to two.'), rep('Three.')];
  const reps = indexRepTurns(turns);

  it.each([
    { k: 1, text: 'One.', before: '*cue* Well?', after: undefined },
    { k: 2, text: 'Two.', before: '*cue* Well?', after: 'Reply to two.' },
    { k: 3, text: 'Three.', before: 'Reply to two.', after: undefined },
    { k: 4, text: '', before: 'Reply to two.', after: undefined },
  ])('finds rep turn $k, the HCP words before it and the reply after it', ({ k, text, before, after }) => {
    expect([reps.text(k), reps.hcpBefore(k), reps.replyAfter(k)]).toEqual([text, before, after]);
  });

  it('says an HCP line has no rep turn number', () => expect(reps.numberAt(4)).toBeUndefined());
});

describe('quote', () => {
  it.each([
    { name: 'strips a title-setting OSC sequence', text: 'Hi \u001b]0;pwned\u0007there', out: 'Hi there' },
    { name: 'strips colour codes', text: '\u001b[31mred\u001b[0m', out: 'red' },
    { name: 'folds newlines and spaces', text: 'one\n\n  two', out: 'one two' },
    { name: 'cuts a long turn on a word', text: `${'word '.repeat(30)}end`, out: `${'word '.repeat(18).trim()}…` },
  ])('$name', ({ text, out }) => expect(quote(text)).toBe(out));
});

describe('signed', () => {
  it.each([
    { name: 'a rise with a plus', n: 2, out: '+2' },
    { name: 'a drop with a minus', n: -1, out: '-1' },
    { name: 'no change as a bare 0', n: 0, out: '0' },
    { name: 'a scaled delta to one decimal', n: 1.25, out: '+1.3' },
  ])('prints $name', ({ n, out }) => expect(signed(n)).toBe(out));
});
