// Maps rep turn numbers (HcpState.history) to transcript indexes (scorecard evidence) by counting speakers.
import type { Turn } from '../types.js';
import { sanitize } from '../sanitize.js';
import { shortQuote } from '../understand/index.js';

/** Short enough for one line of feedback, long enough to recognise the turn. */
const QUOTE_MAX = 90;

export interface RepTurns {
  /** Transcript index of each rep turn; rep turn k is at `indexes[k - 1]`. */
  indexes: number[];
  /** Rep turn number (1-based) of a transcript index, or undefined for an HCP turn. */
  numberAt(index: number): number | undefined;
  /** The rep's words at rep turn k, or '' when the transcript has no such turn. */
  text(k: number): string;
  /** The HCP's reply after rep turn k (before the next rep turn), if any. */
  replyAfter(k: number): string | undefined;
  /** The HCP's last words before rep turn k (past the last rep turn: the HCP's last words), if any. */
  hcpBefore(k: number): string | undefined;
}

// Transcripts usually alternate, but a resumed or imported one may not: never assume index 2k-1.
export function indexRepTurns(turns: readonly Turn[]): RepTurns {
  const indexes: number[] = [];
  const numbers = new Map<number, number>();
  turns.forEach((t, i) => {
    if (t.speaker !== 'rep') return;
    indexes.push(i);
    numbers.set(i, indexes.length);
  });
  const at = (k: number) => indexes[k - 1];
  return {
    indexes,
    numberAt: (index) => numbers.get(index),
    text: (k) => {
      const i = at(k);
      return i === undefined ? '' : turns[i]!.text;
    },
    replyAfter: (k) => {
      const i = at(k);
      if (i === undefined) return undefined;
      for (let j = i + 1; j < turns.length && turns[j]!.speaker !== 'rep'; j++) {
        if (turns[j]!.text.trim() !== '') return turns[j]!.text;
      }
      return undefined;
    },
    hcpBefore: (k) => {
      const i = at(k);
      for (let j = (i ?? turns.length) - 1; j >= 0; j--) {
        if (turns[j]!.speaker === 'customer' && turns[j]!.text.trim() !== '') return turns[j]!.text;
      }
      return undefined;
    },
  };
}

/** Untrusted text made safe and short for a quote: sanitized, whitespace folded, cut on a word. */
export const quote = (text: string, max = QUOTE_MAX): string => shortQuote(sanitize(text), max);

/** +2, -1, +0.5: deltas read as changes. */
export function signed(n: number): string {
  const r = Math.round(n * 10) / 10;
  if (r === 0) return '0';
  const body = Number.isInteger(r) ? String(Math.abs(r)) : Math.abs(r).toFixed(1);
  return `${r < 0 ? '-' : '+'}${body}`;
}

/** Openness for display: integers as is, fractions to one decimal. */
export function level(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}
