// How the HCP reads a rep turn: through the understanding layer, in the context of the talk so far.
import { beforeAll, describe, expect, it } from 'vitest';
import { findHits } from '../../../src/hcp/hits.js';
import { readRepTurn } from '../../../src/hcp/reading.js';
import type { SaidTurn } from '../../../src/hcp/types.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { analyzeWords, readConversation } from '../../../src/understand/index.js';
import { fixtureScenario } from './builders.js';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await fixtureScenario();
});

const hcp = (text: string): SaidTurn[] => [{ speaker: 'customer', text }];
const NEED = hcp('My patients forget their pills, and the missed doses pile up.');
const OBJECTION = hcp("I think we're fine with what we have.");
const TIME = hcp('I only have a couple of minutes, so make it quick.');

describe('readRepTurn', () => {
  it.each([
    { said: NEED, text: 'What matters most to you when you choose a treatment?' },
    { said: NEED, text: 'It sounds like patients forget their pills.' },
    { said: OBJECTION, text: 'I understand, but the numbers say otherwise.' },
    { said: TIME, text: 'Could I come back next week to follow up on the rest of the study data?' },
  ])('takes the acts the scorer reads for "$text", no more and no fewer', ({ said, text }) => {
    const scorer = readConversation([...said, { speaker: 'rep', text }]).turns.at(-1)!;
    expect(readRepTurn(said, text).acts).toEqual(scorer.acts.map((a) => a.act));
  });

  it.each([
    { text: 'What matters most to you when you choose a treatment?', question: 'open' },
    { text: 'Tell me about a typical week in clinic.', question: 'open' },
    { text: 'Do you see many hypertension patients?', question: 'closed' },
    { text: 'I hear you, that makes sense.', question: undefined },
  ])('answers "$text" as a $question question', ({ text, question }) => {
    expect(readRepTurn(NEED, text).question).toBe(question);
  });

  // Found in the REPL: "Can I ask what you've seen…?" was answered "Yes. Most of my RA patients…".
  it.each([
    { text: 'Do you see many hypertension patients?', yesNo: true },
    { text: 'Could they manage a weekly pen?', yesNo: true },
    { text: "Can I ask what you've seen in your own patients?", yesNo: false },
    { text: 'Could I ask how you decide who gets a second drug?', yesNo: false },
    { text: 'How do you decide who gets a second drug?', yesNo: false },
    // Found in the REPL: a check on the rep's own offer was answered "Yes, quite a few. What are you thinking?".
    { text: 'We have a management guide your nurses can use. Would that help?', yesNo: false },
    // Found in the REPL: an agenda's "Does that work?" was answered "Yes, we do.".
    {
      text: "I'd like to understand how your committee is thinking about these drugs, and share where we might help. Does that work?",
      yesNo: false,
    },
  ])('reads "$text" as yes/no $yesNo', ({ text, yesNo }) => {
    expect(readRepTurn(OBJECTION, text).yesNo).toBe(yesNo);
  });

  // Found in the REPL: a playback asked as a question was "covered" ("I think we covered insulin hesitancy.").
  it.each([
    { text: "So it's the missed doses, more than the pills themselves?", playsBack: true },
    { text: 'So the missed doses pile up. How many patients is that?', playsBack: false },
  ])('reads "$text" as a playback asked: $playsBack', ({ text, playsBack }) => {
    expect(readRepTurn(NEED, text).playsBack).toBe(playsBack);
  });

  it.each([
    { text: "I hear you, that's a fair concern.", ack: true, rebuttal: false },
    { text: 'I understand, but the numbers say otherwise.', ack: false, rebuttal: true },
    { text: "That's not true.", ack: false, rebuttal: true },
  ])('after an objection reads "$text" as acknowledge $ack, rebuttal $rebuttal', ({ text, ack, rebuttal }) => {
    const { acts } = readRepTurn(OBJECTION, text);
    expect(acts.includes('acknowledge')).toBe(ack);
    expect(acts.includes('rebuttal')).toBe(rebuttal);
  });

  it.each([
    {
      text: 'Let me walk you through every single study endpoint we have in the deck today, one at a time, in detail.',
      ignored: true,
    },
    { text: 'Just one thing, then I will go.', ignored: false },
    {
      text: "I'll be brief: it helps patients who forget doses, and I can explain the rest another day if that suits you.",
      ignored: false,
    },
    {
      text: 'Could I come back next week to follow up on the rest of the study data and the endpoints in more detail?',
      ignored: false,
    },
  ])('after a time cue, "$text" ignores it: $ignored', ({ text, ignored }) => {
    expect(readRepTurn(TIME, text).ignoredTimeCue).toBe(ignored);
  });

  it('never calls a time cue ignored when the HCP gave none', () => {
    expect(
      readRepTurn(
        NEED,
        'Let me walk you through every single study endpoint we have in the deck today, one at a time, in detail.',
      ).ignoredTimeCue,
    ).toBe(false);
  });

  it.each([
    { text: 'I know you have a full afternoon.', why: '"I know" is not "no"' },
    { text: 'Please press the button on the device.', why: '"button" is not "but"' },
    { text: 'Factually, the tablet is small.', why: '"factually" is not "actually"' },
    { text: 'The switchboard called earlier.', why: '"switchboard" is not "switch"' },
  ])('finds no rebuttal or objection trigger when $why', ({ text }) => {
    expect(readRepTurn(OBJECTION, text).acts).not.toContain('rebuttal');
    expect(findHits(analyzeWords(text), scenario, []).raisedBy).toEqual({});
  });

  it('never calls a turn off topic when it reuses the HCP words', () => {
    expect(readRepTurn(NEED, 'Those missed doses pile up quickly, I imagine.').acts).not.toContain('off_topic');
  });
});
