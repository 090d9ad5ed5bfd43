// Renders the list of sessions in the data folder.
import { newTable } from './table.js';
import { Chalk } from 'chalk';
import type { SessionStatus } from '../session/index.js';
import { sanitize } from '../sanitize.js';
import type { ColorLevel } from '../io.js';

export function renderSessionList(rows: readonly SessionStatus[], o: { color?: ColorLevel } = {}): string {
  if (rows.length === 0) return 'No sessions. Start one with `roleplay practice`.\n';
  const c = new Chalk({ level: o.color ?? 0 });
  const table = newTable(['id', 'scenario', 'status', 'turns', 'overall', 'updated (UTC)'], c);
  for (const s of rows) {
    const overall = s.overallScore === undefined ? '' : s.overallScore === null ? 'n/a' : s.overallScore.toFixed(1);
    table.push([
      s.id.slice(0, 8),
      sanitize(s.scenarioId),
      s.status,
      String(s.repTurns),
      overall,
      new Date(s.updatedAt).toISOString().slice(0, 16).replace('T', ' '),
    ]);
  }
  return `${table.toString()}\n`;
}
