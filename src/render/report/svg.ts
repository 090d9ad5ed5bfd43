// Charts as plain SVG strings, drawn by us (no library, no network): a line chart of weekly means
// and a histogram of scores. Lines differ by dash as well as colour, so a black-and-white print reads.
import { esc } from './html-text.js';

export interface Series {
  label: string;
  points: (number | null)[];
  /** The team line: thicker and black. */
  strong?: boolean;
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];
const W = 560;
const H = 230;
const M = { left: 34, right: 26, top: 12, bottom: 34 };

const fx = (v: number) => v.toFixed(1);

/** y from a 1–5 score. */
const yOf = (v: number) => M.top + ((5 - Math.min(5, Math.max(1, v))) / 4) * (H - M.top - M.bottom);

export function lineChart(title: string, xLabels: readonly string[], series: readonly Series[]): string {
  const plotW = W - M.left - M.right;
  const xOf = (i: number) => M.left + (xLabels.length <= 1 ? plotW / 2 : (i / (xLabels.length - 1)) * plotW);
  const grid = [1, 2, 3, 4, 5].map(
    (v) =>
      `<line x1="${M.left}" x2="${W - M.right}" y1="${fx(yOf(v))}" y2="${fx(yOf(v))}" class="grid"/><text x="${M.left - 6}" y="${fx(yOf(v) + 4)}" class="tick" text-anchor="end">${v}</text>`,
  );
  const ticks = xLabels.map(
    (l, i) =>
      `<text x="${fx(xOf(i))}" y="${H - M.bottom + 16}" class="tick" text-anchor="middle">${esc(l.slice(5))}</text>`,
  );
  let k = 0;
  const lines = series.map((s) => {
    const colour = s.strong ? '#000' : COLOURS[k % COLOURS.length]!;
    const dash = s.strong ? '' : DASHES[k % DASHES.length]!;
    if (!s.strong) k++;
    const style = `stroke="${colour}" stroke-width="${s.strong ? 3 : 1.6}"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
    // A week without a score breaks the line rather than inventing a value.
    const runs: string[][] = [[]];
    s.points.forEach((v, i) => (v === null ? runs.push([]) : runs.at(-1)!.push(`${fx(xOf(i))},${fx(yOf(v))}`)));
    const paths = runs
      .filter((r) => r.length > 1)
      .map((r) => `<polyline fill="none" ${style} points="${r.join(' ')}"/>`);
    const dots = s.points.flatMap((v, i) =>
      v === null
        ? []
        : [
            `<circle cx="${fx(xOf(i))}" cy="${fx(yOf(v))}" r="${s.strong ? 3.5 : 2.5}" fill="${colour}"><title>${esc(s.label)}, week of ${esc(xLabels[i]!)}: ${v.toFixed(2)}</title></circle>`,
          ],
    );
    return {
      svg: `<g class="series" data-label="${esc(s.label)}">${paths.join('')}${dots.join('')}</g>`,
      legend: { label: s.label, colour, dash, strong: s.strong },
    };
  });
  const legend = lines.map(
    ({ legend: l }) =>
      `<span class="key"><svg width="26" height="10" aria-hidden="true"><line x1="1" x2="25" y1="5" y2="5" stroke="${l.colour}" stroke-width="${l.strong ? 3 : 2}"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''}/></svg>${esc(l.label)}</span>`,
  );
  return `<figure class="chart line-chart"><svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>${grid.join('')}${ticks.join('')}${lines.map((l) => l.svg).join('')}<text x="${W / 2}" y="${H - 4}" class="axis" text-anchor="middle">week of (month-day)</text></svg><figcaption>${legend.join(' ')}</figcaption></figure>`;
}

const BIN_LABELS = ['1–1.5', '1.5–2', '2–2.5', '2.5–3', '3–3.5', '3.5–4', '4–4.5', '4.5–5'];

export function histogram(title: string, bins: readonly number[]): string {
  const w = 300;
  const h = 150;
  const base = h - 30;
  const top = Math.max(1, ...bins);
  const bw = (w - 20) / bins.length;
  const bars = bins.map((n, i) => {
    const bh = (n / top) * (base - 16);
    const x = 10 + i * bw;
    return `<rect x="${fx(x + 2)}" y="${fx(base - bh)}" width="${fx(bw - 4)}" height="${fx(bh)}" class="bar"><title>${BIN_LABELS[i]}: ${n} session(s)</title></rect><text x="${fx(x + bw / 2)}" y="${fx(base - bh - 3)}" class="tick" text-anchor="middle">${n}</text><text x="${fx(x + bw / 2)}" y="${base + 13}" class="tick small" text-anchor="middle">${BIN_LABELS[i]}</text>`;
  });
  return `<figure class="chart histogram"><svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title><line x1="8" x2="${w - 8}" y1="${base}" y2="${base}" class="grid"/>${bars.join('')}<text x="${w / 2}" y="${h - 3}" class="axis" text-anchor="middle">score</text></svg></figure>`;
}

/** Two horizontal bars, 0–100%: how often the HCP committed and walked out in one scenario. */
export function rateBars(label: string, committed: number, walkedOut: number, attempts: number): string {
  const pct = (n: number) => (attempts === 0 ? 0 : (n / attempts) * 100);
  const row = (y: number, p: number, cls: string, text: string) =>
    `<rect x="0" y="${y}" width="${fx(p * 1.6)}" height="9" class="${cls}"/><text x="${fx(p * 1.6 + 4)}" y="${y + 8}" class="tick">${text} ${p.toFixed(0)}%</text>`;
  return `<svg viewBox="0 0 260 24" width="260" height="24" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>${row(1, pct(committed), 'bar', 'committed')}${row(13, pct(walkedOut), 'bar walk', 'walked out')}</svg>`;
}
