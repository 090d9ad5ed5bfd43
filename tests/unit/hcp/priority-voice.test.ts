// The HCP's line for a priority the rep reaches says what happened: "You used my words" only once the
// HCP has said them; an open priority it has not voiced yet is "what matters to me", worth as much.
// (The REPL showed "You used my words about smokers" from an HCP that had never said "smokers".)
import { beforeAll, describe, expect, it } from 'vitest';
import { findHits } from '../../../src/hcp/hits.js';
import { initialState } from '../../../src/hcp/state.js';
import { applyTurn } from '../../../src/hcp/turn.js';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { analyzeWords } from '../../../src/understand/index.js';

let s: Scenario;
beforeAll(async () => {
  s = (await loadLibrary()).require('primary-care-hypertension-discovery');
});

const text = 'What would it take to get more of your patients to goal?';

function reached(usedLines: string[]) {
  const state = { ...initialState(s), repTurns: 1, openness: 4, usedLines };
  const t = analyzeWords(text);
  const input = {
    t,
    hits: findHits(t, s, [], text),
    acts: ['open_question' as const],
    question: 'open' as const,
    ignoredTimeCue: false,
    turn: 2,
    questionWords: 6,
  };
  const { delta } = applyTurn(state, s, input, false);
  return { delta: delta.delta, voice: delta.voice, reasons: delta.reasons };
}

describe('the HCP names how the rep reached its priority', () => {
  it('says "what matters to me" for a priority it has not voiced yet', () => {
    const r = reached([]);
    expect(r.reasons.some((x) => x.startsWith('went straight to goal'))).toBe(true);
    expect(r.reasons.some((x) => x.startsWith('used my words'))).toBe(false);
  });

  it('says "used my words" once it has said the priority', () => {
    const r = reached(['reach-goal:detail:neutral']);
    expect(r.reasons.some((x) => x.startsWith('used my words about goal'))).toBe(true);
  });

  it('gives both the same openness', () => {
    expect(reached([]).delta).toBe(reached(['reach-goal:text']).delta);
  });
});
