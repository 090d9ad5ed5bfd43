// The one SessionManager: every operation sees the same session, in one process or across several.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SessionStateError, UsageError, InvalidInputError } from '../../../src/errors.js';
import { createMemoryStore } from '../../../src/session/store.js';
import type { HistoryEntry } from '../../../src/store/history.js';
import { createFileStore } from '../../../src/session/file-store.js';
import { aScenario, managerOn } from './fake-engine.js';
import { tempDir } from '../../support/spawn.js';

describe('SessionManager', () => {
  it('sees the same session in start, respond, status and end', async () => {
    const m = managerOn(createMemoryStore());
    const s = await m.start(aScenario());
    await m.respond(s.id, 'one');
    await m.respond(s.id, 'two');
    expect((await m.get(s.id)).repTurns).toBe(2);
    const ended = await m.end(s.id);
    expect(ended.scorecard?.overallScore).toBe(2);
    expect(ended.turns.map((t) => t.text)).toEqual(['Hello.', 'one', 'Reply 1 to: one', 'two', 'Reply 2 to: two']);
  });

  it('ends idempotently: a second end returns the same scorecard, writes no second end event, and offers history the same entry', async () => {
    const store = createMemoryStore();
    const record = vi.fn(async (_entry: HistoryEntry) => undefined);
    const m = managerOn(store, { history: { record } });
    const s = await m.start(aScenario());
    await m.respond(s.id, 'one');
    const first = await m.end(s.id);
    const second = await m.end(s.id);
    expect(second.scorecard).toEqual(first.scorecard);
    expect((await store.load(s.id))!.events.filter((e) => e.type === 'end')).toHaveLength(1);
    // The history book skips an entry it holds; a repeated end is how a missing one gets completed.
    expect(record.mock.calls).toEqual([
      [expect.objectContaining({ sessionId: s.id, repTurns: 1 })],
      [record.mock.calls[0]![0]],
    ]);
  });

  it.each([
    { name: 'an unknown session', id: 'f'.repeat(32), error: SessionStateError },
    { name: 'a malformed id', id: '../../etc/passwd', error: SessionStateError },
  ])('refuses to respond to $name', async ({ id, error }) => {
    const m = managerOn(createMemoryStore());
    await expect(m.respond(id, 'hello')).rejects.toBeInstanceOf(error);
  });

  it('refuses to respond to an ended session with exit code 4 and a hint', async () => {
    const m = managerOn(createMemoryStore());
    const s = await m.start(aScenario());
    await m.end(s.id);
    const e = await m.respond(s.id, 'hello').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SessionStateError);
    expect((e as SessionStateError).exitCode).toBe(4);
    expect((e as SessionStateError).hint).toContain('roleplay end');
  });

  it.each([
    { text: '   ', error: UsageError },
    { text: 'x'.repeat(20_001), error: InvalidInputError },
  ])('refuses a turn of $text.length characters', async ({ text, error }) => {
    const m = managerOn(createMemoryStore());
    const s = await m.start(aScenario());
    await expect(m.respond(s.id, text)).rejects.toBeInstanceOf(error);
  });

  it('scores and ends the session when the HCP ends the conversation', async () => {
    const m = managerOn(createMemoryStore(), { budget: 2 });
    const s = await m.start(aScenario());
    expect((await m.respond(s.id, 'one')).scorecard).toBeUndefined();
    const last = await m.respond(s.id, 'two');
    expect(last.scorecard?.overallScore).toBe(2);
    expect(last.session.status).toBe('ended');
    expect(last.session.endReason).toBe('time-out');
  });

  it('keeps turns in order when responses arrive concurrently', async () => {
    const m = managerOn(createMemoryStore());
    const s = await m.start(aScenario());
    await Promise.all(['a', 'b', 'c', 'd'].map((t) => m.respond(s.id, t)));
    const turns = (await m.get(s.id)).turns.filter((t) => t.speaker === 'rep').map((t) => t.text);
    expect(turns).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds a session by a unique id prefix', async () => {
    const m = managerOn(createMemoryStore(), { ids: ['abcd'.padEnd(32, '1'), 'abce'.padEnd(32, '2')] });
    const a = await m.start(aScenario());
    await m.start(aScenario());
    expect(await m.resolveId('abcd')).toBe(a.id);
    await expect(m.resolveId('abc')).rejects.toBeInstanceOf(SessionStateError);
  });
});

describe('SessionManager across processes (file journals)', () => {
  const aDir = tempDir;
  it('lets separate managers on one data dir continue the same session: the origin bug stays fixed', async () => {
    const dir = aDir();
    const ids = ['1'.repeat(32)];
    const s = await managerOn(createFileStore(dir), { ids }).start(aScenario());
    for (const text of ['one', 'two', 'three']) await managerOn(createFileStore(dir), { ids }).respond(s.id, text);
    const ended = await managerOn(createFileStore(dir), { ids }).end(s.id);
    expect(ended.repTurns).toBe(3);
    expect(ended.scorecard?.overallScore).toBe(3);
  });

  it('survives a torn last line: acknowledged turns are kept and the session continues', async () => {
    const dir = aDir();
    const ids = ['2'.repeat(32)];
    const s = await managerOn(createFileStore(dir), { ids }).start(aScenario());
    await managerOn(createFileStore(dir), { ids }).respond(s.id, 'one');
    appendFileSync(join(dir, `${s.id}.jsonl`), '{"type":"rep","turn":2,"te');
    const warnings: string[] = [];
    const m = managerOn(createFileStore(dir), { ids, onWarning: (w) => warnings.push(w) });
    await m.respond(s.id, 'two');
    const again = await managerOn(createFileStore(dir), { ids }).get(s.id);
    expect(again.turns.filter((t) => t.speaker === 'rep').map((t) => t.text)).toEqual(['one', 'two']);
    expect(warnings).toEqual([
      `${join(dir, `${s.id}.jsonl`)}:4: dropped a partly written last line (never acknowledged)`,
    ]);
  });

  it('drops a rep turn whose reply never reached the journal', async () => {
    const dir = aDir();
    const ids = ['3'.repeat(32)];
    const s = await managerOn(createFileStore(dir), { ids }).start(aScenario());
    appendFileSync(
      join(dir, `${s.id}.jsonl`),
      `${JSON.stringify({ type: 'rep', turn: 1, text: 'unanswered', t: 1 })}\n`,
    );
    expect((await managerOn(createFileStore(dir), { ids }).get(s.id)).repTurns).toBe(0);
    await managerOn(createFileStore(dir), { ids }).respond(s.id, 'answered');
    const again = await managerOn(createFileStore(dir), { ids }).get(s.id);
    expect(again.turns.filter((t) => t.speaker === 'rep').map((t) => t.text)).toEqual(['answered']);
  });
});
