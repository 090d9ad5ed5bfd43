// The drill-down: every session's scorecard, one table per rep, each row an anchor the tables link to.
import { basename } from 'node:path';
import type { TeamReport } from '../../report/index.js';
import { isoDay } from '../../report/index.js';
import { esc, num } from './html-text.js';

/** Anchors by position, never from the text: ids and names in files are untrusted. */
export const repAnchor = (i: number): string => `rep-${i + 1}`;

export function sessionAnchors(r: TeamReport): Map<string, string> {
  return new Map(r.sessionRows.map((s, i) => [s.id, `s-${i + 1}`]));
}

export function renderSessionsHtml(r: TeamReport, anchors: Map<string, string>): string {
  const head = [
    'Date',
    'Scenario',
    'Overall',
    'Band',
    ...r.metrics.map((m) => m.name),
    'Ended',
    'Flags',
    'Session',
    'From',
  ];
  const byRep = new Map<string, TeamReport['sessionRows']>(r.reps.map((rep) => [rep.rep, []]));
  for (const s of r.sessionRows) byRep.get(s.rep)?.push(s);
  const sections = r.reps.map((rep, i) => {
    const rows = byRep.get(rep.rep)!.map((s) => {
      const metrics = r.metrics.map((m) => `<td class="n">${num(s.metrics[m.id] ?? null, 1)}</td>`).join('');
      const ended = s.committed ? `${esc(s.endReason)} (committed)` : esc(s.endReason);
      return `<tr id="${anchors.get(s.id)}"><td class="d">${isoDay(s.at)}</td><td>${esc(s.title)}</td><td class="n">${num(s.overallScore, 1)}</td><td>${esc(s.band ?? 'n/a')}</td>${metrics}<td>${ended}</td><td class="${s.flags.length ? 'flag' : ''}">${esc(s.flags.join(', '))}</td><td>${esc(s.id.slice(0, 12))}</td><td class="src" title="${esc(s.source)}">${esc(basename(s.source))}</td></tr>`;
    });
    return `<section class="rep" id="${repAnchor(i)}"><h3>${esc(rep.rep)}: ${rep.sessions} session(s)</h3><table class="sessions"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
  });
  return `<section id="sessions"><h2>Sessions</h2><p class="meta">Each session's scorecard, newest last; the tables above link here.</p>${sections.join('\n')}</section>`;
}
