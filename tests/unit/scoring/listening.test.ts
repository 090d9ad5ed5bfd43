// listening_responsiveness rules found by scoring calls written outside the labeled set.
import { describe, expect, it } from 'vitest';
import { conversation } from '../../builders.js';
import { componentOf, metricOf } from './support.js';

describe('an answer that leaves the HCP still lost', () => {
  const call = (reply: string, after: string) =>
    conversation(
      'R: In the pivotal trial, Cardevo cut the composite of CV death or HF hospitalization by 21 percent, consistent across prespecified subgroups.',
      'C: Sorry, you lost me. Is that on top of an SGLT2 inhibitor or instead of one?',
      `R: ${reply}`,
      `C: ${after}`,
    );
  it('is no sign of listening when the HCP says again they do not follow', () => {
    const c = componentOf(
      call(
        'The trial was background-therapy agnostic and the interaction p-value was non-significant, so the effect was preserved.',
        "I still don't follow. Do I add it or not?",
      ),
      'listening_responsiveness',
      'heard',
    );
    expect(c.rationale).toContain('0 of 1');
  });
  it('while the same answer that lands is one', () => {
    const c = componentOf(
      call(
        'On top of it. About four in ten were already on an SGLT2 inhibitor, and it worked just as well for them.',
        'Okay, so I add it. What about potassium?',
      ),
      'listening_responsiveness',
      'heard',
    );
    expect(c.rationale).toContain('1 of 1');
  });
});

describe('a summary at the close', () => {
  const call = (summary: string) =>
    conversation(
      'R: Today I want to cover the new data on Uralex, how it compares, and our savings program.',
      'C: I know the old one works fine if you actually titrate it. My patients get to target.',
      'R: I hear you. However, the data really speaks for itself. Uralex got more patients to goal.',
      "C: Sure. The old one's also four dollars a month. Look, I need to get to my next patient.",
      `R: Absolutely, I respect your time. ${summary} I'll send you the study and swing by Tuesday.`,
    );
  it("restates nothing when it sums up the rep's own pitch", () => {
    const c = componentOf(
      call('So just to summarize: better efficacy, simple dosing, and affordable.'),
      'listening_responsiveness',
      'restating',
    );
    expect(c.rationale).toBe('0 accurate restatement(s) of what the HCP said');
  });
  it("restates the HCP when it sums up the HCP's points", () => {
    const c = componentOf(
      call('So to recap: you titrate the old one to target, and at four dollars a month cost matters.'),
      'listening_responsiveness',
      'restating',
    );
    expect(c.rationale).toBe('1 accurate restatement(s) of what the HCP said');
  });
});

describe('restating the HCP wrongly or word for word, twice', () => {
  const SHARE =
    'C: It happens a lot in my stage 4 patients. Potassium creeps to 5.6, 5.8, and I end up halving or stopping the ARB.';
  const PILLS = 'C: Most of these people already take twelve, thirteen pills a day, and the last binder was like sand.';
  it('caps listening however much else the rep answered', () => {
    const turns = conversation(
      'R: How often do you have to stop an ARB because of potassium?',
      SHARE,
      'R: Potassium creeps to 5.6, 5.8, and you end up halving or stopping the ARB.',
      "C: Yes. That's what I said.",
      'R: In patients on RAAS inhibitors, 84 percent stayed on their ARB at one year with Kalvenex.',
      PILLS,
      'R: Twelve, thirteen pills a day, and the last binder was like sand.',
    );
    const c = componentOf(turns, 'listening_responsiveness', 'restating');
    expect(c.rationale).toContain('2 parroted or misstated, so listening is at most 2');
    expect(metricOf(turns, 'listening_responsiveness').score!).toBeLessThanOrEqual(2);
  });
  it('leaves one slip among accurate restatements uncapped', () => {
    const turns = conversation(
      'R: How often do you have to stop an ARB because of potassium?',
      SHARE,
      'R: Potassium creeps to 5.6, 5.8, and you end up halving or stopping the ARB.',
      "C: Yes. That's what I said.",
      'R: Sorry, so the real cost is losing the kidney protection when the ARB goes. How do you handle that?',
      PILLS,
      'R: So the pill count and the texture are what stop them, more than the potassium itself.',
    );
    expect(componentOf(turns, 'listening_responsiveness', 'restating').rationale).not.toContain('at most');
  });
});

describe('a feeling the HCP shows', () => {
  const LOSS =
    "C: A few. It's been a rough week. We lost a teenager to an asthma attack on Sunday. His sister is one of ours.";
  it("passed over by a question on the HCP's own words is not heard, and is a misstep", () => {
    const turns = conversation(
      'R: Hi Maria, do you have a few minutes to talk about asthma control in your kids?',
      LOSS,
      'R: Oh. So, are most of your asthma patients on an inhaled steroid right now?',
    );
    expect(componentOf(turns, 'listening_responsiveness', 'heard').rationale).toContain('0 of 1');
    expect(componentOf(turns, 'listening_responsiveness', 'missteps').rationale).toContain('passed over a feeling');
  });
  it('while acknowledging it first is heard', () => {
    const turns = conversation(
      'R: Hi Maria, do you have a few minutes to talk about asthma control in your kids?',
      LOSS,
      "R: I'm so sorry. That's a terrible loss. We can keep this short, or I can come back another day.",
    );
    expect(componentOf(turns, 'listening_responsiveness', 'heard').rationale).toContain('1 of 1');
    expect(componentOf(turns, 'listening_responsiveness', 'missteps').rationale).not.toContain('feeling');
  });
});
