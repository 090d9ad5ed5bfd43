// making_it_matter: one point tied to the HCP does not rescue a pitch of generic claims and a
// feature dump (rubric 2.13.0, cut `genericPerLink`); with no dump, or enough links, it is not capped.
import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { metricOf } from './support.js';

const ASK = 'R: What happens when they stop?';
const NEED =
  'C: Half my patients quit their statin within a month because of muscle aches, and that is what I need fixed.';
const LINK =
  'R: For the patients who quit over muscle aches, Lipravex lowered LDL by half and muscle aches matched placebo.';
const LINK_AGAIN =
  'R: And for the ones who quit in the first month over aches, the aches settled by week two in the trial.';
const GENERIC = 'R: Honestly it is a fantastic option, and physicians who use it are big fans.';
const DUMP =
  'R: It is one injection every six months, it lowered LDL 50 percent, the copay card brings it to ten dollars, it needs no titration, it keeps at room temperature for a month, and the safety profile matched placebo in every subgroup.';
const OK = 'C: Okay.';

describe('a pitch of mostly generic claims', () => {
  it('with a feature dump and twice as many generic claim turns as linked ones, is capped and says why', () => {
    const m = metricOf(conversation(ASK, NEED, LINK, OK, GENERIC, OK, GENERIC, OK, DUMP, OK), 'making_it_matter');
    expect(m.score).toBe(2);
    expect(m.components.find((c) => c.name === 'priority_links')!.rationale).toContain('the metric is capped at 2');
  });

  it('without a feature dump, is not capped', () => {
    const m = metricOf(conversation(ASK, NEED, LINK, OK, GENERIC, OK, GENERIC, OK), 'making_it_matter');
    expect(m.score).toBeGreaterThan(2);
  });

  it('with as many linked turns as generic ones, is not capped', () => {
    const m = metricOf(conversation(ASK, NEED, LINK, OK, LINK_AGAIN, OK, GENERIC, OK, DUMP, OK), 'making_it_matter');
    expect(m.components.find((c) => c.name === 'priority_links')!.rationale).not.toContain('capped');
    expect(m.score).toBeGreaterThan(2);
  });
});
