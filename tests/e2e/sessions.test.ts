// Practice sessions through the built binary: piped REPL, one-shot commands across processes,
// kill -9 then resume, and replayable seeds.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/paths.js';
import { runBin, tempDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';
const METRICS = [
  'Question Quality',
  'Listening',
  'Making It Matter',
  'Engagement',
  'Objection',
  'Control',
  'Commitment',
  'Adaptability',
];
const TURNS = [
  "Thanks for making time, Dr. Lindqvist. My goal today is to understand how you manage blood pressure control, and then agree on a next step if it's useful.",
  'What are the biggest challenges you see with patients whose blood pressure stays uncontrolled?',
  'It sounds like adherence and the number of pills are the real issue. What happens when a patient misses doses?',
  'That makes sense. How do you currently decide when to add a second medication?',
  'So to recap: fewer pills and steadier control matter most to you. Could I come back next Tuesday with the adherence data?',
  "I'll send the summary tomorrow, and you'll review it before Tuesday.",
];

describe('practice sessions (binary)', () => {
  it('prints the scorecard with all eight metrics when a session is piped in', async () => {
    const input = [`/start ${SCENARIO}`, ...TURNS, '/end', '/quit', ''].join('\n');
    const r = await runBin(['--no-color', 'practice', '--seed', '7'], { input });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    for (const m of METRICS) expect(r.stdout).toContain(m);
    expect(r.stdout).toMatch(/Overall/i);
  });

  it('runs `roleplay` alone with piped commands, no prompts', async () => {
    const r = await runBin([], { input: `/start ${SCENARIO}\n${TURNS[1]}\n/end\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('you>');
    expect(r.stdout).toContain('Question Quality');
  });

  it('counts every turn when start, three responds and end run in six processes (the origin bug)', async () => {
    const home = tempDir();
    const env = { ROLEPLAY_HOME: home };
    const started = await runBin(['start', SCENARIO, '--seed', '3'], { env });
    expect(started.code).toBe(0);
    const id = started.stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    for (const text of TURNS.slice(0, 3)) {
      const r = await runBin(['respond', id.slice(0, 8), text], { env });
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
    const status = JSON.parse((await runBin(['session', id, '--json'], { env })).stdout) as { repTurns: number };
    expect(status.repTurns).toBe(3);
    const ended = await runBin(['end', id, '--json'], { env });
    expect(ended.code).toBe(0);
    const card = JSON.parse(ended.stdout) as {
      transcript: { speaker: string }[];
      overallScore: number | null;
      metricResults: unknown[];
    };
    expect(card.transcript.filter((t) => t.speaker === 'rep')).toHaveLength(3);
    expect(card.metricResults).toHaveLength(8);
    const again = JSON.parse((await runBin(['end', id, '--json'], { env })).stdout) as { overallScore: number | null };
    expect(again.overallScore).toBe(card.overallScore);
    const late = await runBin(['respond', id, 'one more thing'], { env });
    expect(late.code).toBe(4);
    expect(late.stderr).toContain('has ended');
  });

  it('keeps every acknowledged turn after kill -9, and resume shows them', async () => {
    const home = tempDir();
    const child = spawn(process.execPath, [BIN, 'practice', SCENARIO, '--seed', '11'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ROLEPLAY_HOME: home, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const replies = () => out.split('\n').filter((l) => /^Dr\. [^:]+:/.test(l)).length;
    const acknowledged = 3;
    for (let n = 1; n <= acknowledged; n++) {
      child.stdin.write(`${TURNS[n]}\n`);
      await waitFor(() => replies() >= n + 1);
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const resumed = await runBin(['resume'], { env: { ROLEPLAY_HOME: home }, input: '/quit\n' });
    expect(resumed.code).toBe(0);
    // Piped output wraps at 80 columns with a two-space hanging indent: join each turn back to one line.
    for (const text of TURNS.slice(1, 1 + acknowledged))
      expect(resumed.stdout.replace(/\n {2}(?=\S)/g, ' ')).toContain(text);
  });

  it('gives identical replies and scorecard for the same seed and turns', async () => {
    const input = [`/start ${SCENARIO}`, ...TURNS, '/end', ''].join('\n');
    const a = await runBin(['practice', '--seed', '99'], { input });
    const b = await runBin(['practice', '--seed', '99'], { input });
    const strip = (s: string) => s.replace(/Session [0-9a-f]{8}/g, 'Session X').replace(/--seed \d+/g, '');
    expect(strip(a.stdout)).toBe(strip(b.stdout));
  });
});

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting for output');
    await new Promise((r) => setTimeout(r, 20));
  }
}
