// HCP speed: one huge pasted turn (about 1 MB) answered by the scripted engine, and a long session,
// whose steps must not slow down as the call grows (each step reads only the new turns, see
// src/understand/reading-cache.ts). Moved here from tests/unit/hcp/properties.test.ts, where a
// wall-clock limit failed on a busy box.
// Run `npm run build` first: this times the built engine.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const GOAL_MS = 2_000;
const RUNS = 5;
const STEPS = 200;
/** The last steps of a long session may cost at most this many times the early ones (linear, not quadratic). */
const GOAL_RATIO = 1.5;
const LINES = [
  'What does a typical week look like for your patients with high blood pressure?',
  'It sounds like home readings take a lot of your time.',
  'Tell me more about that.',
  'How do your patients feel about adding a second pill?',
  'What have you tried so far?',
];

/** Mean ms of steps [from, to) of one session of STEPS rep turns (numbered, so no line repeats). */
function session(open, step, scenario) {
  let state = open(scenario, 1).state;
  const times = [];
  for (let i = 0; i < STEPS; i++) {
    const started = performance.now();
    state = step(state, `${LINES[i % LINES.length]} (${i + 1})`, scenario, 1).reply.state;
    times.push(performance.now() - started);
  }
  const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
  // Steps 21-40, after the engine has warmed up, against the last 20.
  return { early: mean(times.slice(20, 40)), late: mean(times.slice(-20)) };
}

export async function run({ log = () => {} } = {}) {
  const { open, step } = await import(pathToFileURL(join(ROOT, 'dist/hcp/index.js')).href);
  const { loadLibrary } = await import(pathToFileURL(join(ROOT, 'dist/scenario/index.js')).href);
  const scenario = (await loadLibrary()).require('primary-care-hypertension-discovery');
  const huge = 'Our product, which is great, helps, '.repeat(30_000);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    // A turn of its own each run: the same turn again would be read once and remembered.
    step(open(scenario, 1).state, `${huge}${i}`, scenario, 1);
    times.push(performance.now() - started);
  }
  // The fastest run: other processes on a shared machine only ever add time.
  const best = Math.min(...times);
  log(`${(huge.length / 1e6).toFixed(1)} MB turn, ${RUNS} runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  const { early, late } = session(open, step, scenario);
  log(`${STEPS}-step session: steps 21-40 ${early.toFixed(2)} ms/step, last 20 ${late.toFixed(2)} ms/step`);
  return [
    { name: 'hcp: one 1 MB pasted turn', value: best, unit: 'ms', goal: `< ${GOAL_MS} ms`, met: best < GOAL_MS },
    {
      name: `hcp: last 20 steps of ${STEPS} / steps 21-40`,
      value: late / early,
      unit: '×',
      goal: `≤ ${GOAL_RATIO}×`,
      met: late / early <= GOAL_RATIO,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run({ log: console.log }))
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit} (goal ${r.goal}: ${r.met ? 'met' : 'NOT met'})`);
}
