#!/usr/bin/env node
// HCP-quality check (issue 14): plays every rep script in tests/hcp-quality on two seeds through the
// built engine, the way `roleplay batch` does, and prints outcomes and seam counts against the
// issue's targets. It is a report: exit 0, unless --strict and a target is missed (then 1).
//
//   npm run hcp-quality [-- --seeds 1,2] [--scenario id ...] [--examples 3] [--strict]
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildQualityReport, missedTargets, renderQualityReport } from '../tests/hcp-quality/detect/index.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPTS = join(ROOT, 'tests/hcp-quality');
const USAGE =
  'usage: node scripts/hcp-quality.mjs [--seeds 1,2] [--scenario id ...] [--examples N] [--jobs N] [--strict]';

const Args = z.strictObject({
  seeds: z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).min(1),
  scenarios: z.array(z.string().regex(/^[a-z0-9-]+$/)),
  examples: z.number().int().min(0).max(1000),
  jobs: z.number().int().min(1).max(64),
  strict: z.boolean(),
});

function parseArgs(argv) {
  const o = { seeds: [1, 2], scenarios: [], examples: 0, jobs: availableParallelism(), strict: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i] ?? '';
    if (flag === '--seeds') o.seeds = value().split(',').map(Number);
    else if (flag === '--scenario') o.scenarios.push(value());
    else if (flag === '--examples') o.examples = Number(value());
    else if (flag === '--jobs') o.jobs = Number(value());
    else if (flag === '--strict') o.strict = true;
    else return { ok: false, problems: [`unknown argument "${flag}"`] };
  }
  const parsed = Args.safeParse(o);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: parsed.error.issues.map((x) => `--${x.path[0]}: ${x.message}`) };
}

/** Every script on every seed, through one SessionManager as `roleplay batch` plays them. */
async function play(args) {
  const { loadLibrary } = await import('../dist/scenario/index.js');
  const { loadRuns, planRuns, runBatch } = await import('../dist/batch/index.js');
  const { createMemoryStore, createSessionManager } = await import('../dist/session/index.js');
  const library = await loadLibrary();
  const all = await loadRuns([SCRIPTS], { cwd: ROOT, library: async () => library, engines: ['scripted'] });
  const runs = args.scenarios.length === 0 ? all : all.filter((r) => args.scenarios.includes(r.scenarioData.id));
  const manager = createSessionManager({ store: createMemoryStore() });
  const played = [];
  for (const seed of args.seeds) {
    const planned = planRuns(runs, { seed });
    const { results } = await runBatch(planned, manager, { jobs: args.jobs });
    results.forEach((result, i) => played.push({ seed, result, scenario: planned[i].run.scenarioData }));
  }
  const scripted = new Set(all.map((r) => r.scenarioData.id));
  const unscripted = library.all.filter((l) => l.builtIn && !scripted.has(l.scenario.id)).map((l) => l.scenario.id);
  return { played, unscripted, unknown: args.scenarios.filter((id) => !scripted.has(id)) };
}

const args = parseArgs(process.argv.slice(2));
if (!args.ok) {
  console.error([...args.problems, USAGE].join('\n'));
  process.exit(2);
}
const { played, unscripted, unknown } = await play(args.value);
if (unknown.length > 0) {
  console.error(`no rep scripts for scenario ${unknown.join(', ')}\n${USAGE}`);
  process.exit(2);
}
const report = buildQualityReport(played);
process.stdout.write(renderQualityReport(report, { examples: args.value.examples }));
if (unscripted.length > 0) process.stdout.write(`built-in scenarios without rep scripts: ${unscripted.join(', ')}\n`);
const missed = [...missedTargets(report), ...(unscripted.length > 0 ? ['a script for every built-in scenario'] : [])];
process.stdout.write(missed.length === 0 ? 'every target met\n' : `targets missed: ${missed.length}\n`);
process.exitCode = args.value.strict && missed.length > 0 ? 1 : 0;
