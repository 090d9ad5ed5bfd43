// Reading a rep turn into acts: rp-1 phrase lists on word boundaries, several acts per turn.
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyTurn, type ActContext } from '../../../src/hcp/acts.js';
import { findHits } from '../../../src/hcp/hits.js';
import { termHits } from '../../../src/hcp/material.js';
import type { RepAct } from '../../../src/hcp/types.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { analyze } from '../../../src/scoring/text.js';
import { fixtureScenario } from './builders.js';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await fixtureScenario();
});

const HCP_SAID = analyze('My patients forget their pills, and the missed doses pile up.');

function actsOf(text: string, o: Partial<ActContext> = {}): RepAct[] {
  const ctx: ActContext = { scenario, recentWords: [...HCP_SAID.content], lastReplyWords: [...HCP_SAID.content], timeCuePending: false, lastRepWords: 10, ...o };
  const t = analyze(text);
  return classifyTurn(text, t, findHits(t, scenario, ctx.recentWords), ctx).acts;
}

const DUMP =
  'Testorin has a novel mechanism, an elegant molecule, convenient packaging, strong launch numbers, glowing reviews from key opinion leaders, a beautiful brand campaign, and our company has invested heavily in it, so it is the best option on the market.';

describe('classifyTurn', () => {
  it.each([
    { text: 'What matters most to you when you choose a treatment?', acts: ['open-question'] },
    { text: 'So, how do you decide?', acts: ['open-question'] },
    { text: 'Tell me about a typical week in clinic.', acts: ['open-question'] },
    { text: 'Do you see many hypertension patients?', acts: ['closed-question'] },
    { text: 'How do you handle missed doses?', acts: ['open-question', 'priority-link'] },
    { text: 'It sounds like patients forget their pills.', acts: ['paraphrase', 'priority-link'] },
    { text: 'I hear you, that makes sense.', acts: ['acknowledgment'] },
    { text: DUMP, acts: ['feature-dump'] },
    { text: 'Would you be open to a next step with two patients?', acts: ['closed-question', 'commitment-request'] },
    { text: 'Did you watch the game last night? The weather was wonderful and sunny.', acts: ['closed-question', 'off-topic'] },
    { text: 'But actually, that is not true.', acts: ['rebuttal'] },
    { text: 'I understand, but the numbers say otherwise.', acts: ['acknowledgment'] },
  ] as { text: string; acts: RepAct[] }[])('reads "$text" as $acts', ({ text, acts }) => {
    expect(actsOf(text)).toEqual(acts);
  });

  it.each([
    { text: 'I know you have a full afternoon.', why: '"I know" is not "no"' },
    { text: 'Please press the button on the device.', why: '"button" is not "but"' },
    { text: 'Factually, the tablet is small.', why: '"factually" is not "actually"' },
    { text: 'The switchboard called earlier.', why: '"switchboard" is not "switch"' },
  ])('finds no rebuttal or objection trigger when $why', ({ text }) => {
    expect(actsOf(text)).not.toContain('rebuttal');
    expect(findHits(analyze(text), scenario, []).raisedBy).toEqual({});
  });

  it.each([
    { text: 'Blood pressure is up', terms: ['sure'], hits: [] },
    { text: 'I know', terms: ['no'], hits: [] },
    { text: 'Do you use combination pills?', terms: ['combination pill'], hits: ['combination pills'] },
    { text: 'Readmissions are rising', terms: ['readmission'], hits: ['readmissions'] },
  ])('matches terms $terms in "$text" on word boundaries only', ({ text, terms, hits }) => {
    expect(termHits(analyze(text), terms)).toEqual(hits);
  });

  it.each([
    { text: 'Let me walk you through every single study endpoint we have in the deck today, one at a time, in detail.', ignored: true },
    { text: 'Just one thing, then I will go.', ignored: false },
    { text: 'I will be brief: it helps patients who forget doses, and I can explain the rest another day if that suits you.', ignored: false },
    { text: 'Could I come back next week to follow up on the rest of the study data and the endpoints in more detail?', ignored: false },
  ])('after a time cue, "$text" ignores it: $ignored', ({ text, ignored }) => {
    expect(actsOf(text, { timeCuePending: true, lastRepWords: 12 }).includes('ignored-time-cue')).toBe(ignored);
  });

  it('never calls a turn off topic when it reuses the HCP words', () => {
    expect(actsOf('Those missed doses pile up quickly, I imagine.')).not.toContain('off-topic');
  });
});
