// Scoring speed (issue 4): 100, 1,000 and 10,000-turn transcripts built from the calibration
// fixtures; goals: 10,000 turns under 40 ms, and per-turn cost at 10k within 1.5x of 1k (linear).
// An extra row (no goal) times 10,000 turns made distinct, as in a real transcript: the repeats
// above must not be what makes scoring fast.
// Run `npm run build` first: this times the built engine, as the CLI runs it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURES = join(ROOT, 'tests/fixtures/transcripts');
const SIZES = [100, 1_000, 10_000];
const GOAL_10K_MS = 40;
const GOAL_RATIO = 1.5;

/** Every rep/customer turn of the calibration set, in file order: realistic lengths and phrasing. */
function fixtureTurns(parseTranscript) {
  const turns = [];
  for (const file of readdirSync(FIXTURES).sort()) {
    if (file === 'expectations.json' || !/\.(json|jsonl|txt)$/.test(file)) continue;
    const parsed = parseTranscript(readFileSync(join(FIXTURES, file), 'utf8'), file);
    if (parsed.ok) turns.push(...parsed.turns);
  }
  return turns;
}

/** A transcript of n turns cycling through the fixture turns, alternating speakers as they come. */
function transcriptOf(pool, n) {
  return Array.from({ length: n }, (_, i) => pool[i % pool.length]);
}

/** The same, each turn made distinct by a word of its own (its index). */
function distinctTranscriptOf(pool, n) {
  return transcriptOf(pool, n).map((t, i) => ({ ...t, text: `${t.text} w${i}` }));
}
const DISTINCT = 10_000;

export async function run({ log = () => {} } = {}) {
  const { scoreConversation, parseTranscript, DEFAULT_RUBRIC } = await import(
    pathToFileURL(join(ROOT, 'dist/scoring/index.js')).href
  );
  const pool = fixtureTurns(parseTranscript);
  const bench = new Bench({ time: 1_000, warmupTime: 300 });
  for (const n of SIZES) {
    const turns = transcriptOf(pool, n);
    bench.add(`${n} turns`, () => scoreConversation(turns, DEFAULT_RUBRIC));
  }
  const distinct = distinctTranscriptOf(pool, DISTINCT);
  bench.add(`${DISTINCT} distinct turns`, () => scoreConversation(distinct, DEFAULT_RUBRIC));
  await bench.run();
  // The median resists the other processes a shared 2-core machine runs.
  const ms = new Map(bench.tasks.map((t) => [t.name, t.result.latency.p50]));
  const rows = SIZES.map((n) => {
    const total = ms.get(`${n} turns`);
    log(`${n} turns: ${total.toFixed(2)} ms median, ${((total * 1000) / n).toFixed(2)} µs per turn`);
    return { name: `scoring: ${n} turns`, value: total, unit: 'ms', n };
  });
  const distinctMs = ms.get(`${DISTINCT} distinct turns`);
  log(`${DISTINCT} distinct turns: ${distinctMs.toFixed(2)} ms median, ${((distinctMs * 1000) / DISTINCT).toFixed(2)} µs per turn`);
  const perTurn = (n) => rows.find((r) => r.n === n).value / n;
  const ratio = perTurn(10_000) / perTurn(1_000);
  const tenK = rows.find((r) => r.n === 10_000);
  tenK.goal = `< ${GOAL_10K_MS} ms`;
  tenK.met = tenK.value < GOAL_10K_MS;
  rows.push({
    name: 'scoring: per-turn cost 10k / 1k',
    value: perTurn(10_000) * 1000,
    unit: 'µs/turn',
    ratio,
    goal: `≤ ${GOAL_RATIO}× the 1k cost`,
    met: ratio <= GOAL_RATIO,
  });
  rows.push({ name: `scoring: ${DISTINCT} distinct turns`, value: distinctMs, unit: 'ms' });
  return rows.map(({ n, ...r }) => r);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run({ log: console.log })) {
    const ratio = r.ratio === undefined ? '' : ` (${r.ratio.toFixed(2)}×)`;
    const goal = r.goal === undefined ? '' : `  goal ${r.goal}: ${r.met ? 'met' : 'NOT met'}`;
    console.log(`${r.name}: ${r.value.toFixed(2)} ${r.unit}${ratio}${goal}`);
  }
}
