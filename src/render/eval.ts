// Renders `roleplay eval`: the agreement summary, per-metric and per-author tables, the confusion
// matrices and the misses; the act section lives in eval-acts.ts.
import { Chalk, type ChalkInstance } from 'chalk';
import stripAnsi from 'strip-ansi';
import type { Confusion, EvalReport, Miss, Share } from '../eval/index.js';
import { LABEL_BANDS } from '../eval/index.js';
import { sanitize } from '../sanitize.js';
import { plural, renderActs } from './eval-acts.js';
import { formatScore } from './format.js';
import { newTable } from './table.js';
import type { ColorLevel } from '../io.js';

export interface EvalRenderOptions {
  /** Chalk colour level; 0 (the default) prints no escape codes. */
  color?: ColorLevel;
}

/** labeled/README.md: matching the consensus on 85% of bands is as good as a second trainer. */
const TRAINER_LEVEL = 85;
/** Misses are for reading, not for scrolling: --json has every one. */
const MAX_MISS_LINES = 40;
const WIDTH = 100;

/** Untrusted text (ids come from file contents) on one clean line that fits the width. */
function clip(text: string, max = WIDTH - 2): string {
  const clean = sanitize(text).replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

const percent = (s: Share): string => (s.agreement === null ? 'n/a' : `${s.agreement.toFixed(1)}%`);

function paintShare(c: ChalkInstance, s: Share): string {
  const text = `${percent(s)} (${s.agree}/${s.total})`;
  return s.agreement !== null && s.agreement >= TRAINER_LEVEL ? c.green(text) : text;
}

function summary(r: EvalReport, c: ChalkInstance): string {
  const rho = r.spearman.rho === null ? 'n/a' : r.spearman.rho.toFixed(2);
  return [
    `${c.bold(plural(r.files, 'file'))}: metric agreement ${paintShare(c, r.metricAgreement)}, ` +
      `overall agreement ${paintShare(c, r.overallAgreement)}`,
    `Spearman ρ (overall score vs label) ${rho} over ${plural(r.spearman.n, 'file')}`,
    c.dim(
      `rubric ${clip(r.rubric.version)} sha256:${r.rubric.hash.slice(0, 12)} · ${TRAINER_LEVEL}% is a second trainer's level`,
    ),
  ].join('\n');
}

function metricTable(r: EvalReport, c: ChalkInstance): string {
  const table = newTable(['metric', 'agreement', 'n'], c, { colAligns: ['left', 'right', 'right'] });
  for (const m of r.perMetric) table.push([m.metric, paintShare(c, m), String(m.total)]);
  return `${c.bold('Per metric')}\n${table.toString()}`;
}

function authorTable(r: EvalReport, c: ChalkInstance): string {
  const table = newTable(['author', 'files', 'metric agreement', 'overall agreement'], c, {
    colAligns: ['left', 'right', 'right', 'right'],
  });
  for (const a of r.perAuthor)
    table.push([clip(a.author, 20), String(a.files), paintShare(c, a.metrics), paintShare(c, a.overall)]);
  return `${c.bold('Per author')}\n${table.toString()}`;
}

const NAME_WIDTH = 31;
const CELL = 4;

/** One matrix in 5 lines of NAME_WIDTH + 4 cells (two fit in 100 columns); zeros as '.', so counts stand out. */
function matrixLines(metric: string, m: Confusion, c: ChalkInstance): string[] {
  const cell = (n: number, diagonal: boolean) => {
    const text = (n === 0 ? '.' : String(n)).padStart(CELL);
    return diagonal && n > 0 ? c.green(text) : n === 0 ? c.dim(text) : text;
  };
  const head = c.bold(metric.padEnd(NAME_WIDTH)) + LABEL_BANDS.map((b) => b.padStart(CELL)).join('');
  const rows = LABEL_BANDS.map(
    (label) =>
      `  ${label.padEnd(NAME_WIDTH - 2)}${LABEL_BANDS.map((got) => cell(m[label][got], got === label)).join('')}`,
  );
  return [head, ...rows];
}

function confusions(r: EvalReport, c: ChalkInstance): string {
  const blocks = r.perMetric.map((m) => matrixLines(m.metric, m.confusion, c));
  const lines = [c.bold('Confusion') + c.dim(' (rows: trainers’ label, columns: scorer’s band)')];
  const blockWidth = NAME_WIDTH + CELL * LABEL_BANDS.length;
  for (let k = 0; k < blocks.length; k += 2) {
    const [left, right] = [blocks[k]!, blocks[k + 1]];
    if (k > 0) lines.push('');
    left.forEach((line, i) => {
      const pad = ' '.repeat(Math.max(0, blockWidth - visibleLength(line)));
      lines.push(right ? `${line}${pad}   ${right[i]}` : line);
    });
  }
  return lines.join('\n');
}

const visibleLength = (s: string): number => stripAnsi(s).length;

function missLine(m: Miss): string {
  const score = m.score === null ? '' : ` (${formatScore(m.score)})`;
  return `  ${m.metric.padEnd(NAME_WIDTH)} label ${m.label.padEnd(4)}  scorer ${m.got.padEnd(4)}${score}`.trimEnd();
}

function misses(r: EvalReport, c: ChalkInstance): string {
  const all = [...r.misses, ...r.overallMisses].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (all.length === 0) return c.green('No misses: every band matches the label.');
  const head = `${c.bold('Misses')}: ${plural(r.misses.length, 'metric band')} and ${plural(r.overallMisses.length, 'overall band')} differ from the label`;
  const lines = [head];
  let shown = 0;
  let file: string | undefined;
  for (const m of all) {
    const need = m.file === file ? 1 : 2;
    if (lines.length - 1 + need > MAX_MISS_LINES) break;
    if (m.file !== file) lines.push(clip((file = m.file)));
    lines.push(missLine(m));
    shown++;
  }
  if (shown < all.length) {
    const files = new Set(all.slice(shown).map((m) => m.file)).size;
    lines.push(c.dim(`… and ${all.length - shown} more in ${plural(files, 'file')} (--json lists every one)`));
  }
  return lines.join('\n');
}

export function renderEval(r: EvalReport, o: EvalRenderOptions = {}): string {
  const c = new Chalk({ level: o.color ?? 0 });
  const parts = [summary(r, c), metricTable(r, c), authorTable(r, c), confusions(r, c), misses(r, c)];
  if (r.acts) parts.push(renderActs(r.acts, c));
  return `${parts.join('\n\n')}\n`;
}
