// The phrase matcher with hostile rubric lexicons (issue 13). Wildcard-heavy lists are bounded by
// src/cli/rubric-limits.ts (tested there), not here: a timing test on a shared box only flakes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, type Rubric } from '../../../src/scoring/index.js';
import { spellings } from '../../../src/understand/contractions.js';
import { compileLexicon } from '../../../src/understand/index.js';

const withRepList = (phrases: string[]): Rubric => {
  const r = structuredClone(DEFAULT_RUBRIC) as Rubric;
  (r.lexicon.rep as Record<string, string[]>).transition = phrases;
  return r;
};

describe('phrase matcher costs (issue 13)', () => {
  it('spells a phrase of 25 contractions a bounded number of ways (each once doubled the forms: 20 took 18 s)', () => {
    expect(spellings(Array(25).fill("don't")).length).toBeLessThanOrEqual(64);
    expect(spellings(["don't", 'mix']).map((w) => w.join(' '))).toEqual(["don't mix", 'do not mix']);
  });

  it('spells a two-word phrase with a hyphen too, and a hyphenated word apart', () => {
    expect(spellings(['prior', 'auth']).map((w) => w.join(' '))).toEqual(['prior auth', 'prior-auth']);
    expect(spellings(['follow-up', 'visit']).map((w) => w.join(' '))).toEqual(['follow-up visit', 'follow up visit']);
    expect(spellings(['#', 'minutes']).length).toBe(1);
  });

  it('accepts the phrase "constructor" (the contraction table once answered from its prototype)', () => {
    expect(() => compileLexicon(withRepList(['constructor']).lexicon)).not.toThrow();
  });
});
