// One table style for every renderer: bold headers, no colour in borders, no rule between rows.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';

const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function newTable(
  head: readonly string[],
  c: ChalkInstance,
  o: Pick<Table.TableConstructorOptions, 'colAligns' | 'colWidths' | 'wordWrap'> = {},
): Table.Table {
  return new Table({ head: head.map((h) => c.bold(h)), chars: COMPACT, style: { head: [], border: [] }, ...o });
}
