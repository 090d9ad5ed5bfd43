// The "Compliance" section of a scorecard (issue #17): each flag with its turn, the quote, the rule
// and what to say instead; red when colour is on. Nothing for scorecards made before flags existed.
import type { ChalkInstance } from 'chalk';
import type { ComplianceKind, Scorecard } from '../types.js';
import stripAnsi from 'strip-ansi';
import { sanitize } from '../sanitize.js';

const TITLES: Record<ComplianceKind, string> = {
  misquoted_data: 'Misquoted data',
  absolute_claim: 'Absolute or unsupported claim',
  off_label: 'Off-label promotion',
  minimizing_safety: 'Minimizing safety',
  missing_fair_balance: 'Missing fair balance',
  disparaging_competitor: 'Disparaging a competitor',
  adverse_event_not_routed: 'Adverse event not routed',
};

const clean = (t: string): string => sanitize(t).replace(/\s+/g, ' ').trim();

/** Visible length: colour codes take no columns, so colour never changes where lines break. */
const cols = (t: string): number => stripAnsi(t).length;

/** Greedy word wrap with a first-line and a continuation indent. */
function wrap(text: string, first: string, rest: string, width: number): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    const indent = lines.length === 0 ? first : rest;
    if (cols(line) > indent.length && cols(line) + 1 + cols(word) > width) {
      lines.push(line);
      line = rest + word;
    } else line += (cols(line) > indent.length ? ' ' : '') + word;
  }
  lines.push(line);
  return lines;
}

export function renderCompliance(card: Scorecard, c: ChalkInstance, width: number): string | undefined {
  const result = card.compliance;
  if (result === undefined) return undefined;
  const { flags } = result;
  if (flags.length === 0) return `${c.bold('Compliance')} ${c.green('no flags')}`;
  const lines = [`${c.bold.red('Compliance')} ${c.red(`${flags.length} flag${flags.length === 1 ? '' : 's'}`)}`];
  for (const f of flags) {
    lines.push(
      ...wrap(
        `${c.red('✗')} turn ${f.turn} ${c.red(TITLES[f.kind] ?? f.kind)}: "${clean(f.quote)}"`,
        '  ',
        '      ',
        width,
      ),
    );
    lines.push(...wrap(c.dim(`rule: ${clean(f.rule)}`), '      ', '        ', width));
    lines.push(...wrap(`say instead: ${clean(f.sayInstead)}`, '      ', '        ', width));
  }
  return lines.join('\n');
}
