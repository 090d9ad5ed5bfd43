// Openness is earned in proportion (issue 14): listening makes an HCP ready, tying the product to its
// patients takes it further, a pitch past a raised concern earns nothing, and one bad turn after real
// listening cools the HCP without sinking it.
import { beforeAll, describe, expect, it } from 'vitest';
import { findHits, statedFacts } from '../../../src/hcp/hits.js';
import { initialState } from '../../../src/hcp/state.js';
import { applyTurn, type TurnInput } from '../../../src/hcp/turn.js';
import type { HcpState, RepAct } from '../../../src/hcp/index.js';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { analyzeWords } from '../../../src/understand/index.js';

let easy: Scenario;
let hard: Scenario;
let nephro: Scenario;
beforeAll(async () => {
  const lib = await loadLibrary();
  easy = lib.require('primary-care-hypertension-discovery');
  hard = lib.require('cardiology-heart-failure-evidence');
  nephro = lib.require('nephrology-hyperkalemia-access');
});

/** One rep turn as the HCP reads it; `acts` stand in for the understanding layer's reading. */
function turnOf(s: Scenario, text: string, acts: RepAct[], turn = 2): TurnInput {
  const t = analyzeWords(text);
  const question = acts.includes('open_question') ? 'open' : acts.includes('closed_question') ? 'closed' : undefined;
  return {
    t,
    hits: findHits(t, s, [], text),
    acts,
    question,
    ignoredTimeCue: false,
    turn,
    questionWords: 4,
    statedFacts: statedFacts(text, s),
  };
}

const stateOf = (s: Scenario, o: Partial<HcpState>): HcpState => ({ ...initialState(s), repTurns: 1, ...o });

describe('listening and making it matter', () => {
  it('takes an HCP to ready with good questions alone, and no further', () => {
    const state = stateOf(easy, { openness: 7 });
    applyTurn(
      state,
      easy,
      turnOf(easy, 'So your older patients skip visits. What happens when you add a second pill?', [
        'open_question',
        'paraphrase',
      ]),
      false,
    );
    expect(state.openness).toBe(7);
  });

  it('takes it further once the product is tied to what the HCP said', () => {
    const state = stateOf(easy, { openness: 7 });
    applyTurn(
      state,
      easy,
      turnOf(easy, 'For patients above goal, Normavyn reached goal in 61 percent at 12 weeks.', ['priority_link']),
      false,
    );
    expect(state.openness).toBeGreaterThan(7);
    expect(state.linkedAt).toBe(2);
  });

  it.each([
    {
      what: "a question that only names a fact's words",
      text: 'So you stop their ACE inhibitors. What makes that decision hard?',
      facts: [],
    },
    {
      what: 'a stated figure',
      text: 'At 12 weeks, 86 percent stayed on their RAAS inhibitor. How often do you face that?',
      facts: ['raasi-continuation'],
    },
  ])('counts $what as stated facts: $facts', ({ text, facts }) => {
    expect(statedFacts(text, nephro)).toEqual(facts);
  });

  it('does not tie the product by playing back words a fact shares', () => {
    const state = stateOf(nephro, { openness: 7 });
    applyTurn(
      state,
      nephro,
      turnOf(nephro, 'So you stop their ACE inhibitors. What makes that decision hard?', [
        'open_question',
        'paraphrase',
      ]),
      false,
    );
    expect(state.linkedAt).toBeUndefined();
  });
});

describe('a concern the rep talks past', () => {
  it("leaves a pitch on the HCP's priorities without credit", () => {
    const objections = {
      'cheap-generics': { status: 'raised' as const, raisedAt: 1, ignoredTurns: 0, raisedCount: 1 },
    };
    const state = stateOf(easy, { openness: 6, objections });
    const { delta } = applyTurn(
      state,
      easy,
      turnOf(easy, 'Normavyn gets patients to goal with one pill a day.', ['priority_link']),
      false,
    );
    expect(delta.delta).toBeLessThanOrEqual(0);
    // No priority gain of any wording ("used my words…", "went straight to…", "raised … before I did").
    expect(delta.reasons.filter((r) => /my words|went straight|before I did|came back to/u.test(r))).toEqual([]);
  });
});

describe('one bad turn', () => {
  const text = 'Cardivex is a breakthrough, but honestly the trial is all that matters.';
  const acts: RepAct[] = ['feature_dump', 'rebuttal'];

  it('costs a hard HCP up to 3 when the rep has not listened', () => {
    const state = stateOf(hard, { openness: 6 });
    expect(applyTurn(state, hard, turnOf(hard, text, acts), false).delta.delta).toBe(-3);
  });

  it('costs at most 2 once the rep has worked with what the HCP said', () => {
    const state = stateOf(hard, { openness: 6, touched: { readmissions: 1 } });
    expect(applyTurn(state, hard, turnOf(hard, text, acts), false).delta.delta).toBe(-2);
  });
});
