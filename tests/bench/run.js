// `npm run bench`: runs every benchmark module in tests/bench and ends with one table of goals.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows = [];
for (const file of modules) {
  console.log(`\n== ${file}`);
  const mod = await import(pathToFileURL(join(dir, file)).href);
  const result = await mod.run({ log: (line) => console.log(`  ${line}`) });
  for (const r of result) {
    const ratio = r.ratio === undefined ? '' : ` (${r.ratio.toFixed(2)}×)`;
    console.log(`  ${r.name}: ${format(r.value)} ${r.unit}${ratio}`);
    rows.push(r);
  }
}

function format(v) {
  if (Number.isNaN(v)) return '—';
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2);
}

// The table must name every benchmark the project has, even one whose module is missing.
const EXPECTED = {
  'startup.mjs': 'startup',
  'scoring.mjs': 'scoring: realistic / 10k turns',
  'batch.mjs': 'batch 1,000 runs',
  'repl.mjs': 'repl turn latency',
  'serve.mjs': 'serve p95',
  'report.mjs': 'report 10,000 sessions',
  'serve-store.mjs': 'serve store: postgres vs journal p95',
  'hcp.mjs': 'hcp: one 1 MB pasted turn',
};
for (const [file, name] of Object.entries(EXPECTED)) {
  if (only.length === 0 && !modules.includes(file))
    rows.push({ name: `${name} (tests/bench/${file} missing)`, value: NaN, unit: '', goal: 'a result', met: false });
}

// Every row, so each benchmark's number is in the one table; rows without a goal are context.
const w = Math.max(...rows.map((r) => r.name.length), 9);
console.log(`\n${'benchmark'.padEnd(w)}  ${'value'.padStart(18)}  ${'goal'.padEnd(22)}  met`);
for (const r of rows) {
  const value = `${format(r.value)} ${r.unit}${r.ratio === undefined ? '' : ` ${r.ratio.toFixed(2)}×`}`;
  const met = r.goal === undefined ? '' : r.met ? 'yes' : 'NO';
  console.log(`${r.name.padEnd(w)}  ${value.padStart(18)}  ${String(r.goal ?? '—').padEnd(22)}  ${met}`);
}
const withGoals = rows.filter((r) => r.goal !== undefined);
const missed = withGoals.filter((r) => !r.met).length;
console.log(`\n${withGoals.length - missed} of ${withGoals.length} goals met`);
