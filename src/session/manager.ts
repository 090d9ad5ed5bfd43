// The one SessionManager per process: every start, respond, status and end goes through it
// (the origin bug was four routes with four session maps). Across processes the journal is the
// truth: each operation holds the session's lock and reads the journal's current state first.
import { InvalidInputError, SessionStateError, UsageError, isRoleplayError } from '../errors.js';
import type { EndReason, HcpEngine, HcpReply } from '../hcp/index.js';
import type { Scenario } from '../scenario/index.js';
import type { HistoryEntry } from '../store/index.js';
import { MAX_TURN_CHARS, type Scorecard, type Turn } from '../types.js';
import { JOURNAL_VERSION, type SessionEvent } from './events.js';
import { toHistoryEntry } from './history-entry.js';
import { SessionCache } from './session-cache.js';
import { CorruptJournalError, foldSession, type Session, type StateReplayer } from './session.js';
import { SESSION_ID, type JournalVersion, type SessionStore } from './store.js';

export interface SessionManagerDeps {
  store: SessionStore;
  engine(name: string): HcpEngine;
  replay: StateReplayer;
  score(turns: Turn[], meta: { scenarioId: string; sessionId: string; scenario?: Scenario }): Scorecard;
  clock(): number;
  newId(): string;
  newSeed(): number;
  /** Records an ended session in history; called on every end, so it must skip one already there. */
  history?: { record(entry: HistoryEntry): Promise<void> };
  onWarning?(message: string): void;
  /** Runs right after the end event is on disk: the crash test kills the process here (issue 13). */
  afterEndEvent?(): void;
  /** Active sessions kept in memory at most (ended ones never are). */
  cacheSize?: number;
}

export interface RespondResult {
  reply: HcpReply;
  session: Session;
  /** Present when the HCP ended the conversation with this reply: the session is scored. */
  scorecard?: Scorecard;
}

