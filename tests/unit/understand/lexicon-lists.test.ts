// The shipped phrase lists say each phrase once: a second copy matches nothing new and hides which
// list a phrase was meant for (127 copies had crept in by rp-2 2.16.0).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON } from '../../../src/understand/index.js';

const lists = (): [string, readonly string[]][] => [
  ...Object.entries(DEFAULT_LEXICON.rep).map(([k, v]): [string, readonly string[]] => [`rep.${k}`, v]),
  ...Object.entries(DEFAULT_LEXICON.hcp).map(([k, v]): [string, readonly string[]] => [`hcp.${k}`, v]),
  ['genericWords', DEFAULT_LEXICON.genericWords],
];

describe('the shipped phrase lists', () => {
  it.each(lists())('%s says each phrase once', (_, phrases) => {
    const seen = new Set<string>();
    const twice = phrases.filter((p) => seen.has(p) || (seen.add(p), false));
    expect(twice).toEqual([]);
  });
});
