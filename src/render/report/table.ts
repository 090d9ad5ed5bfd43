// `report` on a terminal: the team table, compact, with metric columns abbreviated and a key below.
import { Chalk } from 'chalk';
import type { TeamReport } from '../../report/index.js';
import { isoDay } from '../../report/index.js';
import { sanitize } from '../../sanitize.js';
import { newTable } from '../table.js';
import { arrow, num } from './html-text.js';
import type { ColorLevel } from '../../io.js';

/** Initials of a metric's name (Question Quality → QQ); a one-word name by its first three letters (Ada). */
const short = (name: string): string =>
  /\s/.test(name)
    ? name
        .split(/[\s&]+/)
        .filter(Boolean)
        .map((w) => w[0]!.toUpperCase())
        .join('')
    : name.slice(0, 3);

export function renderTeamTable(r: TeamReport, o: { color?: ColorLevel } = {}): string {
  const c = new Chalk({ level: o.color ?? 0 });
  const labels = r.metrics.map((m) => sanitize(short(m.name)));
  const table = newTable(['rep', 'sessions', 'overall', ...labels, 'flagged', 'last'], c);
  for (const rep of r.reps) {
    table.push([
      sanitize(rep.rep),
      String(rep.sessions),
      num(rep.meanOverall),
      ...r.metrics.map((m) => `${num(rep.metrics[m.id]!.mean)}${arrow(rep.metrics[m.id]!.trend)}`),
      String(rep.flagged),
      isoDay(rep.lastPractice),
    ]);
  }
  const key = r.metrics.map((m, i) => `${labels[i]} ${sanitize(m.name)}`).join(' · ');
  const weakest = r.weakest.map(
    (w) => `  ${sanitize(w.rep)}: ${sanitize(w.metric)} (${num(w.mean)}): ${sanitize(w.coaching)}`,
  );
  const scenarios = r.scenarios.map(
    (s) =>
      `  ${sanitize(s.scenarioId)}: ${s.attempts} attempt(s), mean ${num(s.meanOverall)}, committed ${s.committed}, walked out ${s.walkedOut}`,
  );
  return [
    `${r.sessions} session(s) by ${r.reps.length} rep(s), ${isoDay(r.from)} to ${isoDay(r.to)}`,
    table.toString(),
    c.dim(key),
    '',
    c.bold('Weakest metric per rep'),
    ...weakest,
    '',
    c.bold('Per scenario'),
    ...scenarios,
    '',
    c.dim('--format html --out report.html for charts and every scorecard'),
    '',
  ].join('\n');
}
