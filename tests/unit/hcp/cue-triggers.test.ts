// Which cues a turn shows (issue 14): one posture per reply, never "picks up her keys" beside "sits down".
import { describe, expect, it } from 'vitest';
import { cueTriggers, type CueChange } from '../../../src/hcp/cues.js';
import type { HcpState } from '../../../src/hcp/index.js';

const state = (patience: number, mood: HcpState['mood']): HcpState => ({ patience, mood }) as HcpState;
const change = (o: Partial<CueChange>): CueChange => ({
  prev: state(8, 'open'),
  next: state(7, 'open'),
  delta: 0,
  budget: 14,
  objectionRaised: false,
  objectionResolved: false,
  ...o,
});

describe('cue triggers', () => {
  it.each([
    {
      why: 'an agreement as time runs down warms, without a leaving cue beside it',
      c: change({ prev: state(8, 'open'), next: state(6, 'open'), ending: 'agreed' }),
      want: ['warming'],
    },
    {
      why: 'time running down alone shows the clock',
      c: change({ prev: state(8, 'open'), next: state(6, 'open') }),
      want: ['time'],
    },
    {
      why: 'the end shows only the HCP leaving',
      c: change({ ending: 'ended', objectionRaised: true }),
      want: ['leaving'],
    },
    { why: 'a drop of two cools', c: change({ delta: -2, budget: 20 }), want: ['cooling'] },
  ])('$why', ({ c, want }) => {
    expect(cueTriggers(c)).toEqual(want);
  });
});
