// `report --format html`: one self-contained file (inline CSS and SVG, no script, no network) a
// trainer can open offline, print or send. Every piece of untrusted text goes through esc().
import type { TeamReport } from '../../report/index.js';
import { FLAGS, isoDay } from '../../report/index.js';
import { esc, num, arrow } from './html-text.js';
import { renderSessionsHtml, repAnchor, sessionAnchors } from './html-sessions.js';
import { STYLE } from './html-style.js';
import { histogram, lineChart, rateBars } from './svg.js';

export function renderHtml(r: TeamReport): string {
  const anchors = sessionAnchors(r);
  const body = [
    `<h1>Practice report</h1>`,
    `<p class="meta">${r.sessions} session(s) by ${r.reps.length} rep(s), ${isoDay(r.from)} to ${isoDay(r.to)} (UTC).</p>`,
    `<nav><a href="#team">Team</a><a href="#metrics">Metrics</a><a href="#weakest">Coaching</a><a href="#scenarios">Scenarios</a><a href="#sessions">Sessions</a></nav>`,
    teamTable(r, anchors),
    metricsSection(r),
    weakestTable(r),
    scenarioTable(r),
    renderSessionsHtml(r, anchors),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>roleplay practice report</title><style>${STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

function teamTable(r: TeamReport, anchors: Map<string, string>): string {
  const head = ['Rep', 'Sessions', 'Overall', ...r.metrics.map((m) => m.name), 'Flagged sessions', 'Last practice'];
  const rows = r.reps.map((rep, i) => {
    const cells = r.metrics.map((m) => {
      const v = rep.metrics[m.id]!;
      return `<td class="n">${num(v.mean)} <span class="${v.trend ?? ''}" title="${v.trend ?? 'too few sessions for a trend'}">${arrow(v.trend)}</span></td>`;
    });
    const flags = Object.entries(rep.flags)
      .filter(([, n]) => n > 0)
      .map(([f, n]) => `${esc(f)} ${n}`)
      .join('<br>');
    return `<tr><td><a href="#${repAnchor(i)}">${esc(rep.rep)}</a></td><td class="n">${rep.sessions}</td><td class="n">${num(rep.meanOverall)}</td>${cells.join('')}<td class="${rep.flagged ? 'flag' : ''}">${rep.flagged ? `${rep.flagged}<br><small>${flags}</small>` : 'none'}</td><td class="d"><a href="#${anchors.get(rep.lastSessionId)}">${isoDay(rep.lastPractice)}</a></td></tr>`;
  });
  const legend = Object.entries(FLAGS)
    .map(([id, text]) => `<b>${esc(id)}</b>: ${esc(text)}`)
    .join('; ');
  return `<section id="team"><h2>Team</h2><table class="team"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>
<p class="meta">Means over scored sessions (n/a is never counted). Arrows: the later half of a rep's sessions against the earlier half, ±0.25 or more. Flags: ${legend}.</p></section>`;
}

function metricsSection(r: TeamReport): string {
  const parts = r.metricSections.map((m) => {
    const d = m.distribution;
    const weeks = m.team.map((p) => p.week);
    const series = [
      { label: 'team', points: m.team.map((p) => p.mean), strong: true },
      ...Object.entries(m.byRep).map(([rep, ps]) => ({ label: rep, points: ps.map((p) => p.mean) })),
    ];
    const stats = `n ${d.n} · mean ${num(d.mean)} · median ${num(d.median)} · quartiles ${num(d.q1)}–${num(d.q3)} · range ${num(d.min)}–${num(d.max)}`;
    return `<div class="metric" id="metric-${esc(m.id)}"><h3>${esc(m.name)}</h3><p class="meta">${stats}</p><div class="charts">${histogram(`${m.name}: scores across the team`, d.bins)}${lineChart(`${m.name}: weekly mean, team and each rep`, weeks, series)}</div></div>`;
  });
  return `<section id="metrics"><h2>Per metric</h2>${parts.join('\n')}</section>`;
}

function weakestTable(r: TeamReport): string {
  const rows = r.weakest.map((w) => {
    const i = r.reps.findIndex((x) => x.rep === w.rep);
    return `<tr><td><a href="#${repAnchor(i)}">${esc(w.rep)}</a></td><td>${esc(w.metric)}</td><td class="n">${num(w.mean)}</td><td>${esc(w.coaching)} <span class="meta">(${w.coachingCount}×)</span></td></tr>`;
  });
  return `<section id="weakest"><h2>Weakest metric per rep</h2><table><thead><tr><th>Rep</th><th>Weakest metric</th><th>Mean</th><th>Coaching line given most often</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function scenarioTable(r: TeamReport): string {
  const pct = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((n / of) * 100)}%`);
  const rows = r.scenarios.map(
    (s) =>
      `<tr><td>${esc(s.title)}<br><span class="meta">${esc(s.scenarioId)}</span></td><td class="n">${s.attempts}</td><td class="n">${num(s.meanOverall)}</td><td class="n">${s.committed} (${pct(s.committed, s.attempts)})</td><td class="n">${s.walkedOut} (${pct(s.walkedOut, s.attempts)})</td><td>${rateBars(`${s.scenarioId}: committed and walked out`, s.committed, s.walkedOut, s.attempts)}</td></tr>`,
  );
  return `<section id="scenarios"><h2>Per scenario</h2><table><thead><tr><th>Scenario</th><th>Attempts</th><th>Mean overall</th><th>HCP committed</th><th>HCP walked out</th><th>Rates</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}
