// Cue/posture contradictions: sitting down after leaving or standing, staring silently while answering.
import { describe, expect, it } from 'vitest';
import { findCueContradictions, postureOf } from '../../hcp-quality/detect/index.mjs';
import { hcp, rep } from './builders.js';

describe('postureOf', () => {
  it.each([
    { cue: '*picks up her car keys from the desk*', p: 'leaving' },
    { cue: '*grabs her stethoscope and heads for room two*', p: 'leaving' },
    { cue: '*stands up from the workstation*', p: 'standing' },
    { cue: '*pulls a chair over and sits down*', p: 'seated' },
    { cue: '*stops and stares at you without answering*', p: 'silent' },
    { cue: '*nods slowly*', p: undefined },
  ])('reads $cue as $p', ({ cue, p }) => expect(postureOf(cue)).toBe(p));
});

describe('findCueContradictions', () => {
  it('finds sitting down after picking up the car keys', () => {
    const t = [
      hcp('Hi.'),
      rep('One thing?'),
      hcp('Quickly.', ['*picks up her car keys from the desk*']),
      rep('Falls?'),
      hcp('Yes, falls.', ['*pulls a chair over and sits down*']),
    ];
    expect(findCueContradictions(t)).toEqual([
      {
        turn: 4,
        why: 'sits down after making to leave',
        cues: ['*picks up her car keys from the desk*', '*pulls a chair over and sits down*'],
        text: 'Yes, falls.',
      },
    ]);
  });

  it('finds sitting down again after standing up', () => {
    const t = [
      hcp('Hi.', ['*stands up behind the desk*']),
      rep('Falls?'),
      hcp('Falls.', ['*sits back, shoulders loosening*']),
    ];
    expect(findCueContradictions(t).map((c) => c.why)).toEqual(['sits down again after standing up']);
  });

  it.each([
    { what: 'a cue that says it goes back', cue: '*sits back down slowly*', text: 'Fine.' },
    {
      what: 'a reply that asks to sit',
      cue: '*pulls a chair over and sits down*',
      text: "All right, let's sit for this.",
    },
  ])('accepts sitting after standing with $what', ({ cue, text }) => {
    const t = [hcp('Hi.', ['*stands up behind the desk*']), rep('Falls?'), hcp(text, [cue])];
    expect(findCueContradictions(t)).toEqual([]);
  });

  it('accepts standing up after sitting', () => {
    const t = [
      hcp('Hi.', ['*sits down and turns toward you*']),
      rep('Thanks.'),
      hcp('Bye.', ['*stands and offers a handshake*']),
    ];
    expect(findCueContradictions(t)).toEqual([]);
  });

  it('finds a silent stare on a reply that answers the question', () => {
    const t = [
      hcp('Hi.'),
      rep('How far do your patients travel for infusions?'),
      hcp('Half of them drive two hours for infusions.', ['*stops and stares at you without answering*']),
    ];
    expect(findCueContradictions(t).map((c) => c.why)).toEqual(['answers while the cue says it does not']);
  });

  it.each([
    {
      rep: 'It is a breakthrough with superior survival.',
      text: 'I have rounds in two minutes.',
      why: 'no question was asked',
    },
    { rep: 'How far do your patients travel?', text: '...', why: 'the reply says nothing' },
  ])('accepts a silent stare when $why', ({ rep: r, text }) => {
    expect(
      findCueContradictions([hcp('Hi.'), rep(r), hcp(text, ['*stops and stares at you without answering*'])]),
    ).toEqual([]);
  });
});
