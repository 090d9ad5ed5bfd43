// `report --format markdown`: the same sections as the HTML report, as tables a wiki or PR shows;
// trends as sparklines and weekly columns instead of charts.
import type { TeamReport } from '../../report/index.js';
import { FLAGS, isoDay } from '../../report/index.js';
import { mdCell } from '../batch/index.js';
import { sparkline } from '../history.js';
import { arrow, num } from './html-text.js';

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number, numericFrom = 1) =>
  row(Array.from({ length: n }, (_, i) => (i >= numericFrom ? '---:' : '---')));

export function renderMarkdown(r: TeamReport): string {
  const out = [
    `# Practice report`,
    '',
    `${r.sessions} session(s) by ${r.reps.length} rep(s), ${isoDay(r.from)} to ${isoDay(r.to)} (UTC).`,
    '',
  ];
  out.push(
    '## Team',
    '',
    row(['Rep', 'Sessions', 'Overall', ...r.metrics.map((m) => mdCell(m.name)), 'Flags', 'Last practice']),
    rule(5 + r.metrics.length),
  );
  for (const rep of r.reps) {
    const flags = Object.entries(rep.flags)
      .filter(([, n]) => n > 0)
      .map(([f, n]) => `${f} ${n}`)
      .join(', ');
    out.push(
      row([
        mdCell(rep.rep),
        String(rep.sessions),
        num(rep.meanOverall),
        ...r.metrics.map((m) => `${num(rep.metrics[m.id]!.mean)} ${arrow(rep.metrics[m.id]!.trend)}`.trim()),
        flags || 'none',
        isoDay(rep.lastPractice),
      ]),
    );
  }
  out.push(
    '',
    `Flags: ${Object.entries(FLAGS)
      .map(([id, t]) => `**${id}** ${t}`)
      .join('; ')}.`,
    '',
  );
  out.push(
    '## Per metric',
    '',
    row(['Metric', 'n', 'Mean', 'Median', 'Quartiles', 'Range', 'Weekly team mean']),
    rule(7),
  );
  for (const m of r.metricSections) {
    const d = m.distribution;
    const weekly = m.team.map((p) => `${p.week.slice(5)} ${num(p.mean)}`).join(', ');
    out.push(
      row([
        mdCell(m.name),
        String(d.n),
        num(d.mean),
        num(d.median),
        `${num(d.q1)}–${num(d.q3)}`,
        `${num(d.min)}–${num(d.max)}`,
        `${sparkline(m.team.map((p) => p.mean))} ${weekly}`,
      ]),
    );
  }
  out.push(
    '',
    '## Weakest metric per rep',
    '',
    row(['Rep', 'Metric', 'Mean', 'Coaching line given most often']),
    rule(4, 2),
  );
  for (const w of r.weakest)
    out.push(row([mdCell(w.rep), mdCell(w.metric), num(w.mean), `${mdCell(w.coaching)} (${w.coachingCount}×)`]));
  out.push(
    '',
    '## Per scenario',
    '',
    row(['Scenario', 'Attempts', 'Mean overall', 'HCP committed', 'HCP walked out']),
    rule(5),
  );
  for (const s of r.scenarios)
    out.push(
      row([
        `${mdCell(s.title)} (\`${mdCell(s.scenarioId)}\`)`,
        String(s.attempts),
        num(s.meanOverall),
        String(s.committed),
        String(s.walkedOut),
      ]),
    );
  out.push('', '## Sessions', '');
  for (const rep of r.reps) {
    out.push(
      `### ${mdCell(rep.rep)}`,
      '',
      row(['Date', 'Scenario', 'Overall', 'Band', ...r.metrics.map((m) => mdCell(m.name)), 'Ended', 'Flags']),
      rule(6 + r.metrics.length),
    );
    for (const s of r.sessionRows.filter((x) => x.rep === rep.rep)) {
      out.push(
        row([
          isoDay(s.at),
          mdCell(s.title),
          num(s.overallScore, 1),
          mdCell(s.band ?? 'n/a'),
          ...r.metrics.map((m) => num(s.metrics[m.id] ?? null, 1)),
          mdCell(s.endReason),
          s.flags.join(', '),
        ]),
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
