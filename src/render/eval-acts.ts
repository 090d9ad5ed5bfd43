// Renders the act section of `roleplay eval --acts`: per-act scores, weakest first, then macro-F1.
import type { ChalkInstance } from 'chalk';
import type { ActReport, ActRow } from '../eval/index.js';
import { newTable } from './table.js';

const WIDTH = 100;

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const ratio = (x: number | null): string => (x === null ? '–' : x.toFixed(2));

/** F1 ascending (null last), then more support first, then by name: the worst-read acts on top. */
function byF1(a: ActRow, b: ActRow): number {
  const fa = a.f1 ?? Infinity;
  const fb = b.f1 ?? Infinity;
  return fa - fb || b.support - a.support || (a.act < b.act ? -1 : a.act > b.act ? 1 : 0);
}

/** Joins items with ", " into lines no wider than WIDTH, continuation lines indented. */
function wrapList(head: string, items: readonly string[]): string[] {
  const lines: string[] = [];
  let line = head;
  items.forEach((item, i) => {
    const piece = item + (i < items.length - 1 ? ',' : '');
    if (line.length + 1 + piece.length > WIDTH && line.trim() !== '') {
      lines.push(line);
      line = `   ${piece}`;
    } else line += ` ${piece}`;
  });
  lines.push(line);
  return lines;
}

export function renderActs(a: ActReport, c: ChalkInstance): string {
  const skipped = a.skipped > 0 ? `; ${plural(a.skipped, 'file')} without .acts.json skipped` : '';
  const head = `${c.bold('Acts')}: ${plural(a.files, 'file')}, ${plural(a.turns, 'turn')}${skipped}`;
  if (a.files === 0) return `${head}\nNo .acts.json files to compare with.`;
  const rows = a.perAct.filter((r) => r.support > 0 || r.predicted > 0).sort(byF1);
  const table = newTable(['act', 'support', 'precision', 'recall', 'F1'], c, {
    colAligns: ['left', 'right', 'right', 'right', 'right'],
  });
  for (const r of rows) {
    const few = r.support < a.minSupport;
    const cells = [r.act, `${r.support}${few ? '*' : ''}`, ratio(r.precision), ratio(r.recall), ratio(r.f1)];
    table.push(few ? cells.map((x) => c.dim(x)) : cells);
  }
  const lines = [head, table.toString(), c.dim(`* support under ${a.minSupport}: shown, but left out of macro-F1`)];
  const macro = a.macroF1 === null ? 'n/a' : a.macroF1.toFixed(2);
  lines.push(`${c.bold('macro-F1')} ${macro} over ${plural(a.macroActs, 'act')} with support ≥ ${a.minSupport}`);
  if (a.weakest.length > 0)
    lines.push(
      ...wrapList(
        'weakest:',
        a.weakest.map((w) => `${w.act} ${w.f1.toFixed(2)}`),
      ),
    );
  return lines.join('\n');
}
