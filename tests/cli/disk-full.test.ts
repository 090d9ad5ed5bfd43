// A full disk through main() with an injected short write (issue 13): nothing half-written stays,
// nothing unsaved is acknowledged (exit 3, no reply, no scorecard), and nothing saved is lost.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openLibrary, openSessions } from '../../src/cli/session-kit.js';
import { createServer } from '../../src/server/index.js';
import { writeBytes, type WriteFn } from '../../src/store/append.js';
import { fakeIo } from '../support/fake-io.js';
import { diskWithRoom, fullAfter } from '../support/full-disk.js';
import { ROOT } from '../support/paths.js';
import { tempDir as aDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';

/** A data dir and a `roleplay` that runs in it, each call optionally on a filling disk. */
function dataDir() {
  const home = aDir();
  const run = async (argv: string[], fileWrite?: WriteFn, input?: string) => {
    const io = fakeIo();
    if (input !== undefined) io.type(input);
    const code = await main(argv, io, { env: { ROLEPLAY_HOME: home }, cwd: ROOT, ...(fileWrite ? { fileWrite } : {}) });
    return { code, out: io.out(), err: io.err() };
  };
  const journal = (id: string) => readFileSync(join(home, 'sessions', `${id}.jsonl`), 'utf8');
  const history = () =>
    existsSync(join(home, 'history.jsonl')) ? readFileSync(join(home, 'history.jsonl'), 'utf8') : '';
  const start = async () => (await run(['start', SCENARIO, '--seed', '3'])).out.trim();
  return { home, run, journal, history, start };
}

describe('a full disk', () => {
  it('refuses a turn that did not fit: exit 3, no reply, the journal as it was, and the next turn is turn 2', async () => {
    const d = dataDir();
    const id = await d.start();
    expect((await d.run(['respond', id, 'What matters most to you?'])).code).toBe(0);
    const before = d.journal(id);
    const r = await d.run(['respond', id, 'How do you decide when to add a second agent?'], diskWithRoom(40));
    expect([r.code, r.out]).toEqual([3, '']);
    expect(r.err.split('\n')[0]).toBe(
      `roleplay: disk full: turn not saved (${join(d.home, 'sessions', `${id}.jsonl`)})`,
    );
    expect(d.journal(id)).toBe(before);
    const next = await d.run(['--json', 'respond', id, 'How do you decide when to add a second agent?']);
    expect(JSON.parse(next.out).hcpState.repTurns).toBe(2);
  });

  it('starts no session when its first line does not fit, and leaves no journal behind', async () => {
    const d = dataDir();
    const r = await d.run(['start', SCENARIO], diskWithRoom(10));
    expect([r.code, r.out, r.err.split('\n')[0]]).toEqual([
      3,
      '',
      expect.stringMatching(/^roleplay: disk full: new session not saved/),
    ]);
    expect(readdirSync(join(d.home, 'sessions'))).toEqual([]);
  });

  it('leaves the session active when its end event does not fit; a later end scores it once', async () => {
    const d = dataDir();
    const id = await d.start();
    await d.run(['respond', id, 'What matters most to you?']);
    const before = d.journal(id);
    const r = await d.run(['end', id], diskWithRoom(30));
    expect([r.code, r.out, r.err.split('\n')[0]]).toEqual([
      3,
      '',
      expect.stringMatching(/^roleplay: disk full: end of the session not saved/),
    ]);
    expect(d.journal(id)).toBe(before);
    expect(JSON.parse((await d.run(['--json', 'session', id])).out).status).toBe('active');
    expect((await d.run(['end', id])).code).toBe(0);
    expect(d.history().split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('prints no scorecard when the history line does not fit; a repeated end completes history once', async () => {
    const d = dataDir();
    const id = await d.start();
    await d.run(['respond', id, 'What matters most to you?']);
    const r = await d.run(['--json', 'end', id], fullAfter(1, 25));
    expect([r.code, r.out, r.err.split('\n')[0]]).toEqual([
      3,
      '',
      expect.stringMatching(/^roleplay: disk full: history entry not saved/),
    ]);
    expect(d.history()).toBe('');
    expect(d.journal(id)).toMatch(/"type":"end"/);
    // Readers show it already, deriving it from the journal, and write nothing.
    expect(JSON.parse((await d.run(['--json', 'history'])).out).map((e: { sessionId: string }) => e.sessionId)).toEqual(
      [id],
    );
    expect(d.history()).toBe('');
    const again = await d.run(['--json', 'end', id]);
    expect(again.code).toBe(0);
    await d.run(['end', id]);
    const lines = d
      .history()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { sessionId: string; overallScore: number });
    expect(lines).toEqual([
      expect.objectContaining({ sessionId: id, overallScore: JSON.parse(again.out).overallScore }),
    ]);
  });

  it('keeps the REPL going after a turn that did not fit, without showing a reply for it', async () => {
    const d = dataDir();
    const r = await d.run(
      ['practice', SCENARIO, '--seed', '3'],
      fullAfter(1),
      'What matters most to you?\n/status\n/quit\n',
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain('roleplay: disk full: turn not saved');
    expect(r.out).toContain('turns      0 from you');
    expect(r.out.split('\n').filter((l) => l.startsWith('Dr. Maya Lindqvist:'))).toHaveLength(1);
  });
});

describe('a full disk under serve', () => {
  it('answers 507 to a turn that did not fit, never 200, and the journal keeps only what was saved', async () => {
    const home = aDir();
    let fileWrite: WriteFn | undefined;
    const write: WriteFn = (...a) => (fileWrite ?? writeBytes)(...a);
    const ctx = {
      io: fakeIo(),
      env: { ROLEPLAY_HOME: home },
      cwd: ROOT,
      fileWrite: write,
      globals: () => ({ json: false, color: false, debug: false, scenarios: [] }),
    };
    const [{ manager }, library] = await Promise.all([openSessions(ctx), openLibrary(ctx)]);
    const app = createServer({ manager, library });
    try {
      const post = async (path: string, body: unknown) => {
        const res = await app.inject({ method: 'POST', url: path, payload: body as object });
        return { status: res.statusCode, json: res.json() };
      };
      const { sessionId } = (await post('/api/roleplay/start', { scenarioId: SCENARIO, seed: 3 })).json;
      const file = join(home, 'sessions', `${sessionId}.jsonl`);
      const before = readFileSync(file, 'utf8');
      fileWrite = diskWithRoom(50);
      expect(await post('/api/roleplay/respond', { sessionId, message: 'What matters most to you?' })).toEqual({
        status: 507,
        json: { error: 'storage-full', message: 'disk full: turn not saved' },
      });
      expect(readFileSync(file, 'utf8')).toBe(before);
      fileWrite = undefined;
      expect(
        (await post('/api/roleplay/respond', { sessionId, message: 'What matters most to you?' })).json.hcpState
          .repTurns,
      ).toBe(1);
    } finally {
      await app.close();
    }
  });
});
