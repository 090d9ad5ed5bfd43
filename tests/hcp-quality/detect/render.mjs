// The HCP-quality report as plain text: a row per scenario and seed, then each number and its target.
import { DETECTORS } from './check-run.mjs';
import { ROLES } from './report.mjs';
import { STRONG_MIN_OPENNESS, WEAK_MAX_OPENNESS } from './targets.mjs';

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const cell = (o) => (o === undefined ? 'not played' : `${o.openness} ${o.commitment}`);
const verdict = (ok) => (ok ? 'pass' : 'FAIL');

function outcomeRows(report) {
  const width = Math.max(8, ...report.rows.map((r) => r.scenario.length));
  const lines = [`${pad('scenario', width)}  seed  ${ROLES.map((r) => pad(r, 12)).join('  ')}  missed`];
  for (const r of report.rows) {
    const missed = ROLES.filter((role) => !r.met[role]);
    lines.push(
      `${pad(r.scenario, width)}  ${lpad(r.seed, 4)}  ${ROLES.map((role) => pad(cell(r[role]), 12)).join('  ')}  ${missed.join(' ') || '-'}`,
    );
  }
  return lines;
}

function targetRows(report) {
  const { outcomes: o } = report;
  const row = (label, value, target, ok) =>
    `${pad(label, 56)}${pad(value, 9)}${pad(target, 8)}${ok === undefined ? '' : verdict(ok)}`.trimEnd();
  return [
    `${pad('measure', 56)}${pad('value', 9)}${pad('target', 8)}result`,
    row(
      `scenario×seed meeting all three outcome targets`,
      `${o.all}/${o.total}`,
      `${o.total}/${o.total}`,
      o.all === o.total,
    ),
    row(
      `  strong ends openness ≥${STRONG_MIN_OPENNESS} with an agreed commitment`,
      `${o.strong}/${o.total}`,
      '',
      undefined,
    ),
    row(`  weak ends openness ≤${WEAK_MAX_OPENNESS}`, `${o.weak}/${o.total}`, '', undefined),
    row(
      `  mixed ends strictly between ${WEAK_MAX_OPENNESS} and ${STRONG_MIN_OPENNESS}`,
      `${o.mixed}/${o.total}`,
      '',
      undefined,
    ),
    ...DETECTORS.map((d) => row(d.label, report.findings[d.id].count, 0, report.findings[d.id].count === 0)),
  ];
}

const excerpt = (text, n = 110) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** Transcript position as a reader counts it: the HCP opens, then answers each rep turn. */
const where = (i) => (i === 0 ? 'opening' : `reply to rep turn ${Math.ceil(i / 2)}`);

const detail = (f) => f.hits?.map((h) => h.said ?? h.phrase ?? h.at).join(', ') ?? f.facts?.join(', ') ?? f.why ?? '';

function exampleRows(report, n) {
  const lines = [];
  for (const d of DETECTORS) {
    const { examples, count } = report.findings[d.id];
    if (count === 0) continue;
    lines.push('', `${d.label} (${count}):`);
    for (const e of examples.slice(0, n)) {
      const what = detail(e);
      lines.push(`  ${e.run} · seed ${e.seed} · ${where(e.turn)}${what ? ` · ${excerpt(what, 60)}` : ''}`);
      if (e.cues) lines.push(`    ${excerpt(e.cues.join(' then '))}`);
      lines.push(`    ${excerpt(e.text)}`);
    }
  }
  return lines;
}

/** `examples`: how many findings of each kind to quote (0: numbers only). */
export function renderQualityReport(report, o = {}) {
  const lines = [
    `HCP quality: ${report.runs} runs, ${report.replies} HCP replies`,
    '',
    ...outcomeRows(report),
    '',
    ...targetRows(report),
    ...(o.examples ? exampleRows(report, o.examples) : []),
  ];
  return `${lines.join('\n')}\n`;
}
