#!/usr/bin/env node
// A practice data set for `roleplay report` (issue 18): 5 reps × 4 weeks × 3 scenarios, played by
// `roleplay batch --rep NAME --date DAY` (in-process, through the built CLI) from the strong, mixed
// and weak rep scripts in tests/hcp-quality. Each rep follows a different arc over the weeks, so the
// report has trends to show. Needs `npm run build` first.
//
//   node scripts/report-dataset.mjs --out DIR [--start 2026-03-02] [--weeks 4]
import { PassThrough } from 'node:stream';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCENARIOS = [
  'primary-care-hypertension-discovery',
  'cardiology-lipid-closing',
  'primary-care-insomnia-rushed',
];
/** Which rep script each rep plays in weeks 1, 2, 3, 4 (then the last one again). */
export const ARCS = {
  'Ana Ruiz': ['weak', 'mixed', 'mixed', 'strong'],
  'Ben Okafor': ['strong', 'strong', 'strong', 'strong'],
  'Chloé Martin': ['mixed', 'mixed', 'weak', 'mixed'],
  'Dev Patel': ['strong', 'mixed', 'weak', 'weak'],
  'Emma <Lee>': ['weak', 'weak', 'mixed', 'mixed'],
};
const DAY_MS = 86_400_000;

/** Writes one batch JSON report per rep and week into `out`; returns their paths. */
export async function makeDataset({ out, start = '2026-03-02', weeks = 4, log = () => undefined }) {
  const { main } = await import(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href);
  mkdirSync(out, { recursive: true });
  const files = SCENARIOS.map((s) => join(ROOT, 'tests/hcp-quality', `${s}.yaml`));
  const written = [];
  const t0 = Date.parse(`${start}T09:00:00Z`);
  for (const [r, [rep, arc]] of Object.entries(ARCS).entries()) {
    for (let w = 0; w < weeks; w++) {
      const role = arc[Math.min(w, arc.length - 1)];
      // Each rep practices on their own weekday; seeds differ per rep and week.
      const date = new Date(t0 + (w * 7 + r) * DAY_MS).toISOString();
      const file = join(out, `rep${r + 1}-week${w + 1}.json`);
      const argv = [
        'batch',
        ...files,
        '--filter',
        role,
        '--rep',
        rep,
        '--date',
        date,
        '--seed',
        String(100 * (r + 1) + w),
        '--jobs',
        '1',
        '--format',
        'json',
        '--out',
        file,
      ];
      const stderr = new PassThrough();
      let err = '';
      stderr.on('data', (d) => (err += d));
      const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr, isTTY: false };
      const code = await main(argv, io, { env: {}, cwd: ROOT });
      // Exit 1 is a run below its script's expectations: part of the data, not a failure.
      if (code !== 0 && code !== 1) throw new Error(`batch for ${rep} week ${w + 1} exited ${code}: ${err}`);
      log(`${file}: ${rep}, week ${w + 1}, ${role}`);
      written.push(file);
    }
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const value = (flag, fallback) => {
    const i = args.indexOf(flag);
    return i === -1 ? fallback : args[i + 1];
  };
  const out = value('--out');
  if (!out) {
    console.error('usage: node scripts/report-dataset.mjs --out DIR [--start YYYY-MM-DD] [--weeks N]');
    process.exit(2);
  }
  const files = await makeDataset({
    out: resolve(out),
    start: value('--start', '2026-03-02'),
    weeks: Number(value('--weeks', '4')),
    log: console.log,
  });
  console.log(`${files.length} reports in ${out}; next: roleplay report ${out} --format html --out report.html`);
}
