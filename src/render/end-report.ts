// Renders the end-of-session report: the metric table, then the six feedback sections (docs/hcp.md "End feedback").
import { newTable } from './table.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Scorecard } from '../types.js';
import type { EndReason, MoodBand } from '../hcp/index.js';
import type { Feedback, HcpViewTurn } from '../feedback/index.js';
import { bandOf, bar, formatScore } from './format.js';
import { sparkline } from './history.js';
import { sanitize } from '../sanitize.js';
import { renderCompliance } from './compliance.js';
import type { ColorLevel } from '../io.js';

export interface EndReportOptions {
  color?: ColorLevel;
  /** Adds each metric's components (score and rationale) under the table. */
  details?: boolean;
  /** Wrap width for the sections; the table sizes itself. */
  width?: number;
}

interface Ctx {
  c: ChalkInstance;
  width: number;
}

const END_REASONS: Record<EndReason, string> = {
  'time-out': 'Time ran out: the HCP closed the conversation.',
  'walk-out': 'The HCP walked out.',
  commitment: 'The HCP agreed to a next step.',
  'rep-ended': 'You ended the conversation.',
};

const MOODS: Record<MoodBand, string> = {
  closed: 'closed',
  guarded: 'guarded',
  neutral: 'neutral',
  open: 'open',
  pressed: 'pressed for time',
};
// Compact: nine rows read better without a rule between each.

const DEFAULT_WIDTH = 80;
const s = (t: string): string => sanitize(t).replace(/\s+/g, ' ').trim();
const signed = (n: number): string => (n === 0 ? '0' : `${n > 0 ? '+' : '-'}${Math.abs(n)}`);

export function renderEndReport(card: Scorecard, fb: Feedback, o: EndReportOptions = {}): string {
  const x: Ctx = { c: new Chalk({ level: o.color ?? 0 }), width: Math.max(40, o.width ?? DEFAULT_WIDTH) };
  const parts = [metricTable(card, x)];
  if (card.note !== undefined) parts.push(s(card.note));
  const compliance = renderCompliance(card, x.c, x.width);
  if (compliance !== undefined) parts.push(compliance);
  if (o.details === true) parts.push(details(card, x));
  parts.push(
    outcome(fb, x),
    hcpView(fb, x),
    strengths(fb, x),
    improvements(card, fb, x),
    waitingFor(fb, x),
    nextSteps(fb, x),
  );
  return `${parts.join('\n\n')}\n`;
}

function metricTable(card: Scorecard, { c }: Ctx): string {
  const table = newTable(['Metric', 'Score', 'Band', ''], c);
  for (const m of card.metricResults) {
    const score = m.applicable ? m.score : null;
    table.push([s(m.metric), formatScore(score), bandOf(score) ?? '—', c.cyan(bar(score))]);
  }
  const overall = card.overallScore;
  table.push([
    c.bold('Overall'),
    c.bold(formatScore(overall)),
    c.bold(card.band ?? bandOf(overall) ?? '—'),
    c.cyan(bar(overall)),
  ]);
  return table.toString();
}

function details(card: Scorecard, x: Ctx): string {
  const lines = [x.c.bold('Details')];
  for (const m of card.metricResults) {
    lines.push(`  ${s(m.metric)} ${formatScore(m.applicable ? m.score : null)}`);
    for (const comp of m.components) {
      const score = comp.applicable ? comp.score : null;
      lines.push(...wrap(`${s(comp.name)} ${formatScore(score)}: ${s(comp.rationale)}`, '    ', '      ', x.width));
    }
  }
  return lines.join('\n');
}

function outcome(fb: Feedback, x: Ctx): string {
  const o = fb.outcome;
  const { touched, total } = o.prioritiesTouched;
  const obj = o.objections;
  return [
    heading('Outcome', x),
    ...wrap(
      `${END_REASONS[o.endReason]} The HCP finished ${MOODS[o.mood] ?? s(o.mood)} (openness ${o.openness}/10).`,
      '  ',
      '  ',
      x.width,
    ),
    ...wrap(
      `Priorities reached: ${touched}/${total} · Objections raised: ${obj.raised}/${obj.total}, resolved: ${obj.resolved}/${obj.total}`,
      '  ',
      '  ',
      x.width,
    ),
  ].join('\n');
}

function hcpView(fb: Feedback, x: Ctx): string {
  const v = fb.hcpView;
  const first = v.sparkline[0];
  const last = v.sparkline[v.sparkline.length - 1];
  const lines = [heading("Through the HCP's eyes", x)];
  if (first === undefined || last === undefined || v.turns.length === 0)
    return [...lines, '  No rep turns yet.'].join('\n');
  const spark = sparkline(v.sparkline, 0, 10);
  const range = `${first} → ${last} (of 10)`;
  // A long session's sparkline gets a line of its own rather than overflowing the width.
  if (`  Openness  ${spark}  ${range}`.length <= x.width) lines.push(`  Openness  ${x.c.cyan(spark)}  ${range}`);
  else lines.push(`  Openness ${range}`, `  ${x.c.cyan(spark)}`);
  // The sparkline holds the openness before each turn: "6 → 4 (-2)" reads as a change, where "0 → 7" read as a rise from 0.
  v.turns.forEach((t, k) => lines.push(...viewTurn(t, v.sparkline[k] ?? t.openness - t.delta, x)));
  return lines.join('\n');
}

