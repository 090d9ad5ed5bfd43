// Batch throughput: 1,000 scripted runs of 10 rep turns through one SessionManager, plus the JSON report.
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';

const RUNS = 1000;
const GOAL_MS = 10_000;
const SCENARIO = 'primary-care-hypertension-discovery';

/** Ten rep turns that keep the HCP talking (no walk-out, no early commitment), varied per run. */
const TURNS = [
  'Thanks for the time. What matters most to you with patients who are above goal on one agent?',
  'It sounds like titration visits are hard to fit in. How do your patients handle extra visits?',
  'That makes sense. What happens with your older patients who take a lot of pills?',
  'So what I am hearing is that pill burden matters. How do you decide when to add a second agent?',
  'I understand. What monitoring do your nurses do today when you add a diuretic?',
  'Building on that, how do you check sodium and potassium in your older patients?',
  'You mentioned goal. How many of your patients reach goal on one drug?',
  'What would make a single pill worth it for those patients?',
  'How do your patients manage the copay for brand medicines?',
  'What else should I understand about your hypertension patients?',
];

export async function run({ log = console.log } = {}) {
  const { loadLibrary } = await import('../../dist/scenario/index.js');
  const { planRuns, runBatch, toReport } = await import('../../dist/batch/index.js');
  const { createSessionManager, createMemoryStore } = await import('../../dist/session/index.js');
  const { renderReport } = await import('../../dist/render/batch/index.js');
  const scenario = (await loadLibrary()).require(SCENARIO);
  const runs = Array.from({ length: RUNS }, (_, i) => ({
    name: `bench ${i}`,
    scenario: SCENARIO,
    seed: i + 1,
    hcp: 'scripted',
    tags: [],
    expect: { minOverall: 1 },
    turns: TURNS.map((t, k) => (k === i % TURNS.length ? `${t} (case ${i})` : t)),
    file: 'bench',
    scenarioData: scenario,
  }));
  const jobs = availableParallelism();
  const started = performance.now();
  const manager = createSessionManager({ store: createMemoryStore() });
  const { results } = await runBatch(planRuns(runs), manager, { jobs });
  const json = renderReport('json', toReport(results));
  const ms = performance.now() - started;
  const repTurns = results.reduce((n, r) => n + r.repTurns, 0);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  log(
    `${results.length} runs, ${repTurns} rep turns, --jobs ${jobs}, report ${(json.length / 1024 / 1024).toFixed(1)} MB, peak RSS ${peakMb.toFixed(0)} MB`,
  );
  return [
    {
      name: `batch: ${RUNS} runs × ${TURNS.length} turns`,
      value: ms,
      unit: 'ms',
      goal: '< 10000 ms',
      met: ms < GOAL_MS && repTurns === RUNS * TURNS.length,
    },
    { name: 'batch: rep turns played', value: repTurns, unit: 'turns' },
    { name: 'batch: peak RSS', value: peakMb, unit: 'MB' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run())
    console.log(
      `${r.name}: ${r.value.toFixed(0)} ${r.unit}${r.goal ? ` (goal ${r.goal}: ${r.met ? 'met' : 'NOT met'})` : ''}`,
    );
}
