// Commands that only read (session, sessions, history) write nothing, follow no symlink out of the
// data folder, and skip a wrong-shaped line with a warning naming file and line (issue 13).
import {
  appendFileSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { tempDir as aDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';
const NO_STACK = /\n\s+at |internal error/;

function dataDir(home = aDir()) {
  const run = async (argv: string[], input?: string) => {
    const io = fakeIo();
    if (input !== undefined) io.type(input);
    const code = await main(argv, io, { env: { ROLEPLAY_HOME: home }, cwd: ROOT });
    return { code, out: io.out(), err: io.err() };
  };
  const file = (id: string) => join(home, 'sessions', `${id}.jsonl`);
  const session = async (turns: string[], end = false) => {
    const id = (await run(['start', SCENARIO, '--seed', '3'])).out.trim();
    for (const t of turns) await run(['respond', id, t]);
    if (end) await run(['end', id]);
    return id;
  };
  return { home, run, file, session, history: join(home, 'history.jsonl') };
}

/** Every file and folder under `dir` with its bytes and times, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const info = lstatSync(p);
      out[p] = `${info.mtimeMs}:${info.size}:${info.isFile() ? readFileSync(p, 'base64') : ''}`;
      if (info.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

describe('commands that only read', () => {
  it('write nothing, even with a torn journal tail and a broken history line', async () => {
    const d = dataDir();
    const ended = await d.session(['What matters most to you?'], true);
    const open = await d.session(['What matters most to you?']);
    appendFileSync(d.file(open), '{"type":"rep","turn":2,"te');
    appendFileSync(d.history, '{"sessionId":"x"}\n{"sessionId":"torn","sc');
    const before = snapshot(d.home);
    for (const argv of [
      ['session', open],
      ['session', ended],
      ['sessions'],
      ['--json', 'sessions'],
      ['history'],
      ['--json', 'history'],
    ]) {
      const r = await d.run(argv);
      expect(r.code, argv.join(' ')).toBe(0);
    }
    expect(snapshot(d.home)).toEqual(before);
  });

  it('create no data folder where there is none', async () => {
    const home = join(aDir(), 'not-yet');
    const d = dataDir(home);
    expect(await d.run(['sessions'])).toMatchObject({
      code: 0,
      out: 'No sessions. Start one with `roleplay practice`.\n',
    });
    expect((await d.run(['history'])).code).toBe(0);
    expect((await d.run(['session', 'abcdef12'])).code).toBe(4);
    expect(existsSync(home)).toBe(false);
  });

  it('follow no symlinked journal out of the data folder, and no writer writes through one', async () => {
    const d = dataDir();
    const id = await d.session(['What matters most to you?']);
    const outside = join(aDir(), 'outside.jsonl');
    renameSync(d.file(id), outside);
    symlinkSync(outside, d.file(id));
    const before = readFileSync(outside, 'utf8');
    const list = await d.run(['sessions']);
    expect([list.code, list.err]).toEqual([
      0,
      expect.stringContaining(
        `skipped session ${id.slice(0, 8)}: cannot read the session journal: it is a symbolic link`,
      ),
    ]);
    for (const argv of [
      ['session', id],
      ['respond', id, 'Hello?'],
      ['end', id],
    ]) {
      const r = await d.run(argv);
      expect({ argv, code: r.code }).toEqual({ argv, code: 3 });
      expect(r.err).toMatch(/symbolic link/);
    }
    expect(readFileSync(outside, 'utf8')).toBe(before);
  });
});

describe('lines of the wrong shape', () => {
  it('lists a session whose journal holds the line `42`, warning with file and line', async () => {
    const d = dataDir();
    const id = await d.session(['What matters most to you?']);
    appendFileSync(d.file(id), '42\n');
    const r = await d.run(['sessions']);
    expect([r.code, r.out]).toEqual([0, expect.stringContaining(id.slice(0, 8))]);
    expect(r.err).toBe(
      `roleplay: warning: ${d.file(id)}:4: skipped a wrong-shaped line ((root): expected object, received number)\n`,
    );
  });

  it('ends and resumes a session whose journal holds an end line without its scorecard', async () => {
    const d = dataDir();
    const id = await d.session(['What matters most to you?']);
    appendFileSync(d.file(id), '{"type":"end","t":1,"reason":"rep-ended"}\n');
    const warning = `roleplay: warning: ${d.file(id)}:4: skipped a wrong-shaped line (scorecard: is required)`;
    const resumed = await d.run(['resume', id], 'How do you decide when to add a second agent?\n/quit\n');
    expect([resumed.code, resumed.err]).toEqual([0, expect.stringContaining(warning)]);
    const ended = await d.run(['--json', 'end', id]);
    expect([ended.code, ended.err]).toEqual([0, expect.stringContaining(warning)]);
    expect(JSON.parse(ended.out).transcript.filter((t: { speaker: string }) => t.speaker === 'rep')).toHaveLength(2);
    expect(`${resumed.err}${ended.err}`).not.toMatch(NO_STACK);
  });

  it('shows history past a line {"sessionId":"x"}, warning with file and line', async () => {
    const d = dataDir();
    const id = await d.session(['What matters most to you?'], true);
    const good = readFileSync(d.history, 'utf8');
    writeFileSync(d.history, `{"sessionId":"x"}\n${good}`);
    const r = await d.run(['--json', 'history']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((e: { sessionId: string }) => e.sessionId)).toEqual([id]);
    expect(r.err).toBe(
      `roleplay: warning: ${d.history}:1: skipped a wrong-shaped line (scenarioId: is required and 9 more)\n`,
    );
    expect((await d.run(['history'])).out).toContain(SCENARIO);
  });
});
