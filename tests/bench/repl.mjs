// REPL turn latency as a rep feels it: the built CLI on piped stdin, time from writing a line to
// the HCP's reply line appearing (engine, scoring state, fsynced journal and all), over 30 turns.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TURNS = 30;
const GOAL_P95_MS = 100;
const QUESTIONS = [
  'Thanks for the time. What matters most to you with patients who are above goal on one agent?',
  'It sounds like titration visits are hard to fit in. How do your patients handle extra visits?',
  'That makes sense. What happens with your older patients who take a lot of pills?',
  'So what I am hearing is that pill burden matters. How do you decide when to add a second agent?',
  'I understand. What monitoring do your nurses do today when you add a diuretic?',
  'What would make a single pill worth it for those patients?',
];

/** The built-in discovery scenario with room for 30 turns (its own budget is 14), as a user folder. */
async function scenarioDir() {
  const { loadLibrary } = await import(pathToFileURL(join(ROOT, 'dist/scenario/index.js')).href);
  const base = (await loadLibrary()).require('primary-care-hypertension-discovery');
  const dir = mkdtempSync(join(tmpdir(), 'rp-bench-repl-'));
  writeFileSync(
    join(dir, 'bench-discovery.json'),
    JSON.stringify({ ...base, id: 'bench-discovery', hcp: { ...base.hcp, timeBudget: 60 } }),
  );
  return dir;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function run(o = {}) {
  const dirs = [await scenarioDir(), mkdtempSync(join(tmpdir(), 'rp-bench-'))];
  try {
    return await measure(dirs[0], dirs[1], o);
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(scenarios, home, { log = console.log }) {
  const args = [join(ROOT, 'bin/roleplay.js'), '--scenarios', scenarios, 'practice', 'bench-discovery', '--seed', '1'];
  const env = { ...process.env, ROLEPLAY_HOME: home, NO_COLOR: '1' };
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  let buffered = '';
  let waiting;
  // The end is known from the line right after the HCP's last reply; the prompt to start again comes only
  // after the whole end report, which may take longer than the next question takes to write.
  let ended = false;
  let startPrompt;
  let prompted = false;
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) {
      if (line.startsWith('The conversation is over')) ended = true;
      else if (line.startsWith('Start another with /start')) {
        prompted = true;
        startPrompt?.();
      } else if (/^Dr\. [^:]+: /.test(line)) waiting?.(line);
    }
  });
  const next = () => new Promise((r) => (waiting = r));
  const promptShown = () => (prompted ? Promise.resolve() : new Promise((r) => (startPrompt = r)));
  await next(); // the opening line: the process is up and the session journaled
  const latencies = [];
  let restarts = 0;
  for (let t = 0; t < TURNS; t++) {
    // If the HCP closed the conversation, a new one starts; that wait is not a turn.
    if (ended) {
      await promptShown();
      [ended, prompted, restarts] = [false, false, restarts + 1];
      const opening = next();
      child.stdin.write('/start bench-discovery\n');
      await opening;
    }
    const reply = next();
    const t0 = performance.now();
    child.stdin.write(`${QUESTIONS[t % QUESTIONS.length]} (${t})\n`);
    await reply;
    latencies.push(performance.now() - t0);
    // The line after the reply tells whether the conversation ended; give it a moment to arrive.
    await new Promise((r) => setTimeout(r, 5));
  }
  child.stdin.end('/quit\n');
  const code = await new Promise((r) => child.on('close', r));
  if (code !== 0) throw new Error(`practice exited ${code}: ${stderr}`);
  const sorted = [...latencies].sort((a, b) => a - b);
  const [p50, p95] = [percentile(sorted, 50), percentile(sorted, 95)];
  log(
    `${latencies.length} turns over piped stdin, max ${sorted.at(-1).toFixed(1)} ms${restarts ? `, ${restarts} restart(s)` : ''}`,
  );
  return [
    { name: 'repl: turn latency p50', value: p50, unit: 'ms' },
    {
      name: 'repl: turn latency p95',
      value: p95,
      unit: 'ms',
      goal: `< ${GOAL_P95_MS} ms`,
      met: p95 < GOAL_P95_MS && latencies.length === TURNS,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run())
    console.log(
      `${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.goal ? ` (goal ${r.goal}: ${r.met ? 'met' : 'NOT met'})` : ''}`,
    );
}
