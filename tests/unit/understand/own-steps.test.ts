// The rep asking leave for a step of its own, phrased as reps do ("Could I set up a call with your
// analytics lead next week?", "Could I check back in two weeks?"), and the HCP granting a time budget.
// Written for this test from calls played outside the labeled set: before the fix every "Could I …"
// ask below read as a plain closed question, so the HCP's "That's fine." answered nothing and a yes
// to a vague check-back counted as a yes to the specific step brushed off before it.
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

const BUSY = 'C: Honestly the readmissions are what the board asks me about.';

const ROWS: Row[] = [
  // Walking or showing someone through something is a step once it has a time; without one it asks leave to talk.
  { lines: [BUSY, 'R: Could I walk your discharge nurse through it on Wednesday at two?'], has: 'commitment_request' },
  { lines: [BUSY, 'R: Could I walk your discharge nurse through it on Wednesday at two?'], has: 'next_step_specific' },
  {
    lines: [BUSY, 'R: Could I walk your discharge nurse through it on Wednesday at two?', 'C: Wednesday at two works.'],
    has: 'agrees',
  },
  { lines: [BUSY, 'R: Could I walk you through the data?'], not: 'commitment_request' },
  // Asking leave for the rep's own step is an ask the HCP can say yes or no to.
  {
    lines: [BUSY, 'R: Could I set up a call with your analytics lead next week to scope it?'],
    has: 'commitment_request',
  },
  {
    lines: [BUSY, 'R: Could I set up a call with your analytics lead next week to scope it?'],
    has: 'next_step_specific',
  },
  {
    lines: [BUSY, "R: Could I check back in two weeks to see if you'd like to discuss it?"],
    has: 'commitment_request',
  },
  { lines: [BUSY, "R: Could I check back in two weeks to see if you'd like to discuss it?"], has: 'next_step_vague' },
  { lines: [BUSY, 'R: Maybe I can stop by Thursday with the enrollment forms?'], has: 'commitment_request' },
  { lines: [BUSY, 'R: Could I give you a call Friday?'], has: 'commitment_request' },
  { lines: [BUSY, 'R: Could we get your nurses together for a lunch Tuesday?'], has: 'commitment_request' },
  { lines: [BUSY, 'R: Can I get you the enrollment forms by Friday?'], has: 'commitment_request' },
  // Near misses: leave to ask, to check a fact or to hear an opinion asks for no step.
  { lines: [BUSY, 'R: Could I get your take on the subgroup data?'], not: 'commitment_request' },
  { lines: [BUSY, "R: Can I ask what you're using today?"], not: 'commitment_request' },
  { lines: [BUSY, 'R: Could I check, are you using the pen or the vial?'], not: 'commitment_request' },
  { lines: [BUSY, 'R: Could I show you one slide from the trial?'], not: 'commitment_request' },
  // A call promised for next week is a follow-up, no more specific than "I'll check back next week".
  { lines: [BUSY, "R: I'll give you a call next week."], has: 'next_step_vague' },
  { lines: [BUSY, "R: I'll give you a call next week."], not: 'next_step_specific' },
  // A yes the same sentence takes back with a time limit agrees to nothing; a plain grant does.
  {
    lines: [
      "R: I'd like to hear how you handle refills. Does that work?",
      'C: Sure, but I only have about five minutes.',
    ],
    not: 'agrees',
  },
  {
    lines: ['R: Do you have a few minutes to talk about refills?', "C: Sure, I've got ten minutes or so."],
    has: 'agrees',
  },
];

describe("the rep's own steps", () => {
  it.each(ROWS.map((r) => [r.lines.at(-1)!, r] as const))('%s', (_, row) => expectRow(row));
});
