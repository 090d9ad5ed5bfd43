// renderEndReport: the metric table and the six feedback sections, as plain text when colour is off.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFeedback, type Feedback } from '../../../src/feedback/index.js';
import { renderEndReport } from '../../../src/render/end-report.js';
import { bandOf, bar, formatScore } from '../../../src/render/format.js';
import type { Scenario } from '../../../src/scenario/index.js';
import {
  METRIC_IDS,
  SIX_CARD,
  SIX_TURNS,
  aComponent,
  aMetric,
  aScorecard,
  aState,
  hcp,
  loadScenario,
  rep,
  sixTurnInput,
} from '../feedback/fixtures.js';

let scenario: Scenario;
let fb: Feedback;
let report: string;
beforeAll(async () => {
  scenario = await loadScenario();
  fb = buildFeedback(sixTurnInput(scenario, { suggestedScenarioId: 'psychiatry-depression-discovery' }));
  report = renderEndReport(SIX_CARD, fb);
});

const lineWith = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle)) ?? '';

describe('format helpers', () => {
  it.each([
    { s: null, out: 'n/a' },
    { s: 3, out: '3.0' },
    { s: 4.04, out: '4.0' },
  ])('formatScore prints $s as $out', ({ s, out }) => expect(formatScore(s)).toBe(out));

  it.each([
    { s: null, out: '' },
    { s: 5, out: '██████████' },
    { s: 3.8, out: '████████░░' },
    { s: 1, out: '██░░░░░░░░' },
  ])('bar draws $s as "$out"', ({ s, out }) => expect(bar(s)).toBe(out));

  it.each([
    { s: null, out: null },
    { s: 4.5, out: 'Exceptional' },
    { s: 3.5, out: 'Strong' },
    { s: 2.5, out: 'Developing' },
    { s: 1.5, out: 'Emerging' },
    { s: 1.4, out: 'Needs focus' },
  ])('bandOf puts $s in $out', ({ s, out }) => expect(bandOf(s)).toBe(out));
});

describe('the metric table', () => {
  it('has a row for each of the eight metrics and the overall score', () => {
    for (const m of SIX_CARD.metricResults) expect(report).toContain(m.metric);
    expect(SIX_CARD.metricResults.map((m) => m.id)).toEqual(METRIC_IDS);
    expect(lineWith(report, 'Overall')).toMatch(/Overall\s+│ 3\.1\s+│ Developing\s+│ ██████░░░░ │/);
  });

  it('shows each score with its band and bar', () => {
    expect(lineWith(report, 'Question Quality')).toMatch(/│ Question Quality\s+│ 3\.8\s+│ Strong\s+│ ████████░░ │/);
  });

  it('prints a metric that does not apply as n/a, with no band, no bar and never 3.0', () => {
    const row = lineWith(report, 'Adaptability');
    expect(row).toMatch(/│ Adaptability\s+│ n\/a\s+│ —\s+│\s+│/);
    expect(row).not.toContain('3.0');
    expect(row).not.toMatch(/[█░]/);
  });

  it('adds components with scores and rationales only when details are asked for', () => {
    const detailed = renderEndReport(SIX_CARD, fb, { details: true });
    expect(detailed).toContain('depth 4.0: made up for a test');
    expect(detailed).toContain('time_management n/a: no time cue');
    expect(report).not.toContain('depth 4.0');
  });
});

