// HTTP, the CLI and the REPL taking turns in one session (issue 13): each sees what the others
// said, a turn after the end is refused by all three, and all three show the one scorecard.
// Before: the journal read rep1, rep2(CLI), rep2(HTTP), end, rep3, end, with two history entries.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/paths.js';
import { call, serveBin, type ServedBin } from '../support/serve-bin.js';
import { runBin, tempDir as aDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';
const TURNS = [
  'What matters most to you with patients who are above goal on one agent?',
  'How do you usually handle titration when a patient is not at goal?',
  'How do your older patients cope with their pill burden?',
  'What have you seen with refills in your practice?',
  'How do you decide when to add a second agent?',
];

const children: (ChildProcess | ServedBin)[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) {
    if ('stop' in c) await c.stop('SIGKILL');
    else if (c.exitCode === null) c.kill('SIGKILL');
  }
});

/** `roleplay resume <id>` with piped stdin: what it printed so far, and a way to say a line. */
function repl(home: string, id: string) {
  const child = spawn(process.execPath, [BIN, '--no-color', 'resume', id], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ROLEPLAY_HOME: home, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  const seen = { out: '', err: '' };
  child.stdout.on('data', (d: Buffer) => (seen.out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (seen.err += d.toString()));
  const replies = () => seen.out.split('\n').filter((l) => l.startsWith('Dr. Maya Lindqvist: ')).length;
  const exited = new Promise<number | null>((r) => child.on('close', r));
  return {
    seen,
    exited,
    /** Says `line` and waits until `done` holds for what it printed. */
    async say(
      line: string,
      done: () => boolean = (
        (n) => () =>
          replies() > n
      )(replies()),
    ) {
      child.stdin.write(`${line}\n`);
      for (const until = Date.now() + 30_000; !done(); await new Promise((r) => setTimeout(r, 20))) {
        if (Date.now() > until) throw new Error(`REPL did not answer "${line}":\n${seen.out}\n${seen.err}`);
      }
    },
  };
}

const journalEvents = (home: string, id: string) =>
  readFileSync(join(home, 'sessions', `${id}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string; turn?: number; text?: string });

describe('HTTP, CLI and REPL on one session', () => {
  it('see one transcript, refuse turns after the end everywhere, and show one scorecard', async () => {
    const home = aDir();
    const env = { ROLEPLAY_HOME: home };
    const s = await serveBin(home);
    children.push(s);
    const id = (await runBin(['start', SCENARIO, '--seed', '7'], { env })).stdout.trim();
    const r = repl(home, id);
    await r.say('/status', () => r.seen.out.includes('turns      0 from you'));

    expect(
      (await call(s.url, 'POST', '/api/roleplay/respond', { sessionId: id, message: TURNS[0] })).json.hcpState.repTurns,
    ).toBe(1);
    await r.say(TURNS[1]!);
    expect((await runBin(['--json', 'respond', id, TURNS[2]!], { env })).code).toBe(0);
    expect((await call(s.url, 'GET', `/api/roleplay/session?sessionId=${id}`)).json.hcpState.repTurns).toBe(3);
    await r.say('/transcript', () => r.seen.out.split(`You: ${TURNS[2]}`).length > 1);
    expect(
      (await call(s.url, 'POST', '/api/roleplay/respond', { sessionId: id, message: TURNS[3] })).json.hcpState.repTurns,
    ).toBe(4);
    await r.say(TURNS[4]!);

    const ended = await runBin(['--json', 'end', id], { env });
    expect(ended.code).toBe(0);
    const card = JSON.parse(ended.stdout) as { overallScore: number; transcript: { speaker: string; text: string }[] };
    expect(card.transcript.filter((t) => t.speaker === 'rep').map((t) => t.text)).toEqual(TURNS);

    expect(
      (await call(s.url, 'POST', '/api/roleplay/respond', { sessionId: id, message: 'One more thing?' })).status,
    ).toBe(409);
    expect((await runBin(['respond', id, 'One more thing?'], { env })).code).toBe(4);
    await r.say('One more thing?', () => /has ended/.test(r.seen.err));
    await r.say('/end', () => r.seen.out.includes('Next steps'));
    await r.say('/quit', () => true);
    expect(await r.exited).toBe(0);

    expect((await call(s.url, 'POST', '/api/roleplay/end', { sessionId: id })).json).toEqual(card);
    expect(r.seen.out).toMatch(new RegExp(`│ Overall\\s+│ ${card.overallScore.toFixed(1)} `));
    const events = journalEvents(home, id);
    expect(events.filter((e) => e.type === 'rep').map((e) => [e.turn, e.text])).toEqual(
      TURNS.map((t, i) => [i + 1, t]),
    );
    expect(events.filter((e) => e.type === 'end')).toHaveLength(1);
    expect(readFileSync(join(home, 'history.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(`${r.seen.err}${s.stderr()}`).not.toMatch(/\n\s+at |internal error/);
  }, 90_000);
});
