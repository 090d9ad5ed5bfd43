// kill -9 at fixed points (issue 9): during a REPL session no acknowledged turn is lost and the
// session goes on after resume; during `batch --out` the report is whole or absent, never half.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/paths.js';
import { pool } from '../support/pool.js';
import { runBin, tempDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';
/** Turns that keep this HCP talking (from the batch bench): no walk-out before the tenth. */
const TURNS = [
  'Thanks for the time. What matters most to you with patients who are above goal on one agent?',
  'It sounds like titration visits are hard to fit in. How do your patients handle extra visits?',
  'That makes sense. What happens with your older patients who take a lot of pills?',
  'So what I am hearing is that pill burden matters. How do you decide when to add a second agent?',
  'I understand. What monitoring do your nurses do today when you add a diuretic?',
  'Building on that, how do you check sodium and potassium in your older patients?',
];
const NO_STACK = /\n\s+at |internal error/;

function start(args: string[], home: string): { child: ChildProcess; out: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ROLEPLAY_HOME: home, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.resume();
  return { child, out: () => out };
}

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  for (const until = Date.now() + ms; !check(); await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() > until) throw new Error('timed out waiting for output');
  }
}

/** SIGKILL, or nothing if it already finished; resolves once its pipes are closed. */
function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()).kill('SIGKILL'));
}

/** Kill points: after n acknowledged turns, or with turn n+1 written and its reply not yet seen. */
const REPL_KILLS = [
  { acknowledged: 1, midTurn: false },
  { acknowledged: 3, midTurn: false },
  { acknowledged: 5, midTurn: false },
  { acknowledged: 2, midTurn: true },
  { acknowledged: 4, midTurn: true },
];

describe('kill -9 during a REPL session', () => {
  // Eight CLI processes, four of them killed mid-session: on a loaded 2-core machine this ran past 20 s.
  it('loses no acknowledged turn at any kill point, and the session goes on after resume', async () => {
    await pool(REPL_KILLS, 2, async ({ acknowledged, midTurn }) => {
      const at = `after ${acknowledged} turn(s)${midTurn ? ', mid-turn' : ''}`;
      const home = tempDir();
      const { child, out } = start(['practice', SCENARIO, '--seed', '11'], home);
      const replies = () =>
        out()
          .split('\n')
          .filter((l) => /^Dr\. [^:]+:/.test(l)).length;
      for (let n = 1; n <= acknowledged; n++) {
        child.stdin!.write(`${TURNS[n - 1]}\n`);
        await waitFor(() => replies() >= n + 1);
      }
      if (midTurn) child.stdin!.write(`${TURNS[acknowledged]}\n`);
      await kill9(child);

      const resumed = await runBin(['resume'], {
        env: { ROLEPLAY_HOME: home },
        input: `One more question: what would help most?\n/end\n`,
      });
      expect(resumed.code, at).toBe(0);
      expect(resumed.stderr, at).not.toMatch(NO_STACK);
      // Piped output wraps at 80 columns with a two-space hanging indent: join each turn back to one line.
      const said = resumed.stdout
        .replace(/\n {2}(?=\S)/g, ' ')
        .split('\n')
        .filter((l) => l.startsWith('You: '))
        .map((l) => l.slice(5));
      const kept = TURNS.slice(0, acknowledged);
      // The resumed transcript, then the new turn; a mid-turn line is there only if its reply was journaled too.
      expect(said.slice(0, acknowledged), at).toEqual(kept);
      expect(said.at(-1), at).toBe('One more question: what would help most?');
      expect(said.length - 1 - acknowledged, at).toBeLessThanOrEqual(midTurn ? 1 : 0);
      expect(resumed.stdout, at).toContain('Overall');
    });
  }, 60_000);
});

describe('kill -9 during `batch --out`', () => {
  const RUNS = ['scenarios/runs', '--repeat', '20', '--jobs', '2'];
  // The writer's temp name (src/out-file.ts): dotted, beside the target; a kill mid-write leaves one.
  const TEMP = /^\.report\.json\.[0-9a-f]{12}\.tmp$/;
  const isWhole = (file: string) => {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { runs: unknown[]; summary: { count: number } };
    return report.runs.length === report.summary.count && report.summary.count > 0;
  };

  it('leaves the report whole or absent at every kill point, and only temp files beside it', async () => {
    const delays = [100, 400, 700, 1000, 1300, 1600];
    const outcomes = await pool(delays, 2, async (delay) => {
      const dir = tempDir();
      const file = join(dir, 'report.json');
      const { child } = start(['batch', ...RUNS, '--out', file], tempDir());
      await new Promise((r) => setTimeout(r, delay));
      await kill9(child);
      const exists = existsSync(file);
      if (exists) expect(isWhole(file), `killed at ${delay} ms`).toBe(true);
      for (const name of readdirSync(dir)) expect(name === 'report.json' || TEMP.test(name), name).toBe(true);
      return exists;
    });
    // Loose timing on a busy machine: the point is the invariant, whichever side of the write each kill fell.
    expect(outcomes).toHaveLength(delays.length);
  });

  it('keeps the previous whole report when a new batch is killed before or while replacing it', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.json');
    const first = await runBin(['batch', 'scenarios/runs', '--out', file]);
    expect([0, 1]).toContain(first.code);
    const before = readFileSync(file, 'utf8');
    for (const delay of [150, 600, 1100]) {
      const { child } = start(['batch', ...RUNS, '--out', file], tempDir());
      await new Promise((r) => setTimeout(r, delay));
      await kill9(child);
      expect(isWhole(file), `killed at ${delay} ms`).toBe(true);
      const now = readFileSync(file, 'utf8');
      expect(now === before || JSON.parse(now).summary.count === 13 * 20, `killed at ${delay} ms`).toBe(true);
    }
  });
});