function viewTurn(t: HcpViewTurn, before: number, x: Ctx): string[] {
  const mark = t.marker === 'biggest-rise' ? '  ▲ biggest rise' : t.marker === 'biggest-drop' ? '  ▼ biggest drop' : '';
  const acts = t.acts.length > 0 ? t.acts.map((a) => s(a).replace(/_/g, ' ')).join(', ') : 'no act';
  const delta = t.delta === 0 ? '' : ` (${signed(t.delta)})`;
  // Wrap the plain header first, then colour it, so escape codes never count toward the width.
  const paint = (line: string) =>
    line
      .replace(
        `Turn ${t.repTurn}  ${before} → ${t.openness}${delta}`,
        `Turn ${t.repTurn}  ${before} → ${t.openness}${t.delta > 0 ? x.c.green(delta) : t.delta < 0 ? x.c.red(delta) : delta}`,
      )
      .replace('▲ biggest rise', x.c.green('▲ biggest rise'))
      .replace('▼ biggest drop', x.c.red('▼ biggest drop'));
  return [
    ...wrap(`Turn ${t.repTurn}  ${before} → ${t.openness}${delta}${mark}  ${acts}`, '  ', '      ', x.width).map(paint),
    ...wrap(`You: "${s(t.quote)}"`, '    ', '      ', x.width),
    ...wrap(`HCP: "${s(t.voice)}"`, '    ', '      ', x.width),
  ];
}

function strengths(fb: Feedback, x: Ctx): string {
  const lines = [heading('Strengths', x)];
  if (fb.strengths.length === 0)
    return [...lines, ...wrap(s(fb.noStrengthsNote ?? 'No strengths yet.'), '  ', '  ', x.width)].join('\n');
  for (const st of fb.strengths) {
    lines.push(
      ...wrap(
        `✓ ${s(st.metric)} ${formatScore(st.score)} (${bandOf(st.score)}), turn ${st.turn}: "${s(st.quote)}"`,
        '  ',
        '    ',
        x.width,
      ),
    );
    lines.push(...wrap(s(st.why), '    ', '    ', x.width));
  }
  return lines.join('\n');
}

function improvements(card: Scorecard, fb: Feedback, x: Ctx): string {
  const lines = [heading('Improvements', x)];
  if (fb.improvements.length === 0) return [...lines, '  Nothing below Exceptional to work on.'].join('\n');
  fb.improvements.forEach((im, i) => {
    const score = card.metricResults.find((m) => m.id === im.metricId)?.score ?? null;
    lines.push(
      ...wrap(`${i + 1}. ${s(im.metric)} ${formatScore(score)}, turn ${im.turn}`, '  ', '     ', x.width).map((l) =>
        x.c.bold(l),
      ),
    );
    lines.push(
      ...wrap(`You ${im.did === undefined ? 'said' : s(im.did)}: "${s(im.quote)}"`, '     ', '       ', x.width),
    );
    lines.push(...wrap(`The HCP: ${s(im.hcpReaction)}`, '     ', '       ', x.width));
    lines.push(...wrap(`Better: "${s(im.betterLine)}"`, '     ', '       ', x.width).map((l) => x.c.green(l)));
    lines.push(...wrap(`Tip: ${s(im.tip)}`, '     ', '       ', x.width));
  });
  return lines.join('\n');
}

function waitingFor(fb: Feedback, x: Ctx): string {
  const { priorities, objections } = fb.waitingFor;
  const lines = [heading('What the HCP was waiting for', x)];
  if (priorities.length === 0 && objections.length === 0)
    return [...lines, '  Nothing: you reached every priority and no objection is left open.'].join('\n');
  if (priorities.length > 0)
    lines.push('  Priorities left open:', ...priorities.flatMap((p) => wrap(`• ${s(p)}`, '    ', '      ', x.width)));
  if (objections.length > 0)
    lines.push(
      '  Objections still open:',
      ...objections.flatMap((p) => wrap(`• "${s(p)}"`, '    ', '      ', x.width)),
    );
  return lines.join('\n');
}

function nextSteps(fb: Feedback, x: Ctx): string {
  const lines = [heading('Next steps', x)];
  fb.nextSteps.forEach((step, i) => lines.push(...wrap(`${i + 1}. ${s(step)}`, '  ', '     ', x.width)));
  return lines.join('\n');
}

const heading = (title: string, { c }: Ctx): string => c.bold.underline(title);

/** Word-wraps plain text to `width`; a word longer than a line gets a line of its own. */
function wrap(text: string, first: string, rest: string, width: number): string[] {
  const out: string[] = [];
  let line = first;
  let fresh = true;
  for (const word of text.split(' ')) {
    if (!fresh && line.length + 1 + word.length > width) {
      out.push(line);
      line = rest + word;
    } else line += (fresh ? '' : ' ') + word;
    fresh = false;
  }
  out.push(line);
  return out;
}
