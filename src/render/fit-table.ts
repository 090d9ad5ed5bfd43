// A table that fits a terminal width: low-priority columns drop out first, then one column wraps (issue 15).
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import { newTable } from './table.js';

export interface FitColumn {
  head: string;
  /** Lower drops first when the table is too wide; undefined never drops. */
  dropOrder?: number;
  /** The one column that wraps to make the rest fit. */
  isFlexible?: boolean;
  align?: 'left' | 'right';
}

/** A flexible column narrower than this is not worth keeping other columns for. */
const MIN_FLEX = 16;
/** Borders and one space of padding each side: 3 per column plus 1. */
const overhead = (n: number) => 3 * n + 1;

/**
 * Renders `rows` (plain cells) within `width`, or with every column at its natural width when `width` is
 * undefined (`--wide`). `paint` colours a cell after it is measured.
 */
export function fitTable(
  cols: readonly FitColumn[],
  rows: readonly string[][],
  c: ChalkInstance,
  width?: number,
  paint: (col: number, cell: string) => string = (_, cell) => cell,
): string {
  const natural = cols.map((col, i) =>
    Math.max(stringWidth(col.head), ...rows.map((r) => longestWord(r[i] ?? '', col.isFlexible === true))),
  );
  const full = cols.map((col, i) => Math.max(stringWidth(col.head), ...rows.map((r) => stringWidth(r[i] ?? ''))));
  let keep = cols.map((_, i) => i);
  const need = (idx: number[]) =>
    overhead(idx.length) +
    idx.reduce(
      (sum, i) => sum + (cols[i]!.isFlexible ? Math.min(full[i]!, Math.max(MIN_FLEX, natural[i]!)) : full[i]!),
      0,
    );
  if (width !== undefined) {
    const droppable = keep
      .filter((i) => cols[i]!.dropOrder !== undefined)
      .sort((a, b) => cols[a]!.dropOrder! - cols[b]!.dropOrder!);
    while (need(keep) > width && droppable.length > 0) {
      const gone = droppable.shift()!;
      keep = keep.filter((i) => i !== gone);
    }
  }
  const widths = keep.map((i) => full[i]!);
  const flex = keep.findIndex((i) => cols[i]!.isFlexible);
  if (width !== undefined && flex >= 0) {
    const others = widths.reduce((sum, w, j) => sum + (j === flex ? 0 : w), 0);
    widths[flex] = Math.max(
      natural[keep[flex]!]!,
      Math.min(full[keep[flex]!]!, width - overhead(keep.length) - others),
    );
  }
  const table = newTable(
    keep.map((i) => cols[i]!.head),
    c,
    {
      colAligns: keep.map((i) => cols[i]!.align ?? 'left'),
      colWidths: widths.map((w) => w + 2),
      wordWrap: true,
    },
  );
  for (const r of rows) table.push(keep.map((i) => paint(i, r[i] ?? '')));
  return table.toString();
}

const longestWord = (cell: string, isFlexible: boolean): number =>
  isFlexible ? Math.max(0, ...cell.split(/\s+/).map((w) => stringWidth(w))) : stringWidth(cell);
