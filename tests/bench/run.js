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
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2);
}

const withGoals = rows.filter((r) => r.goal !== undefined);
const w = Math.max(...withGoals.map((r) => r.name.length), 9);
console.log(`\n${'benchmark'.padEnd(w)}  ${'value'.padStart(14)}  ${'goal'.padEnd(22)}  met`);
for (const r of withGoals) {
  const value = `${format(r.value)} ${r.unit}${r.ratio === undefined ? '' : ` ${r.ratio.toFixed(2)}×`}`;
  console.log(`${r.name.padEnd(w)}  ${value.padStart(14)}  ${String(r.goal).padEnd(22)}  ${r.met ? 'yes' : 'NO'}`);
}
const missed = withGoals.filter((r) => !r.met).length;
console.log(`\n${withGoals.length - missed} of ${withGoals.length} goals met`);
