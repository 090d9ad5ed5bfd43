// Renders the scenario list table and a scenario briefing as strings.
import { newTable } from './table.js';
import { Chalk } from 'chalk';
import type { Briefing, ScenarioSummary } from '../scenario/index.js';
import { sanitize } from '../sanitize.js';

export interface RenderOptions {
  color?: 0 | 1 | 2 | 3;
}

export function renderScenarioTable(rows: readonly ScenarioSummary[], o: RenderOptions = {}): string {
  const c = new Chalk({ level: o.color ?? 0 });
  if (rows.length === 0) return 'No scenarios match.\n';
  const table = newTable(['id', 'title', 'area', 'stage', 'difficulty'], c);
  for (const r of rows) {
    // Colour after sanitizing: sanitize strips every escape, the cyan included.
    const [id, ...rest] = [r.id, r.title, r.therapeuticArea, r.stage, r.difficulty].map(sanitize);
    table.push([c.cyan(id), ...rest]);
  }
  return `${table.toString()}\n${rows.length} scenario${rows.length === 1 ? '' : 's'}\n`;
}

export function renderBriefing(b: Briefing, o: RenderOptions = {}): string {
  const c = new Chalk({ level: o.color ?? 0 });
  const s = (t: string) => sanitize(t);
  const list = (items: readonly string[]) => items.map((i) => `  • ${s(i)}`).join('\n');
  return [
    c.bold(s(b.title)),
    `${s(b.therapeuticArea)} · ${s(b.specialty)} · stage: ${b.stage} · difficulty: ${b.difficulty}`,
    '',
    s(b.summary),
    '',
    `${c.bold('Product:')} ${s(b.product.name)} — ${s(b.product.description)}`,
    `${c.bold('You are meeting:')} ${s(b.hcp.name)}, ${s(b.hcp.role)}`,
    `  ${s(b.hcp.personality)}`,
    `  Starts ${b.hcp.startingMood}; gives you about ${b.hcp.timeBudget} turns.`,
    '',
    `${c.bold('The scene:')} ${s(b.openingScene)}`,
    '',
    c.bold('Your objectives:'),
    list(b.objectives),
    '',
    c.bold('Key messages:'),
    list(b.keyMessages),
    '',
    `Start with: roleplay practice ${b.id}`,
    '',
  ].join('\n');
}
