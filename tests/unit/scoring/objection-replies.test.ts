// Which HCP turns objection navigation answers for, and how each reply is scored: the same list
// the feedback's Outcome counts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, objectionReplies, readTranscript } from '../../../src/scoring/index.js';
import { conversation } from '../../builders.js';
import { metricOf } from './support.js';
import { AFFORD, PAST_THE_CUE, RUSHED_COST, SWITCH, UNDOING } from '../../support/rushed-urologist.js';

const cut = DEFAULT_RUBRIC.cuts.objection_navigation;
const replies = (...lines: string[]) => objectionReplies(readTranscript(conversation(...lines), DEFAULT_RUBRIC), cut);

describe('objectionReplies', () => {
  it('treats an opening time limit as a time objection: met by shortening, ignored by pitching on', () => {
    const met = replies(
      "C: I've got two minutes, the waiting room is full.",
      "R: Understood, I'll keep it short: one question. What's the biggest obstacle to getting them to target dose?",
    );
    expect(met).toMatchObject([{ heard: true, score: cut.heardAndAnswered }]);
    const ignored = replies(
      "C: I've got two minutes, the waiting room is full.",
      'R: Our product has a novel mechanism, once-daily dosing, a savings card, strong trial data and a great safety profile across every subgroup we studied.',
    );
    expect(ignored).toMatchObject([{ heard: false }]);
    expect(ignored[0]!.score).toBeLessThan(2.5);
  });

  it('hears out an objection the rep grants and then asks about, without the word "why"', () => {
    const OBJECTION =
      "C: I've read these trials. Two or three points on a rating scale. That doesn't convince me it matters.";
    const explored = replies(
      OBJECTION,
      "R: That's a fair challenge. What would a meaningful change on that scale look like in one of your patients?",
    );
    expect(explored).toMatchObject([{ heard: true, score: cut.heardAndAnswered }]);
    const changed = replies(
      OBJECTION,
      "R: That's a fair challenge. How many new patients do you start on an antipsychotic each month?",
    );
    expect(changed[0]!.score).toBeLessThan(cut.heard);
  });

  it('counts a feature dump after an objection as ignoring it, even when one item touches it', () => {
    const dumped = replies(UNDOING, AFFORD, SWITCH, RUSHED_COST, PAST_THE_CUE);
    expect(dumped.at(-1)).toMatchObject({ heard: false, score: cut.ignored });
  });

  it('leaves a time cue later in the call to adaptability, and no objection at all n/a', () => {
    const later = conversation(
      'R: What matters most to you with these patients?',
      'C: Keeping them out of the hospital.',
      'R: What gets in the way?',
      'C: I have to run, I have a patient waiting.',
      'R: I will be quick.',
    );
    expect(objectionReplies(readTranscript(later, DEFAULT_RUBRIC), cut)).toEqual([]);
    expect(metricOf(later, 'objection_navigation').score).toBeNull();
  });

  it('scores an argued objection lowest and one heard out and answered highest', () => {
    const argued = replies(
      "C: I'm worried about the cost for my patients.",
      'R: I hear you, but it really pays for itself.',
    );
    const heard = replies(
      "C: I'm worried about the cost for my patients.",
      'R: That is a fair worry. What are they paying for the current drug?',
    );
    expect(argued).toMatchObject([{ score: 1, heard: false }]);
    expect(heard[0]!.heard).toBe(true);
    expect(heard[0]!.score).toBeGreaterThan(argued[0]!.score);
  });
});
