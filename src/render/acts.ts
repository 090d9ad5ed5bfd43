// Renders what the reader made of each turn: the acts, each with the words that made it (`score --acts`).
import { Chalk } from 'chalk';
import type { Turn } from '../types.js';
import type { Reading } from '../understand/index.js';
import { sanitize } from '../sanitize.js';
import type { ColorLevel } from '../io.js';

/** The JSON shape of `score --json --acts`: one entry per turn, act names as in docs/scoring.md. */
export interface ActsEntry {
  i: number;
  speaker: 'rep' | 'customer';
  acts: string[];
  evidence: { act: string; start: number; end: number; quote: string; why: string }[];
}

export function actsJson(reading: Reading): ActsEntry[] {
  return reading.turns.map((t) => ({
    i: t.i,
    speaker: t.speaker,
    acts: t.acts.map((a) => a.act),
    evidence: t.acts.map((a) => ({
      act: a.act,
      start: a.evidence.start,
      end: a.evidence.end,
      quote: a.evidence.quote,
      why: a.evidence.why,
    })),
  }));
}

const clean = (t: string): string => sanitize(t).replace(/\s+/g, ' ').trim();
const MAX_TURN_QUOTE = 90;

export function renderActs(turns: readonly Turn[], reading: Reading, o: { color?: ColorLevel } = {}): string {
  const c = new Chalk({ level: o.color ?? 0 });
  const lines = [c.bold('Acts, turn by turn')];
  for (const t of reading.turns) {
    const who = t.speaker === 'rep' ? 'Rep' : 'HCP';
    const text = clean(turns[t.i]?.text ?? '');
    lines.push(
      `  ${c.bold(`turn ${t.i} ${who}`)}: ${text.length > MAX_TURN_QUOTE ? `${text.slice(0, MAX_TURN_QUOTE - 1)}…` : text}`,
    );
    if (t.acts.length === 0) lines.push(c.dim('    (no act)'));
    for (const a of t.acts)
      lines.push(`    ${a.act}${a.kind ? ` (${clean(a.kind)})` : ''} ${c.dim(`— ${clean(a.evidence.why)}`)}`);
  }
  return `${lines.join('\n')}\n`;
}
