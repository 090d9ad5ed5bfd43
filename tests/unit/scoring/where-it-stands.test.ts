// Every case of issue 12's "Where it stands" as a test of the right reading: what a trainer hears
// in each line, and what the scorecard makes of it. rp-1 got each of these wrong.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, scoreTranscript } from '../../../src/scoring/index.js';
import { readConversation } from '../../../src/understand/index.js';
import type { Turn } from '../../../src/types.js';
import { customer, rep } from '../../builders.js';
import { metricOf } from './support.js';

const actsAt = (turns: Turn[], i: number): string[] => readConversation(turns).turns[i]!.acts.map((a) => a.act);

describe('missed by rp-1, read now', () => {
  it('reads a paraphrase without stock words ("So the extra visits and the pill burden…")', () => {
    const turns = [
      customer(
        'Half my hypertensive patients need a second drug, and every extra visit and extra pill is another chance they drop off. That is why so many stay above goal.',
      ),
      rep('So the extra visits and the pill burden are what keep them above goal… Is that right?'),
    ];
    expect(actsAt(turns, 1)).toContain('paraphrase');
    expect(
      metricOf(turns, 'listening_responsiveness').components.find((c) => c.name === 'restating')!.score,
    ).toBeGreaterThan(2);
  });

  it('reads "That\'s a fair concern." as acknowledging the concern', () => {
    const turns = [
      rep('It lowers readmissions by a third.'),
      customer("I'm worried about the cost for my Medicare patients."),
      rep("That's a fair concern. What are they paying now?"),
    ];
    expect(actsAt(turns, 1)).toContain('objection_cost');
    expect(actsAt(turns, 2)).toEqual(expect.arrayContaining(['acknowledge', 'explore']));
  });

  it('reads "I\'d like to use them to understand how you approach…" as a purpose', () => {
    expect(
      actsAt(
        [
          rep(
            "Thanks for the ten minutes. I'd like to use them to understand how you approach patients who stay above goal.",
          ),
        ],
        0,
      ),
    ).toContain('purpose');
  });

  it('reads "…next Wednesday at noon?" as a specific next step', () => {
    const turns = [
      customer('That could work for a couple of my patients.'),
      rep('Could I come back with the coverage sheet next Wednesday at noon?'),
    ];
    expect(actsAt(turns, 1)).toEqual(expect.arrayContaining(['next_step_specific', 'commitment_request']));
  });

  it('reads "I come back Thursday at 5" as ownership of a specific step', () => {
    expect(actsAt([customer('Okay.'), rep('I come back Thursday at 5 with the dosing table.')], 1)).toEqual(
      expect.arrayContaining(['ownership', 'next_step_specific']),
    );
  });

  it.each(['I need to pick up my son soon.', 'I really have to go.'])('reads "%s" as a time cue', (said) => {
    expect(actsAt([rep('What matters most to you?'), customer(said)], 1)).toContain('time_cue');
  });

  it('reads "I\'m worried about electrolytes" as a safety objection', () => {
    expect(
      actsAt(
        [
          rep('It adds a diuretic to the ARB in one pill.'),
          customer("I'm worried about electrolytes in my older patients."),
        ],
        1,
      ),
    ).toContain('objection_safety');
  });

  it('reads a five-feature list as a feature dump, and never as a recap', () => {
    const turns = [
      customer('What is it?'),
      rep(
        "It's a once-daily tablet, with no titration, a 24-hour half-life, no food effect, no renal adjustment, and a copay card that brings it down to ten dollars, plus a starter kit and a patient app.",
      ),
    ];
    expect(actsAt(turns, 1)).toContain('feature_dump');
    expect(actsAt(turns, 1)).not.toContain('recap');
  });
});

describe('rewarded by rp-1, earning nothing now', () => {
  const nonsense = [
    customer('What brings you in today?'),
    rep('asdkj qwpoe zzxm'),
    customer('Sorry?'),
    rep('ok'),
    customer("I'm sorry, I'm confused."),
    rep('👍🙂'),
    customer('Go on.'),
    rep('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(140)),
  ];

  it('reads gibberish, "ok", emoji and a 7,600-character paste as turns with no content', () => {
    const reading = readConversation(nonsense);
    expect(reading.turns.filter((t) => t.speaker === 'rep').map((t) => t.acts.map((a) => a.act))).toEqual([
      ['no_content'],
      ['no_content'],
      ['no_content'],
      ['no_content'],
    ]);
  });

  it('scores them low overall, with no adaptability credit and every core metric low', () => {
    const card = scoreTranscript(nonsense, DEFAULT_RUBRIC);
    expect(card.overallScore).toBeLessThan(2);
    for (const m of card.metricResults.filter((x) => !x.optional)) expect(m.score).toBeLessThan(2.5);
    expect(card.metricResults.find((m) => m.id === 'adaptability')!.score ?? 1).toBeLessThan(2.5);
  });

  it('reads dismissing a safety worry as a rebuttal that costs listening and objection navigation', () => {
    const turns = [
      customer('Hypoglycemia in my older patients is what worries me.'),
      rep("Honestly, the hypoglycemia thing is not a real problem with this one, so you shouldn't worry about it."),
      customer("That's exactly what I'm worried about."),
    ];
    expect(actsAt(turns, 1)).toContain('rebuttal');
    expect(actsAt(turns, 1)).not.toContain('paraphrase');
    expect(metricOf(turns, 'listening_responsiveness').score).toBeLessThan(2.5);
    expect(metricOf(turns, 'objection_navigation').score).toBeLessThan(2.5);
  });

  it('scores a rep who asks no questions low on question quality, saying so, instead of n/a', () => {
    const turns = [
      rep('Our product lowers A1c by 1.2 points.'),
      customer('Okay.'),
      rep("I'll leave the data with you."),
    ];
    const m = metricOf(turns, 'question_quality');
    expect(m.score).toBe(1);
    expect(m.components.every((c) => c.rationale.includes('no questions'))).toBe(true);
  });
});
