// The report's renderers: HTML is one self-contained file (no script, no URL) with every piece of
// untrusted text escaped; Markdown and the terminal table carry the same numbers.
import { describe, expect, it } from 'vitest';
import { buildTeamReport } from '../../../src/report/index.js';
import { renderTeamReport, teamFormatForFile } from '../../../src/render/report/index.js';
import { aRecord, day } from '../report/builders.js';

const HOSTILE = '<script>alert(1)</script>"\'&\u001b[31m';
const team = buildTeamReport([
  aRecord({
    id: 'a',
    rep: HOSTILE,
    at: day(0),
    overallScore: 2.5,
    metrics: { question_quality: 2, making_it_matter: 2 },
  }),
  aRecord({
    id: 'b',
    rep: HOSTILE,
    at: day(8),
    overallScore: 3.5,
    metrics: { question_quality: 4, making_it_matter: 3 },
  }),
  aRecord({
    id: 'c',
    rep: 'Ben',
    at: day(9),
    title: `<img src=x onerror=alert(1)>`,
    scenarioId: 'x"><b>',
    metrics: { question_quality: 3, [HOSTILE]: 1 },
    walkedOut: true,
    endReason: 'walk-out',
  }),
]);

describe('renderTeamReport html', () => {
  const html = renderTeamReport('html', team);

  it('escapes rep names, scenario titles and metric keys', () => {
    expect(html).not.toMatch(/<script|<img|x"><b>|\u001b/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('needs nothing from the network: no script, no external URL, a CSP that forbids both', () => {
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)|<link|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'`);
  });

  it('draws a histogram and a line chart for overall and every metric', () => {
    const charts = (re: RegExp) => html.match(re)?.length ?? 0;
    expect(charts(/<figure class="chart histogram">/g)).toBe(1 + team.metrics.length);
    expect(charts(/<figure class="chart line-chart">/g)).toBe(1 + team.metrics.length);
    // The hostile rep's line: two weeks, one segment.
    expect(html).toMatch(/<g class="series" data-label="&lt;script&gt;[^"]*"><polyline /);
  });

  it('links the team table to each rep and each last session in the drill-down', () => {
    for (const [i, rep] of team.reps.entries()) {
      expect(html).toContain(`href="#rep-${i + 1}"`);
      expect(html).toContain(`id="rep-${i + 1}"`);
      const row = team.sessionRows.findIndex((s) => s.id === rep.lastSessionId);
      expect(html).toContain(`href="#s-${row + 1}"`);
      expect(html).toContain(`<tr id="s-${row + 1}">`);
    }
  });
});

describe('other formats', () => {
  it('markdown has every section and escapes table cells', () => {
    const md = renderTeamReport('markdown', team);
    for (const h of ['## Team', '## Per metric', '## Weakest metric per rep', '## Per scenario', '## Sessions'])
      expect(md).toContain(h);
    expect(md).not.toMatch(/<script|\u001b/);
    expect(md).toContain('| Ben | 1 |');
  });

  it('the terminal table shows each rep with sessions and mean overall', () => {
    const text = renderTeamReport('table', team);
    expect(text).toMatch(/│ Ben\s+│ 1\s+│ 3\.00\s+│/);
    expect(text).not.toContain('\u001b');
  });

  it('json is the report data', () => {
    expect(JSON.parse(renderTeamReport('json', team))).toEqual(JSON.parse(JSON.stringify(team)));
  });

  it.each([
    { file: 'r.html', format: 'html' },
    { file: 'r.HTM', format: 'html' },
    { file: 'r.md', format: 'markdown' },
    { file: 'r.json', format: 'json' },
    { file: 'report', format: 'html' },
  ])('--out $file means $format', ({ file, format }) => expect(teamFormatForFile(file)).toBe(format));
});
