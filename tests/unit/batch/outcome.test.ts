// A run's outcome: from the HCP's final state, with a decline read from its reply to the rep's last ask.
import { beforeAll, describe, expect, it } from 'vitest';
import { commitmentOf, runOutcome } from '../../../src/batch/index.js';
import { initialState } from '../../../src/hcp/index.js';
import type { HcpState, HistoryEntry, RepAct } from '../../../src/hcp/types.js';
import type { Scenario } from '../../../src/scenario/index.js';
import type { Turn } from '../../../src/types.js';
import { loadScenario } from '../feedback/fixtures.js';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadScenario('scenarios/primary-care-insomnia-rushed.yaml');
});

const entry = (repTurn: number, acts: RepAct[]): HistoryEntry => ({
  repTurn,
  acts,
  delta: 0,
  openness: 4,
  patience: 5,
  reasons: [],
  voice: '',
});
const stateWith = (o: Partial<HcpState> = {}): HcpState => ({ ...initialState(scenario), ...o });
const rep = (text: string): Turn => ({ speaker: 'rep', text });
const hcp = (text: string): Turn => ({ speaker: 'customer', text });

const ASK = rep('Could I come back Thursday at 12:30 with the balance data?');

describe('runOutcome', () => {
  it('starts where the scenario starts: no commitment, nothing raised or uncovered, no HCP ending', () => {
    expect(runOutcome(stateWith(), scenario, [hcp('Go.')])).toEqual({
      openness: 4,
      commitment: 'none',
      objections: { raised: 0, resolved: 0 },
      prioritiesUncovered: { uncovered: 0, total: 3 },
      endReason: null,
    });
  });

  it('counts every objection that left latent as raised, and the resolved ones', () => {
    const objections = stateWith().objections;
    objections['no-time'] = { status: 'resolved', ignoredTurns: 0, raisedCount: 1 };
    objections['sleeping-pill-safety'] = { status: 'acknowledged', ignoredTurns: 0, raisedCount: 1 };
    objections['trazodone-is-fine'] = { status: 'raised', ignoredTurns: 1, raisedCount: 2 };
    expect(runOutcome(stateWith({ objections }), scenario, []).objections).toEqual({ raised: 3, resolved: 1 });
  });

  it('counts a priority as uncovered once the rep touched it or the HCP revealed it', () => {
    const state = stateWith({ touched: { falls: 1 }, revealed: ['trazodone-failures'] });
    expect(runOutcome(state, scenario, []).prioritiesUncovered).toEqual({ uncovered: 2, total: 3 });
  });

  it.each([
    { what: 'the session says the HCP ended it', state: {}, hcpEnded: 'time-out', out: 'time-out' },
    {
      what: 'the state holds a final walk-out',
      state: { ending: { reason: 'walk-out', atRepTurn: 3, final: true } },
      hcpEnded: undefined,
      out: 'walk-out',
    },
    {
      what: 'the HCP agreed and waits for a recap',
      state: { ending: { reason: 'commitment', atRepTurn: 3, final: false } },
      hcpEnded: undefined,
      out: null,
    },
    {
      what: 'the rep ended it',
      state: { ending: { reason: 'rep-ended', atRepTurn: 3, final: true } },
      hcpEnded: undefined,
      out: null,
    },
  ] as const)('gives the end reason $out when $what', ({ state, hcpEnded, out }) => {
    expect(runOutcome(stateWith(state as Partial<HcpState>), scenario, [], hcpEnded).endReason).toBe(out);
  });
});

describe('commitmentOf', () => {
  it('is agreed when the HCP agreed, even before the recap turn', () => {
    expect(commitmentOf(stateWith({ commitment: 'agreed' }), [])).toBe('agreed');
    expect(commitmentOf(stateWith({ ending: { reason: 'commitment', atRepTurn: 4, final: false } }), [])).toBe(
      'agreed',
    );
  });

  it('is asked when the HCP held a premature request as asked', () => {
    expect(commitmentOf(stateWith({ commitment: 'asked' }), [])).toBe('asked');
  });

  it('is asked when the rep proposed a dated next step the HCP did not answer', () => {
    expect(
      commitmentOf(stateWith({ history: [entry(1, ['next_step_specific'])] }), [hcp('Go.'), ASK, hcp('Hm.')]),
    ).toBe('asked');
  });

  it('is declined when the HCP said no to the last ask', () => {
    expect(
      commitmentOf(stateWith({ commitment: 'asked' }), [hcp('Go.'), ASK, hcp('No, I am not going to do that.')]),
    ).toBe('declined');
  });

  it('is declined when the engine records a decline itself', () => {
    expect(commitmentOf(stateWith({ commitment: 'declined' as HcpState['commitment'] }), [])).toBe('declined');
  });

  it('is none when the rep never asked, whatever the HCP said', () => {
    const turns = [
      hcp('Go.'),
      rep('What worries you most about sleep medicines in older adults?'),
      hcp('No, I am not going to do that.'),
    ];
    expect(commitmentOf(stateWith(), turns)).toBe('none');
  });
});
