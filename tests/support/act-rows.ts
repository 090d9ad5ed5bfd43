// Rows of short conversations ("R: …" / "C: …" lines) checked for the acts of their last turn: the
// shape every phrasing and acts test shares.
import { expect, it } from 'vitest';
import { readConversation, type Act } from '../../src/understand/index.js';
import { conversation } from '../builders.js';

export interface ActRow {
  lines: string[];
  /** An act the last turn must be read as. */
  has?: Act;
  /** A near miss it must not be read as. */
  not?: Act;
}

/** The acts of every turn, in order. */
export const allActs = (...lines: string[]): Act[][] =>
  readConversation(conversation(...lines)).turns.map((t) => t.acts.map((a) => a.act));

/** The acts of the last turn. */
export const lastActs = (...lines: string[]): Act[] => allActs(...lines).at(-1) ?? [];

/** The kind the last turn's act is read with ("agenda", "committed", …), if the act is there. */
export const kindOf = (act: Act, ...lines: string[]): string | undefined =>
  readConversation(conversation(...lines))
    .turns.at(-1)
    ?.acts.find((a) => a.act === act)?.kind;

/** Checks a row; a failure shows what every turn was read as, since the turns before the last matter. */
export function expectRow({ lines, has, not }: ActRow): void {
  const all = allActs(...lines);
  const acts = all.at(-1) ?? [];
  const heard = all.map((a) => a.join('+') || '-').join(' | ');
  if (has !== undefined) expect(acts, heard).toContain(has);
  if (not !== undefined) expect(acts, heard).not.toContain(not);
}

/** One test per row, named by its group, what it checks and the start of its last line. */
export function itRows(groups: Record<string, readonly ActRow[]>): void {
  for (const [name, rows] of Object.entries(groups))
    for (const row of rows)
      it(`${name}: ${row.has ? 'has ' + row.has : 'not ' + row.not} :: ${row.lines.at(-1)!.slice(0, 60)}`, () =>
        expectRow(row));
}

/** A row checked for the kind its last turn's act is read with ("agenda", "committed"); undefined for none. */
export interface KindRow {
  lines: string[];
  kind: string | undefined;
}

/** One test per row: the last turn's `act` is read with the row's kind. */
export function itKinds(act: Act, groups: Record<string, readonly KindRow[]>): void {
  for (const [name, rows] of Object.entries(groups))
    for (const row of rows)
      it(`${name}: ${act} is ${row.kind ?? 'no kind'} :: ${row.lines.at(-1)!.slice(0, 60)}`, () => {
        expect(kindOf(act, ...row.lines)).toBe(row.kind);
      });
}
