// history.jsonl stays one line per ended session: a repeated or concurrent record adds nothing,
// a crash between the end event and the history line is repaired by the next record, readers
// derive what is missing without writing, and a full disk leaves the file as it was (issue 13).
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileStore } from '../../../src/session/file-store.js';
import { createHistoryBook } from '../../../src/session/history-book.js';
import type { HistoryEntry } from '../../../src/store/history.js';
import type { WriteFn } from '../../../src/store/append.js';
import { diskWithRoom } from '../../support/full-disk.js';
import { aScenario, managerOn } from './fake-engine.js';
import { tempDir as aDir } from '../../support/spawn.js';

function dataDir() {
  const root = aDir();
  const dir = { root, sessions: join(root, 'sessions'), history: join(root, 'history.jsonl') };
  mkdirSync(dir.sessions);
  return dir;
}

const bookOn = (dir: ReturnType<typeof dataDir>, write?: WriteFn) =>
  createHistoryBook({ file: dir.history, store: createFileStore(dir.sessions), write });

const lines = (file: string): HistoryEntry[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as HistoryEntry)
    : [];

/** Ends `n` sessions on the journals, each recorded through `book` (none: a crash before the history line). */
async function endSessions(dir: ReturnType<typeof dataDir>, n: number, book?: ReturnType<typeof bookOn>, first = 0) {
  const ids = Array.from({ length: n }, (_, i) => (first + i + 1).toString(16).padStart(32, 'c'));
  const m = managerOn(createFileStore(dir.sessions), { ids, ...(book ? { history: book } : {}) });
  for (const id of ids) {
    await m.start(aScenario());
    await m.respond(id, 'hello');
    await m.end(id);
  }
  return ids;
}

describe('the history book', () => {
  it('records a session once, however often its end is recorded', async () => {
    const dir = dataDir();
    const book = bookOn(dir);
    const [id] = await endSessions(dir, 1, book);
    const entry = lines(dir.history)[0]!;
    await book.record(entry);
    await bookOn(dir).record(entry);
    expect(lines(dir.history).map((e) => e.sessionId)).toEqual([id]);
  });

  it('records a session once when several processes record it at the same time', async () => {
    const dir = dataDir();
    const [id] = await endSessions(dir, 1);
    const entry = (await bookOn(dir).read()).entries[0]!;
    await Promise.all(Array.from({ length: 6 }, () => bookOn(dir).record(entry)));
    expect(lines(dir.history).map((e) => e.sessionId)).toEqual([id]);
  });

  it('adds sessions that ended without their line (a crash in between) on the next record', async () => {
    const dir = dataDir();
    const crashed = await endSessions(dir, 3);
    expect(existsSync(dir.history)).toBe(false);
    const [later] = await endSessions(dir, 1, bookOn(dir), 3);
    expect(
      lines(dir.history)
        .map((e) => e.sessionId)
        .sort(),
    ).toEqual([...crashed, later].sort());
  });

  it('shows missing sessions to a reader without writing anything', async () => {
    const dir = dataDir();
    const [recorded] = await endSessions(dir, 1, bookOn(dir));
    const crashed = await endSessions(dir, 2, undefined, 1);
    const before = readFileSync(dir.history, 'utf8');
    const { entries } = await bookOn(dir).read();
    expect(entries.map((e) => e.sessionId).sort()).toEqual([recorded, ...crashed].sort());
    expect(readFileSync(dir.history, 'utf8')).toBe(before);
  });

  it('skips a wrong-shaped history line with a warning naming file and line', async () => {
    const dir = dataDir();
    const [id] = await endSessions(dir, 1, bookOn(dir));
    appendFileSync(dir.history, '{"sessionId":"x"}\n');
    const { entries, warnings } = await bookOn(dir).read();
    expect(entries.map((e) => e.sessionId)).toEqual([id]);
    expect(warnings).toEqual([`${dir.history}:2: skipped a wrong-shaped line (scenarioId: is required and 9 more)`]);
  });

  it('leaves history as it was when the disk fills mid-line, and a later record completes it', async () => {
    const dir = dataDir();
    const [first] = await endSessions(dir, 1, bookOn(dir));
    const before = readFileSync(dir.history, 'utf8');
    const disk = diskWithRoom(20);
    const [second] = await endSessions(dir, 1, undefined, 1);
    const entry = (await bookOn(dir).read()).entries.find((e) => e.sessionId === second)!;
    await expect(bookOn(dir, disk).record(entry)).rejects.toMatchObject({
      exitCode: 3,
      message: 'disk full: history entry not saved',
    });
    expect(readFileSync(dir.history, 'utf8')).toBe(before);
    await bookOn(dir).record(entry);
    expect(lines(dir.history).map((e) => e.sessionId)).toEqual([first, second]);
  });

  it('cuts a line torn by a killed writer before appending, so the new line is not lost with it', async () => {
    const dir = dataDir();
    const [first] = await endSessions(dir, 1, bookOn(dir));
    appendFileSync(dir.history, '{"sessionId":"torn","scen');
    const [second] = await endSessions(dir, 1, bookOn(dir), 1);
    expect(lines(dir.history).map((e) => e.sessionId)).toEqual([first, second]);
  });

  it('sees lines other processes appended since it last looked (a long-lived server)', async () => {
    const dir = dataDir();
    const serverBook = bookOn(dir);
    const [a] = await endSessions(dir, 1, serverBook);
    const [b] = await endSessions(dir, 1, bookOn(dir), 1);
    const entryB = lines(dir.history)[1]!;
    await serverBook.record(entryB);
    expect(lines(dir.history).map((e) => e.sessionId)).toEqual([a, b]);
    expect(statSync(dir.history).size).toBe(readFileSync(dir.history).length);
    // Emptied by hand: it starts over rather than trusting what it had read.
    writeFileSync(dir.history, '');
    await serverBook.record(entryB);
    expect(lines(dir.history).filter((e) => e.sessionId === b)).toHaveLength(1);
  });
});
