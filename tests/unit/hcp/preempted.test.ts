// A concern the rep answers before the HCP voices it stays answered (issue 14): the HCP does not raise
// it a turn later as if nothing had been said, and it is not counted as raised.
import { beforeAll, describe, expect, it } from 'vitest';
import { wasRaised } from '../../../src/hcp/index.js';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { converse } from './builders.js';

let s: Scenario;
beforeAll(async () => {
  s = (await loadLibrary()).require('dermatology-psoriasis-initial-access');
});

const ASK = 'Which of those patients are hardest for you right now?';
const ANSWERED =
  "I hear you that steroids work for most of your patients. Plaquora isn't a steroid, so there's no time limit on the face or in skin folds.";
const LATER = [
  'And the patients who give up on topicals because they are messy, what do they tell you?',
  'How do you decide who gets a second visit for that?',
];

describe('a concern answered before it is raised', () => {
  it('is never raised afterwards', () => {
    const c = converse(s, [ASK, ANSWERED, ...LATER], 1);
    expect(c.final.objections['generic-steroids-work']!.status).toBe('preempted');
    for (const e of c.exchanges.slice(2)) expect(e.reply.text).not.toMatch(/work for most of my patients/i);
    expect(Object.values(c.final.objections).filter((o) => wasRaised(o.status))).toEqual([]);
  });

  it('is raised on schedule when the rep never answered it', () => {
    const c = converse(s, [ASK, 'What do you use on the face today?', ...LATER], 1);
    expect(['raised', 'acknowledged', 'resolved']).toContain(c.final.objections['generic-steroids-work']!.status);
  });
});
