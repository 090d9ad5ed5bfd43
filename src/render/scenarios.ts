// Renders the scenario list table and a scenario briefing as strings.
import { fitTable, type FitColumn } from './fit-table.js';
import { widthOr, wrapLine } from './wrap.js';
import { Chalk } from 'chalk';
import type { Briefing, ScenarioSummary } from '../scenario/index.js';
import { sanitize } from '../sanitize.js';
import type { ColorLevel } from '../io.js';

export interface RenderOptions {
  color?: ColorLevel;
  /** Terminal width to fit; undefined (`--wide`) shows every column at full width. */
  width?: number;
}

const LIST_COLUMNS: FitColumn[] = [
  { head: 'id' },
  { head: 'title', isFlexible: true },
  { head: 'area', dropOrder: 1 },
  { head: 'stage', dropOrder: 2 },
  { head: 'difficulty', dropOrder: 3 },
];

/** Fits the width by dropping area, then stage, then difficulty, and wrapping titles (issue 15: 157 columns). */
export function renderScenarioTable(rows: readonly ScenarioSummary[], o: RenderOptions = {}): string {
  const c = new Chalk({ level: o.color ?? 0 });
  if (rows.length === 0) return 'No scenarios match.\n';
  // Sanitize before measuring and colouring: sanitize strips every escape, the cyan included.
  const cells = rows.map((r) => [r.id, r.title, r.therapeuticArea, r.stage, r.difficulty].map(sanitize));
  const table = fitTable(LIST_COLUMNS, cells, c, o.width, (i, cell) => (i === 0 ? c.cyan(cell) : cell));
  const shown = table.split('\n')[0]!.includes('area') ? '' : ' (--wide shows every column)';
  return `${table}\n${rows.length} scenario${rows.length === 1 ? '' : 's'}${shown}\n`;
}

export interface BriefingOptions {
  color?: ColorLevel;
  width?: number;
  /** At the start of a session: what the rep needs, without the summary and the "start with" line. */
  isSessionStart?: boolean;
}

/** The briefing, word-wrapped; a session shows it at its start and on /brief (issue 15). */
export function renderBriefing(b: Briefing, o: BriefingOptions = {}): string {
  const c = new Chalk({ level: o.color ?? 0 });
  const width = widthOr(o.width);
  const s = (t: string) => sanitize(t).trim();
  const para = (t: string, first = '', rest = first) => wrapLine(t, width, first, rest);
  const labelled = (label: string, t: string) => {
    const lines = para(`${label} ${t}`, '', '  ');
    lines[0] = c.bold(label) + lines[0]!.slice(label.length);
    return lines;
  };
  const list = (items: readonly string[]) => items.flatMap((i) => para(s(i), '  • ', '    '));
  const product = labelled('Product:', `${s(b.product.name)} — ${s(b.product.description)}`);
  const meeting = labelled(
    'You are meeting:',
    `${s(b.hcp.name)}, ${s(b.hcp.role)}. Starts ${b.hcp.startingMood}; gives you about ${b.hcp.timeBudget} turns.`,
  );
  const objectives = [c.bold('Your objectives:'), ...list(b.objectives)];
  const messages = [c.bold('Key messages:'), ...list(b.keyMessages)];
  const scene = labelled('The scene:', s(b.openingScene));
  if (o.isSessionStart === true) {
    return [
      c.bold(`Briefing: ${s(b.title)}`),
      ...product,
      ...meeting,
      ...objectives,
      ...messages,
      ...scene,
      c.dim('(/brief shows this again)'),
      '',
    ].join('\n');
  }
  return [
    ...para(s(b.title)).map((l) => c.bold(l)),
    ...para(`${s(b.therapeuticArea)} · ${s(b.specialty)} · stage: ${b.stage} · difficulty: ${b.difficulty}`),
    '',
    ...para(s(b.summary)),
    '',
    ...product,
    ...meeting,
    ...para(s(b.hcp.personality), '  ', '  '),
    '',
    ...scene,
    '',
    ...objectives,
    '',
    ...messages,
    '',
    ...para(`Start with: roleplay practice ${b.id}`),
    '',
  ].join('\n');
}
