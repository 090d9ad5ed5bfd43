// Template seams between a rep turn and the reply: frames, praise, goodbyes, quoted rep words.
import { describe, expect, it } from 'vitest';
import {
  findGoodbyeQuestion,
  findSilentReply,
  findNonNounEchoes,
  findPraiseWithoutQuestion,
  findStackedFrames,
  isNounPhrase,
} from '../../hcp-quality/detect/index.mjs';

describe('findStackedFrames', () => {
  it.each([
    'Since you ask about prior auth: To come back to prior auth: It takes weeks.',
    "I'm glad you asked about endpoint. We covered endpoint already. Keeping readmissions down matters.",
    'Fair question. On budget: we are over target.',
  ])('finds two frames in a row in "%s"', (reply) => expect(findStackedFrames(reply)).toHaveLength(1));

  it.each([
    'Glad you asked. Most of my patients are older.',
    'On budget: we are over target. Good question, though.',
    'Right. We are above the benchmark. Something else matters too.',
  ])('accepts one frame before the content in "%s"', (reply) => expect(findStackedFrames(reply)).toEqual([]));
});

describe('findPraiseWithoutQuestion', () => {
  it('finds "Good question" after a statement', () => {
    expect(findPraiseWithoutQuestion('Our hub handles the paperwork.', 'Good question. It takes weeks.')).toEqual([
      { at: 'Good question' },
    ]);
  });

  it.each([
    { rep: 'How long do prior auths take?', why: 'a question' },
    { rep: 'Tell me about your prior auths.', why: 'a prompt' },
  ])('accepts it after $why', ({ rep }) => expect(findPraiseWithoutQuestion(rep, 'Good question. Weeks.')).toEqual([]));
});

describe('findGoodbyeQuestion', () => {
  it('finds a question after the rep says goodbye', () => {
    expect(
      findGoodbyeQuestion(
        "OK, thanks for your time. I'll check back sometime.",
        'Right. How would that work for falls?',
      ),
    ).toEqual([{ at: 'How would that work for falls?' }]);
  });

  it.each([
    { rep: 'Thanks for your time.', reply: 'Good. See you Thursday.', why: 'the HCP says goodbye too' },
    {
      rep: 'Thanks for your time. Could I come back Thursday?',
      reply: 'Which Thursday?',
      why: 'the rep asked something',
    },
    { rep: 'What worries you most?', reply: 'What do you think?', why: 'the rep did not say goodbye' },
  ])('accepts it when $why', ({ rep, reply }) => expect(findGoodbyeQuestion(rep, reply)).toEqual([]));
});

describe('findNonNounEchoes', () => {
  it.each([
    { rep: 'Would patients stop using it?', reply: 'How does Plaquora handle stop using?', phrase: 'stop using' },
    { rep: 'Could you try it on a few patients?', reply: 'Tell me more about try it.', phrase: 'try it' },
    { rep: 'Should they switch?', reply: 'Tell me more about switch.', phrase: 'switch' },
    { rep: 'Can you start it today?', reply: 'You keep saying "start it".', phrase: 'start it' },
  ])('finds "$phrase" echoed as if it were a noun', ({ rep, reply, phrase }) => {
    expect(findNonNounEchoes(rep, reply).map((e) => e.phrase)).toEqual([phrase]);
  });

  it.each([
    { rep: 'What about prior auth?', reply: 'Tell me more about prior auth.' },
    { rep: 'Events were reduced events overall.', reply: 'You keep saying "reduced events".' },
    { rep: 'We could try it.', reply: 'What would you do about switching?' },
    { rep: 'Could you try it?', reply: 'I will think on it.' },
  ])('accepts "$reply"', ({ rep, reply }) => expect(findNonNounEchoes(rep, reply)).toEqual([]));
});

describe('isNounPhrase', () => {
  it.each([
    { p: 'prior auth', out: true },
    { p: 'switching', out: true },
    { p: 'stop using', out: false },
    { p: 'try it', out: false },
    { p: 'the', out: false },
    { p: 'what you use', out: false },
  ])('says $p is a noun phrase: $out', ({ p, out }) => expect(isNounPhrase(p)).toBe(out));
});

describe('findSilentReply', () => {
  it.each(['...', '…', ' . '])('finds %j', (reply) => expect(findSilentReply(reply)).toHaveLength(1));
  it.each(['Fine.', 'No.'])('accepts %j', (reply) => expect(findSilentReply(reply)).toEqual([]));
});
