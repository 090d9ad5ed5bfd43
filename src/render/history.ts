// Renders past sessions: one row each, then a trend line per metric as a sparkline.
import { newTable } from './table.js';
import { Chalk } from 'chalk';
import type { HistoryEntry } from '../store/index.js';
import { sanitize } from '../sanitize.js';
import type { ColorLevel } from '../io.js';

const TICKS = '▁▂▃▄▅▆▇█';

/** Scores 1–5 as sparkline ticks; n/a as a space so gaps stay visible. */
export function sparkline(values: readonly (number | null)[], min = 1, max = 5): string {
  return values
    .map((v) =>
      v === null
        ? ' '
        : TICKS[Math.round(((Math.min(max, Math.max(min, v)) - min) / (max - min)) * (TICKS.length - 1))],
    )
    .join('');
}

const fmt = (s: number | null) => (s === null ? 'n/a' : s.toFixed(1));
const day = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');

export function renderHistory(entries: readonly HistoryEntry[], o: { color?: ColorLevel } = {}): string {
  if (entries.length === 0) return 'No sessions yet. Practice one with `roleplay practice`.\n';
  const c = new Chalk({ level: o.color ?? 0 });
  const table = newTable(['ended (UTC)', 'scenario', 'turns', 'overall', 'band'], c);
  for (const e of entries)
    table.push([
      day(e.endedAt),
      sanitize(e.scenarioId),
      String(e.repTurns),
      fmt(e.overallScore),
      sanitize(e.band ?? 'n/a'),
    ]);
  // history.jsonl is a plain file anyone can edit: its keys are untrusted text too.
  const metricIds = [...new Set(entries.flatMap((e) => Object.keys(e.metrics ?? {})))];
  const width = Math.max(...metricIds.map((m) => m.length), 'overall'.length);
  const trend = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return `${sparkline(values)}  ${known.length ? `last ${fmt(known.at(-1)!)}` : 'n/a'}`;
  };
  const lines = [
    `${'overall'.padEnd(width)}  ${trend(entries.map((e) => e.overallScore))}`,
    ...metricIds.map((m) => `${sanitize(m).padEnd(width)}  ${trend(entries.map((e) => e.metrics?.[m] ?? null))}`),
  ];
  return `${table.toString()}\n\n${c.bold('Trend per metric (oldest → newest)')}\n${lines.join('\n')}\n`;
}
