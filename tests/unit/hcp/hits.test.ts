// Which words of a rep turn the HCP echoes back ({echo}): topic words, never everyday clinic words.
import { describe, expect, it } from 'vitest';
import { findHits } from '../../../src/hcp/hits.js';
import { analyze, contentWords, tokenize, normalize } from '../../../src/scoring/text.js';
import { fixtureScenario } from './builders.js';

const recent = (text: string) => [...contentWords(tokenize(normalize(text)))];

describe('findHits echo', () => {
  it('echoes the scenario term the rep used', async () => {
    const hits = findHits(analyze('Do your patients forget their doses?'), await fixtureScenario(), []);
    expect(hits.echo).toBe('forget');
  });

  it('does not echo an everyday word like "patients" picked up from the HCP', async () => {
    const s = await fixtureScenario();
    const hits = findHits(analyze('How many patients do you see?'), s, recent('Most of my patients are older.'));
    expect(hits.echo).toBeUndefined();
  });
});
