// Start-up cost of the CLI next to a bare `node -e ''`: median wall time of repeated spawns.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin/roleplay.js');
const RUNS = 21;

function medianMs(args) {
  const home = mkdtempSync(join(tmpdir(), 'rp-bench-'));
  const env = { ...process.env, ROLEPLAY_HOME: home, NO_COLOR: '1' };
  const times = [];
  try {
    for (let i = 0; i < RUNS + 2; i++) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
      if (i >= 2) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function run() {
  const bare = medianMs(['-e', '']);
  const version = medianMs([BIN, '--version']);
  const list = medianMs([BIN, 'list']);
  return [
    { name: 'startup: node -e "" (baseline)', value: bare, unit: 'ms' },
    {
      name: 'startup: roleplay --version',
      value: version,
      unit: 'ms',
      ratio: version / bare,
      goal: '≤ 2.0× baseline',
      met: version / bare <= 2.0,
    },
    {
      name: 'startup: roleplay list',
      value: list,
      unit: 'ms',
      ratio: list / bare,
      goal: '≤ 3.0× baseline',
      met: list / bare <= 3.0,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run())
    console.log(
      `${r.name}: ${r.value.toFixed(1)} ms${r.ratio ? ` (${r.ratio.toFixed(2)}×, goal ${r.goal}: ${r.met ? 'met' : 'NOT met'})` : ''}`,
    );
}
