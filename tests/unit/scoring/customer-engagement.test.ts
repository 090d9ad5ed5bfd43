import { describe, expect, it } from 'vitest';
import { conversation, customer, rep } from '../../builders.js';
import { componentOf } from './support.js';

const score = (lines: string[], name: string) => componentOf(conversation(...lines), 'customer_engagement_signals', name).score;
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('customer_talk_time counts words, not turns', () => {
  it.each([
    { customerWords: 50, repWords: 50, score: 5, why: '50%' },
    { customerWords: 45, repWords: 55, score: 5, why: 'exactly 45%' },
    { customerWords: 65, repWords: 35, score: 5, why: 'exactly 65%' },
    { customerWords: 70, repWords: 30, score: 4, why: '70%' },
    { customerWords: 40, repWords: 60, score: 4, why: '40%' },
    { customerWords: 30, repWords: 70, score: 3, why: '30%' },
    { customerWords: 80, repWords: 20, score: 3, why: '80%' },
    { customerWords: 20, repWords: 80, score: 2, why: '20%' },
    { customerWords: 90, repWords: 10, score: 2, why: '90%' },
    { customerWords: 10, repWords: 90, score: 1, why: '10%' },
    { customerWords: 95, repWords: 5, score: 1, why: '95%' },
  ])('scores a $why customer share as $score', ({ customerWords, repWords, score: expected }) => {
    const turns = [rep(words(repWords)), customer(words(customerWords))];
    expect(componentOf(turns, 'customer_engagement_signals', 'customer_talk_time').score).toBe(expected);
  });

  it('does not call alternating turns 50% when the rep says far more', () => {
    const turns = [rep(words(90)), customer('Okay.'), rep(words(90)), customer('Sure.')];
    expect(componentOf(turns, 'customer_engagement_signals', 'customer_talk_time').score).toBe(1);
  });
});

describe('customer_question_quality', () => {
  it.each([
    { asks: 3, score: 5 },
    { asks: 2, score: 4 },
    { asks: 1, score: 3 },
    { asks: 0, score: 2 },
  ])('scores $asks customer questions as $score', ({ asks, score: expected }) => {
    const lines = ['R: Thanks for your time.', ...Array.from({ length: asks }, () => 'C: How does the copay program work?'), 'C: We use generics.'];
    expect(score(lines, 'customer_question_quality')).toBe(expected);
  });

  it('does not count confused or hurried questions as engagement', () => {
    expect(score(['R: Our agent binds CGRP.', 'C: Sorry, what do you mean?'], 'customer_question_quality')).toBe(2);
  });
});

describe('forward_looking_cues', () => {
  it.each([
    { lines: ['R: Shall we plan a trial?', 'C: What would the next step be?', 'R: A short call.', 'C: Sounds good, send me the form.'], score: 5 },
    { lines: ['R: Shall we plan a trial?', 'C: Send me the form.'], score: 4 },
    { lines: ['R: Shall we plan a trial?', 'C: We will see.'], score: 3 },
  ])('scores case $# as $score', ({ lines, score: expected }) => {
    expect(score(lines, 'forward_looking_cues')).toBe(expected);
  });
});

describe('energy_shifts', () => {
  it.each([
    { lines: ['R: How is the clinic?', 'C: Busy but good, we just hired two nurses for the asthma program.'], score: 5, why: 'steady' },
    { lines: ['R: Let me show you the data.', 'C: I have to go soon.'], score: 3, why: 'one exit line' },
    { lines: ['R: Let me show you the data.', 'C: Okay.', 'R: And the device.', 'C: Fine.'], score: 3, why: 'a run of clipped replies' },
    { lines: ['R: Let me show you the data.', 'C: Okay.', 'R: And the device.', 'C: Fine.', 'R: And the app.', 'C: I have to go, another meeting.'], score: 2, why: 'clipped replies and an exit' },
  ])('scores $why as $score', ({ lines, score: expected }) => {
    expect(score(lines, 'energy_shifts')).toBe(expected);
  });

  it('counts a fading customer as a signal, but not short answers while agreeing to next steps', () => {
    const long = 'C: We have a lot going on with our heart failure clinic and the titration protocol we built last year with pharmacy.';
    const fading = conversation('R: How is it going?', long, 'R: Tell me more.', long, 'R: And then?', 'C: Not much.', 'R: Okay.', 'C: Yes.', 'R: Right.', 'C: No.');
    const closing = conversation('R: How is it going?', long, 'R: Tell me more.', long, 'R: And then?', 'C: Not much.', 'R: Thursday at 3?', 'C: Thursday works.', 'R: Great.', 'C: Sounds good.');
    expect(componentOf(fading, 'customer_engagement_signals', 'energy_shifts').score).toBe(3);
    expect(componentOf(closing, 'customer_engagement_signals', 'energy_shifts').score).toBe(5);
  });
});