describe('the feedback sections', () => {
  it('come in the order of the design, after the table', () => {
    const at = [
      'Outcome',
      "Through the HCP's eyes",
      'Strengths',
      'Improvements',
      'What the HCP was waiting for',
      'Next steps',
    ].map((h) => report.indexOf(`\n${h}\n`));
    expect(at.every((i) => i > report.indexOf('Overall'))).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('states the outcome', () => {
    expect(report).toContain('The HCP agreed to a next step. The HCP finished open (openness 8/10).');
    expect(report).toContain('Priorities reached: 1/3 · Objections raised: 1/1, resolved: 0/1');
  });

  it('draws the openness sparkline from 0–10 and marks the biggest rise and drop on their turns', () => {
    expect(report).toContain('Openness  ▅▅▄▃▅▇▇  5 → 8 (of 10)');
    expect(lineWith(report, 'Turn 2 ')).toBe('  Turn 2  6 → 4 (-2)  ▼ biggest drop  feature dump');
    // A turn that changed nothing reads as "6 → 6", never as "0 → 6" (a rise from nothing).
    expect(report).not.toMatch(/Turn \d+ {2}0 → /);
    expect(report.split('\n').filter((l) => /^ {2}Turn \d+ {2}(\d+) → \1 {2}/.test(l))).toHaveLength(1);
    expect(lineWith(report, 'Turn 4 ')).toBe(
      '  Turn 4  3 → 6 (+3)  ▲ biggest rise  acknowledge, paraphrase, open question',
    );
    expect(report.match(/biggest (rise|drop)/g)).toHaveLength(2);
  });

  it("shows each improvement with the rep's words, the HCP's reaction and the better line", () => {
    expect(report).toContain('You argued with the concern: "But the single pill is better for adherence."');
    expect(report).toContain('The HCP: Openness 4 → 3 (-1).');
    expect(report.replace(/\n\s+/g, ' ')).toContain(
      "Better: \"That's a fair concern, and I don't want to brush past it. In a claims analysis,",
    );
  });

  it('says plainly when there are no strengths yet', () => {
    const card = aScorecard([aMetric('question_quality', 2.1)]);
    const none = buildFeedback(sixTurnInput(scenario, { scorecard: card }));
    expect(renderEndReport(card, none)).toContain('Strengths\n  No strengths yet: no metric reached 3.5 (Strong).');
  });

  it('lists what the HCP was waiting for and at most three next steps', () => {
    expect(report).toContain(
      '  Priorities left open:\n    • My older patients are already taking a bag full of pills every day. (the',
    );
    expect(report).toContain('  3. Replay the same HCP with the same seed: roleplay practice');
    expect(report).not.toContain('  4. ');
  });

  it('handles a session with nothing to score', () => {
    const card = aScorecard([], { overallScore: null, band: null, note: 'Nothing to score: no rep turn.' });
    const empty = buildFeedback(sixTurnInput(scenario, { scorecard: card, turns: [hcp('Hi.')], hcpState: aState() }));
    const out = renderEndReport(card, empty);
    expect(out).toMatch(/Overall\s+│ n\/a\s+│ —/);
    expect(out).toContain('Nothing to score: no rep turn.');
    expect(out).toContain('No rep turns yet.');
  });
});

describe('the rendered string', () => {
  it('is identical for identical input', () => {
    expect(renderEndReport(SIX_CARD, buildFeedback(sixTurnInput(scenario)), { details: true })).toBe(
      renderEndReport(SIX_CARD, buildFeedback(sixTurnInput(scenario)), { details: true }),
    );
  });

  it('has no escape codes at colour level 0 and some at level 3', () => {
    expect(report).not.toContain('\u001b');
    expect(renderEndReport(SIX_CARD, fb, { color: 3 })).toContain('\u001b[');
  });

  it.each([0, 3] as const)(
    'keeps hostile text in a rep turn, the scenario and the scorecard off the terminal (colour %i)',
    (color) => {
      const hostile = 'Hi \u001b]0;pwned\u0007there \u001b[31mred\u001b[0m \u009b2J';
      const turns = [...SIX_TURNS];
      turns[5] = rep(`But ${hostile}`);
      const evil = {
        ...scenario,
        hcp: { ...scenario.hcp, priorities: scenario.hcp.priorities.map((p) => ({ ...p, text: hostile })) },
      };
      const card = aScorecard(
        [aMetric('objection_navigation', 1, [aComponent({ name: 'calm_demeanor', score: 1, rationale: hostile })])],
        { note: hostile },
      );
      const out = renderEndReport(card, buildFeedback(sixTurnInput(evil, { turns, scorecard: card })), {
        color,
        details: true,
      });
      expect(out).toContain('You: "But Hi there red"');
      expect(out).not.toMatch(/pwned|\u0007|\u001b\]|\u009b/);
      if (color === 0) expect(out).not.toContain('\u001b');
    },
  );

  it('wraps the sections to the width asked for', () => {
    const narrow = renderEndReport(SIX_CARD, fb, { width: 60 });
    const sections = narrow.slice(narrow.indexOf('\nOutcome\n'));
    for (const line of sections.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});
