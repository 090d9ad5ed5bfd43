// JUnit XML for CI servers: one testsuite per run file, one testcase per run, failures with reasons.
import { describeFlag, type BatchReport, type RunOutcome, type RunResult } from '../../batch/index.js';
import { metricIds, runLabel, score, shownReport } from './columns.js';
import { attributes, escapeXml } from './xml.js';

export function renderJunit(source: BatchReport): string {
  // XML could carry U+202E or U+009B as characters; a CI page shows them to people, so they go too.
  const report = shownReport(source);
  const byFile = new Map<string, RunResult[]>();
  for (const r of report.runs) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const metrics = metricIds(report);
  const suites = [...byFile].map(([file, runs]) => renderSuite(file, runs, metrics));
  const { count, failed } = report.summary;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'roleplay batch', tests: count, failures: failed, errors: 0 })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function renderSuite(file: string, runs: readonly RunResult[], metrics: readonly string[]): string {
  const failures = runs.filter((r) => !r.passed).length;
  const open = `  <testsuite${attributes({ name: file, tests: runs.length, failures, errors: 0, skipped: 0 })}>`;
  return [open, ...runs.map((r) => renderCase(r, metrics)), '  </testsuite>'].join('\n');
}

/** "hcp: openness 7, commitment agreed, objections 1/2 resolved, priorities 2/3 uncovered". */
function outcomeLine(o: RunOutcome): string {
  const { objections: ob, prioritiesUncovered: p } = o;
  return `hcp: openness ${o.openness}, commitment ${o.commitment}, objections ${ob.resolved}/${ob.raised} resolved, priorities ${p.uncovered}/${p.total} uncovered`;
}

function renderCase(r: RunResult, metrics: readonly string[]): string {
  const scores = [
    `overall ${score(r.overallScore)} (${r.band ?? 'n/a'})`,
    ...metrics.map((id) => `${id} ${score(r.metrics[id] ?? null)}`),
  ];
  const flags = (r.compliance ?? []).map((f) => `compliance flag ${describeFlag(f)}`);
  const out = `      <system-out>${escapeXml([...scores, outcomeLine(r.outcome), ...flags, `seed ${r.seed}; ended: ${r.endReason}`].join('\n'))}</system-out>`;
  const lines = [`    <testcase${attributes({ name: runLabel(r), classname: r.scenario })}>`];
  if (!r.passed) {
    const message = r.failures.join('; ');
    lines.push(
      `      <failure${attributes({ message, type: 'expectation' })}>${escapeXml(r.failures.join('\n'))}</failure>`,
    );
  }
  lines.push(out, '    </testcase>');
  return lines.join('\n');
}
