// Renders a scorecard as text: the metric table with bars, the overall score, and with
// `explain` every component's score, weight, rationale and evidence quotes (issue 4).
import { newTable } from './table.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { ComponentResult, MetricResult, Scorecard } from '../types.js';
import { bandOf, bar, formatScore } from './format.js';
import { sanitize } from '../sanitize.js';
import { renderCompliance } from './compliance.js';
import type { ColorLevel } from '../io.js';

export { formatScore };

export interface ScorecardOptions {
  explain?: boolean;
  /** Chalk colour level; 0 (the default) prints no escape codes. */
  color?: ColorLevel;
  /** Wrap width for the explanation. */
  width?: number;
}

const DEFAULT_WIDTH = 80;
// Nine rows read better without a rule between each.
/** Untrusted text (rationales quote phrases, evidence quotes the transcript) on one clean line. */
const clean = (t: string): string => sanitize(t).replace(/\s+/g, ' ').trim();

function paint(c: ChalkInstance, score: number | null): (t: string) => string {
  if (score === null) return c.dim;
  return score >= 3.5 ? c.green : score >= 2.5 ? c.yellow : c.red;
}

function metricTable(card: Scorecard, c: ChalkInstance): string {
  const table = newTable(['Metric', 'Score', 'Band', ''], c);
  for (const m of card.metricResults) {
    const score = m.applicable ? m.score : null;
    const p = paint(c, score);
    table.push([
      clean(m.metric),
      p(formatScore(score)),
      score === null ? c.dim('n/a') : (bandOf(score) ?? ''),
      p(bar(score)),
    ]);
  }
  return table.toString();
}

/** Greedy word wrap with a first-line and a continuation indent. */
function wrap(text: string, first: string, rest: string, width: number): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    const indent = lines.length === 0 ? first : rest;
    if (line.length > indent.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else line += (line.length > indent.length ? ' ' : '') + word;
  }
  lines.push(line);
  return lines;
}

function explainComponent(comp: ComponentResult, c: ChalkInstance, width: number): string[] {
  const score = comp.applicable ? comp.score : null;
  const head = `${clean(comp.name)} ${paint(c, score)(formatScore(score))} (weight ${comp.weight}): ${clean(comp.rationale)}`;
  const lines = wrap(head, '    ', '      ', width);
  for (const e of comp.evidence)
    lines.push(...wrap(c.dim(`turn ${e.turn}: "${clean(e.quote)}"`), '      ', '        ', width));
  return lines;
}

function explainMetric(m: MetricResult, c: ChalkInstance, width: number): string[] {
  const score = m.applicable ? m.score : null;
  const band = score === null ? 'not applicable' : bandOf(score);
  const lines = [
    `  ${c.bold(clean(m.metric))} ${paint(c, score)(formatScore(score))} (${band})${m.optional ? ' optional' : ''}`,
  ];
  for (const comp of m.components) lines.push(...explainComponent(comp, c, width));
  return lines;
}

export function renderScorecard(card: Scorecard, o: ScorecardOptions = {}): string {
  const c = new Chalk({ level: o.color ?? 0 });
  const width = Math.max(40, o.width ?? DEFAULT_WIDTH);
  const overall = card.overallScore;
  const parts = [metricTable(card, c)];
  const band = card.band ?? bandOf(overall);
  parts.push(
    `${c.bold('Overall')} ${paint(c, overall)(formatScore(overall))}${band ? ` (${band})` : ''}  ${paint(c, overall)(bar(overall))}`.trimEnd(),
  );
  if (card.note !== undefined) parts.push(clean(card.note));
  const compliance = renderCompliance(card, c, width);
  if (compliance !== undefined) parts.push(compliance);
  if (o.explain === true) {
    const lines = [c.bold('Explanation')];
    for (const m of card.metricResults) lines.push(...explainMetric(m, c, width));
    parts.push(lines.join('\n'));
  }
  parts.push(c.dim(`rubric ${clean(card.rubricVersion)} sha256:${clean(card.rubricHash).slice(0, 12)}`));
  return `${parts.join('\n\n')}\n`;
}
