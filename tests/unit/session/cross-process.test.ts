// Several managers on one data dir, as serve, the REPL and one-shot commands are: each operation
// reads the journal's current state under the session's lock, so a cached copy never goes stale
// (issue 13: HTTP respond → CLI respond → HTTP respond gave two turn 2s and a mixed journal).
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionStateError } from '../../../src/errors.js';
import { createFileStore } from '../../../src/session/file-store.js';
import { createSessionManager, replayState } from '../../../src/session/create.js';
import { SessionManager, type SessionManagerDeps } from '../../../src/session/manager.js';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { SessionEvent } from '../../../src/session/events.js';
import { aScenario, managerOn } from './fake-engine.js';
import { tempDir as aDir } from '../../support/spawn.js';

const ID = 'ab'.repeat(16);
const events = (dir: string): SessionEvent[] =>
  readFileSync(join(dir, `${ID}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SessionEvent);
const repTexts = (turns: { speaker: string; text: string }[]) =>
  turns.filter((t) => t.speaker === 'rep').map((t) => t.text);

/** Two long-lived processes' managers (serve, a REPL) on the same sessions folder. */
async function twoProcesses() {
  const dir = aDir();
  const server = managerOn(createFileStore(dir), { ids: [ID] });
  const cli = managerOn(createFileStore(dir), { ids: [ID] });
  await server.start(aScenario());
  return { dir, server, cli };
}

describe('one session driven from several processes', () => {
  it('numbers turns once and shows every process the turns the others added', async () => {
    const { dir, server, cli } = await twoProcesses();
    await server.respond(ID, 'http 1');
    await cli.respond(ID, 'cli 2');
    const third = await server.respond(ID, 'http 3');
    expect(repTexts(third.session.turns)).toEqual(['http 1', 'cli 2', 'http 3']);
    expect(third.reply.text).toBe('Reply 3 to: http 3');
    expect(
      events(dir)
        .filter((e) => e.type === 'rep')
        .map((e) => (e as { turn: number }).turn),
    ).toEqual([1, 2, 3]);
  });

  it('refuses a turn for a session another process ended, and gives its one scorecard on end', async () => {
    const { dir, server, cli } = await twoProcesses();
    await server.respond(ID, 'one');
    const ended = await cli.end(ID);
    await expect(server.respond(ID, 'too late')).rejects.toBeInstanceOf(SessionStateError);
    expect((await server.end(ID)).scorecard).toEqual(ended.scorecard);
    expect(events(dir).map((e) => e.type)).toEqual(['start', 'rep', 'hcp', 'end']);
  });

  it('writes one end event when ends race in two processes', async () => {
    const { dir, server, cli } = await twoProcesses();
    await server.respond(ID, 'one');
    const cards = await Promise.all([server.end(ID), cli.end(ID), server.end(ID), cli.end(ID)]);
    expect(new Set(cards.map((c) => JSON.stringify(c.scorecard))).size).toBe(1);
    expect(events(dir).filter((e) => e.type === 'end')).toHaveLength(1);
  });

  it('keeps every acknowledged turn when responds from two processes race an end', async () => {
    const { dir, server, cli } = await twoProcesses();
    const said = Array.from({ length: 10 }, (_, i) => `${i % 2 ? 'cli' : 'http'} ${i}`);
    const results = await Promise.allSettled([
      ...said.map((t, i) => (i % 2 ? cli : server).respond(ID, t)),
      cli.end(ID),
    ]);
    const acknowledged = said.filter((_, i) => results[i]!.status === 'fulfilled');
    const card = results.at(-1) as PromiseFulfilledResult<{ turns: { speaker: string; text: string }[] }>;
    expect(repTexts(card.value.turns).sort()).toEqual([...acknowledged].sort());
    expect(events(dir).at(-1)!.type).toBe('end');
    for (const r of results.slice(0, -1))
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(SessionStateError);
  });

  it('reloads a journal another process cut back or appended to, never serving a stale copy', async () => {
    const { dir, server, cli } = await twoProcesses();
    await server.respond(ID, 'one');
    await cli.respond(ID, 'two');
    expect((await server.get(ID)).repTurns).toBe(2);
    appendFileSync(join(dir, `${ID}.jsonl`), '{"type":"rep","turn":3,"te');
    expect((await server.respond(ID, 'three')).session.repTurns).toBe(3);
  });
});

describe('a cached session after another process wrote', () => {
  it('steps the real HCP over the new turns only, to the state a fresh read replays', async () => {
    const dir = aDir();
    const scenario = (await loadLibrary()).require('primary-care-hypertension-discovery');
    const replayed: number[] = [];
    const counting = (...a: Parameters<typeof replayState>) => (replayed.push(a[2].length), replayState(...a));
    const server = createSessionManager({ store: createFileStore(dir), newId: () => ID, newSeed: () => 7 });
    const cached = new SessionManager({
      ...(server as unknown as { deps: SessionManagerDeps }).deps,
      replay: counting,
    });
    await cached.start(scenario);
    await cached.respond(ID, 'What matters most to you with patients above goal?');
    for (const t of ['How do you decide when to add a second agent?', 'What happens when patients skip visits?'])
      await server.respond(ID, t);
    replayed.length = 0;
    const stepped = await cached.get(ID);
    expect(replayed).toEqual([2]);
    const fresh = await createSessionManager({ store: createFileStore(dir) }).get(ID);
    expect(stepped.hcpState).toEqual(fresh.hcpState);
  });
});

describe('sessions in memory', () => {
  it('drops ended sessions from memory, and keeps at most the cap of idle ones', async () => {
    const dir = aDir();
    const ids = Array.from({ length: 30 }, (_, i) => i.toString(16).padStart(32, 'e'));
    const m = managerOn(createFileStore(dir), { ids });
    for (const id of ids.slice(0, 20)) {
      await m.start(aScenario());
      await m.respond(id, 'hi');
      await m.end(id);
    }
    expect(m.cachedSessions).toBe(0);
    const small = managerOn(createFileStore(aDir()), { ids: ids.slice(20), cacheSize: 3 });
    for (let i = 0; i < 10; i++) await small.start(aScenario());
    expect(small.cachedSessions).toBe(3);
  });
});

describe('journal lines of the wrong shape', () => {
  const start = {
    type: 'start',
    v: 1,
    sessionId: ID,
    scenario: { id: 's', title: 'T', hcp: { name: 'Dr. T' } },
    seed: 1,
    engine: 'scripted',
    t: 1,
    opening: { text: 'Hello.', cues: [] },
  };
  const rep = (turn: number) => ({ type: 'rep', turn, text: `turn ${turn}`, t: 2 });
  const hcp = (turn: number) => ({ type: 'hcp', turn, text: `reply ${turn}`, cues: [], t: 2 });
  const journal = (dir: string, lines: unknown[]) =>
    writeFileSync(join(dir, `${ID}.jsonl`), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));

  it.each([
    { name: 'a bare number', line: 42, problem: '(root): expected object, received number' },
    { name: 'null', line: null, problem: '(root): expected object, received null' },
    {
      name: 'an end without its scorecard',
      line: { type: 'end', t: 3, reason: 'rep-ended' },
      problem: 'scorecard: is required',
    },
    {
      name: 'a turn with text as a number',
      line: { type: 'rep', turn: 2, text: 5, t: 3 },
      problem: 'text: expected string, received number',
    },
  ])('skips $name with a warning naming file and line, and the session goes on', async ({ line, problem }) => {
    const dir = aDir();
    journal(dir, [start, rep(1), hcp(1), line]);
    const warnings: string[] = [];
    const m = managerOn(createFileStore(dir), { ids: [ID], onWarning: (w) => warnings.push(w) });
    const ended = await m.end(ID);
    expect(repTexts(ended.turns)).toEqual(['turn 1']);
    expect(warnings).toEqual([`${join(dir, `${ID}.jsonl`)}:4: skipped a wrong-shaped line (${problem})`]);
  });

  it('ignores lines after the first end event (written before sessions were locked)', async () => {
    const dir = aDir();
    const end = {
      type: 'end',
      t: 3,
      reason: 'rep-ended',
      scorecard: { overallScore: 1, band: null, metricResults: [], rubricVersion: 't', rubricHash: 't' },
    };
    journal(dir, [
      start,
      rep(1),
      hcp(1),
      end,
      rep(2),
      hcp(2),
      { ...end, scorecard: { ...end.scorecard, overallScore: 2 } },
    ]);
    const s = await managerOn(createFileStore(dir), { ids: [ID] }).get(ID);
    expect([repTexts(s.turns), s.scorecard?.overallScore]).toEqual([['turn 1'], 1]);
  });

  it('refuses a journal whose start event names another session', async () => {
    const dir = aDir();
    journal(dir, [{ ...start, sessionId: 'cd'.repeat(16) }]);
    await expect(managerOn(createFileStore(dir), { ids: [ID] }).get(ID)).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringContaining('names session cdcdcdcd'),
    });
  });
});