export class SessionManager {
  private readonly cache: SessionCache;
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: SessionManagerDeps) {
    this.cache = new SessionCache(deps.cacheSize);
  }

  async start(scenario: Scenario, o: { seed?: number; engine?: string; rep?: string } = {}): Promise<Session> {
    const id = this.deps.newId();
    const seed = o.seed ?? this.deps.newSeed();
    const engine = this.deps.engine(o.engine ?? 'scripted');
    const opening = await engine.open(scenario, seed);
    const event: SessionEvent = {
      type: 'start',
      v: JOURNAL_VERSION,
      sessionId: id,
      scenario,
      seed,
      engine: engine.name,
      ...(o.rep !== undefined ? { rep: o.rep } : {}),
      t: this.deps.clock(),
      opening: { text: opening.text, cues: opening.cues },
    };
    const version = await this.deps.store.append(id, [event], { isNew: true });
    return this.remember(foldSession([event], this.deps.replay), version);
  }

  async respond(id: string, text: string): Promise<RespondResult> {
    const said = text.trim();
    if (said === '') throw new UsageError('nothing to say: the turn is empty');
    if (said.length > MAX_TURN_CHARS)
      throw new InvalidInputError(`turn is ${said.length} characters, over the ${MAX_TURN_CHARS} limit`);
    return this.exclusive(id, async () => {
      const session = await this.read(id, true);
      if (session.status === 'ended' || session.hcpEnded) throw endedError(id);
      const engine = this.deps.engine(session.engine);
      const reply = await engine.respond({
        state: session.hcpState,
        repText: said,
        scenario: session.scenario,
        seed: session.seed,
        transcript: session.turns.map(({ speaker, text: t }) => ({ speaker, text: t })),
      });
      const turn = session.repTurns + 1;
      const t = this.deps.clock();
      const events: SessionEvent[] = [
        { type: 'rep', turn, text: said, t },
        {
          type: 'hcp',
          turn,
          text: reply.text,
          cues: reply.cues,
          t,
          ...(reply.ended ? { ended: reply.ended } : {}),
          ...(reply.fallback ? { fallback: true } : {}),
        },
      ];
      const version = await this.deps.store.append(id, events);
      const next = this.remember(
        {
          ...session,
          turns: [
            ...session.turns,
            { speaker: 'rep', text: said, t },
            { speaker: 'customer', text: reply.text, t, cues: reply.cues },
          ],
          repTurns: turn,
          updatedAt: Math.max(session.updatedAt, t),
          hcpState: reply.state,
          ...(reply.ended ? { hcpEnded: reply.ended } : {}),
        },
        version,
      );
      if (!reply.ended) return { reply, session: next };
      const ended = await this.endLocked(next, reply.ended);
      return { reply, session: ended, scorecard: ended.scorecard };
    });
  }

  /** Scores the whole journaled transcript; a second call returns the same scorecard (and completes history). */
  end(id: string, reason: EndReason = 'rep-ended'): Promise<Session> {
    return this.exclusive(id, async () => this.endLocked(await this.read(id, true), reason));
  }

  /** The session as its journal says now; never writes. */
  get(id: string): Promise<Session> {
    return this.read(id, false);
  }

  /** A full id from a unique prefix of at least 4 characters, as typed on a command line. */
  async resolveId(prefix: string): Promise<string> {
    if (SESSION_ID.test(prefix)) return prefix;
    const p = prefix.toLowerCase();
    const matches = /^[0-9a-f]{4,}$/.test(p)
      ? (await this.deps.store.stamps()).map((s) => s.id).filter((id) => id.startsWith(p))
      : [];
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1)
      throw new UsageError(
        `session id "${prefix}" is ambiguous (${matches.length} sessions)`,
        undefined,
        'type more of the id',
      );
    throw new SessionStateError(`no session "${prefix}"`, undefined, 'list sessions with `roleplay sessions`');
  }

  async list(): Promise<Session[]> {
    const out: Session[] = [];
    for (const { id } of await this.deps.store.stamps()) {
      // One broken journal must not hide every other session from `sessions` and `resume`.
      try {
        out.push(await this.get(id));
      } catch (e) {
        if (!isRoleplayError(e)) throw e;
        this.deps.onWarning?.(`skipped session ${id.slice(0, 8)}: ${e.message}`);
      }
    }
    return out;
  }

  /** Sessions held in memory now (serve evicts ended ones). */
  get cachedSessions(): number {
    return this.cache.size;
  }

  /** The journal's current state: the cached copy if the journal has not changed since, else a fresh fold. */
  private async read(id: string, isWriter: boolean): Promise<Session> {
    if (!SESSION_ID.test(id)) throw noSession(id);
    const { store } = this.deps;
    const known = this.cache.peek(id);
    if (known) {
      const hit = this.cache.get(id, await store.version(id));
      if (hit) return hit;
    }
    const journal = await store.load(id, { repair: isWriter });
    // An empty journal is a start killed before its first line was written: nothing was acknowledged.
    if (!journal || journal.lines === 0) throw noSession(id, journal ? ' (its journal is empty)' : '');
    for (const w of journal.warnings) this.deps.onWarning?.(w);
    let session: Session;
    try {
      session = foldSession(journal.events, this.deps.replay, known);
    } catch (e) {
      throw new CorruptJournalError(id, e);
    }
    if (session.id !== id)
      throw new CorruptJournalError(id, new Error(`its start event names session ${session.id.slice(0, 8)}`));
    return this.remember(session, journal.version);
  }

  private async endLocked(session: Session, reason: EndReason): Promise<Session> {
    let ended = session;
    if (session.status !== 'ended') {
      const turns = session.turns.map(({ speaker, text }) => ({ speaker, text }));
      const scorecard = this.deps.score(turns, {
        scenarioId: session.scenario.id,
        sessionId: session.id,
        scenario: session.scenario,
      });
      const endReason = session.hcpEnded ?? reason;
      const t = this.deps.clock();
      await this.deps.store.append(session.id, [{ type: 'end', t, reason: endReason, scorecard }]);
      this.deps.afterEndEvent?.();
      ended = { ...session, status: 'ended', endReason, scorecard, updatedAt: Math.max(session.updatedAt, t) };
    }
    this.cache.delete(session.id);
    await this.deps.history?.record(toHistoryEntry(ended));
    return ended;
  }

  private remember(session: Session, version: JournalVersion): Session {
    this.cache.set(session, version);
    return session;
  }

  /** One operation at a time per session: queued within this process, locked across processes. */
  private exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    if (!SESSION_ID.test(id)) return Promise.reject(noSession(id));
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.deps.store.exclusive(id, work));
    this.queues.set(id, next);
    void next.finally(() => this.queues.get(id) === next && this.queues.delete(id)).catch(() => undefined);
    return next;
  }
}

const noSession = (id: string, why = '') =>
  new SessionStateError(
    `no session "${id}"${why}`,
    undefined,
    'list sessions with `roleplay sessions`, or start one with `roleplay start <scenario>`',
  );

const endedError = (id: string) =>
  new SessionStateError(
    `session ${id.slice(0, 8)} has ended`,
    undefined,
    `see its scorecard with \`roleplay end ${id.slice(0, 8)}\`, or start a new one`,
  );
