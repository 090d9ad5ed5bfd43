// The one SessionManager per process: every start, respond, status and end goes through it
// (the origin bug was four routes with four session maps). Journals make it work across processes.
import { InvalidInputError, SessionStateError, UsageError, isRoleplayError } from '../errors.js';
import type { EndReason, HcpEngine, HcpReply } from '../hcp/types.js';
import type { Scenario } from '../scenario/schema.js';
import type { Scorecard, Turn } from '../types.js';
import type { SessionEvent } from './events.js';
import { JOURNAL_VERSION } from './events.js';
import { CorruptJournalError, foldSession, type Session, type StateReplayer } from './session.js';
import { SESSION_ID, type SessionStore } from './store.js';

/** Same cap as the transcript reader: one turn over this is refused. */
export const MAX_TURN_CHARS = 20_000;

export interface SessionManagerDeps {
  store: SessionStore;
  engine(name: string): HcpEngine;
  replay: StateReplayer;
  score(turns: Turn[], meta: { scenarioId: string; sessionId: string }): Scorecard;
  clock(): number;
  newId(): string;
  newSeed(): number;
  /** Called once when a session ends (history). */
  onEnded?(session: Session): Promise<void>;
  onWarning?(message: string): void;
}

export interface RespondResult {
  reply: HcpReply;
  session: Session;
  /** Present when the HCP ended the conversation with this reply: the session is scored. */
  scorecard?: Scorecard;
}

export class SessionManager {
  private readonly sessions = new Map<string, Session>();
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: SessionManagerDeps) {}

  async start(scenario: Scenario, o: { seed?: number; engine?: string } = {}): Promise<Session> {
    const id = this.deps.newId();
    const seed = o.seed ?? this.deps.newSeed();
    const engine = this.deps.engine(o.engine ?? 'scripted');
    const opening = await engine.open(scenario, seed);
    const event: SessionEvent = {
      type: 'start', v: JOURNAL_VERSION, sessionId: id, scenario, seed, engine: engine.name,
      t: this.deps.clock(), opening: { text: opening.text, cues: opening.cues },
    };
    await this.deps.store.append(id, [event]);
    return this.remember(foldSession([event], this.deps.replay));
  }

  respond(id: string, text: string): Promise<RespondResult> {
    return this.exclusive(id, async () => {
      const said = text.trim();
      if (said === '') throw new UsageError('nothing to say: the turn is empty');
      if (said.length > MAX_TURN_CHARS) {
        throw new InvalidInputError(`turn is ${said.length} characters, over the ${MAX_TURN_CHARS} limit`);
      }
      const session = await this.activeSession(id);
      const engine = this.deps.engine(session.engine);
      const reply = await engine.respond({
        state: session.hcpState, repText: said, scenario: session.scenario, seed: session.seed,
        transcript: session.turns.map(({ speaker, text: t }) => ({ speaker, text: t })),
      });
      const turn = session.repTurns + 1;
      const t = this.deps.clock();
      const events: SessionEvent[] = [
        { type: 'rep', turn, text: said, t },
        { type: 'hcp', turn, text: reply.text, cues: reply.cues, t, ...(reply.ended ? { ended: reply.ended } : {}), ...(reply.fallback ? { fallback: true } : {}) },
      ];
      await this.deps.store.append(id, events);
      const next = this.remember({
        ...session,
        turns: [...session.turns, { speaker: 'rep', text: said, t }, { speaker: 'customer', text: reply.text, t, cues: reply.cues }],
        repTurns: turn,
        updatedAt: t,
        hcpState: reply.state,
        ...(reply.ended ? { hcpEnded: reply.ended } : {}),
      });
      if (!reply.ended) return { reply, session: next };
      const ended = await this.endLocked(next, reply.ended);
      return { reply, session: ended, scorecard: ended.scorecard };
    });
  }

  /** Scores the whole journaled transcript; a second call returns the same scorecard. */
  end(id: string, reason: EndReason = 'rep-ended'): Promise<Session> {
    return this.exclusive(id, async () => this.endLocked(await this.get(id), reason));
  }

  async get(id: string): Promise<Session> {
    const cached = this.sessions.get(id);
    if (cached) return cached;
    const journal = SESSION_ID.test(id) ? await this.deps.store.load(id) : undefined;
    if (!journal || journal.events.length === 0) {
      // An empty journal is a start killed before its first line was written: nothing was acknowledged.
      throw new SessionStateError(`no session "${id}"${journal ? ' (its journal is empty)' : ''}`, undefined, 'list sessions with `roleplay sessions`, or start one with `roleplay start <scenario>`');
    }
    for (const w of journal.warnings) this.deps.onWarning?.(w);
    try {
      return this.remember(foldSession(journal.events, this.deps.replay));
    } catch (e) {
      throw new CorruptJournalError(id, e);
    }
  }

  /** A full id from a unique prefix of at least 4 characters, as typed on a command line. */
  async resolveId(prefix: string): Promise<string> {
    if (SESSION_ID.test(prefix)) return prefix;
    const p = prefix.toLowerCase();
    const matches = /^[0-9a-f]{4,}$/.test(p) ? (await this.deps.store.ids()).filter((id) => id.startsWith(p)) : [];
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) throw new UsageError(`session id "${prefix}" is ambiguous (${matches.length} sessions)`, undefined, 'type more of the id');
    throw new SessionStateError(`no session "${prefix}"`, undefined, 'list sessions with `roleplay sessions`');
  }

  async list(): Promise<Session[]> {
    const out: Session[] = [];
    for (const id of await this.deps.store.ids()) {
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

  private async endLocked(session: Session, reason: EndReason): Promise<Session> {
    if (session.status === 'ended') return session;
    const turns = session.turns.map(({ speaker, text }) => ({ speaker, text }));
    const scorecard = this.deps.score(turns, { scenarioId: session.scenario.id, sessionId: session.id });
    const finalReason = session.hcpEnded ?? reason;
    const t = this.deps.clock();
    await this.deps.store.append(session.id, [{ type: 'end', t, reason: finalReason, scorecard }]);
    const ended = this.remember({ ...session, status: 'ended', endReason: finalReason, scorecard, updatedAt: t });
    await this.deps.onEnded?.(ended);
    return ended;
  }

  private async activeSession(id: string): Promise<Session> {
    const session = await this.get(id);
    if (session.status === 'ended') {
      throw new SessionStateError(`session ${id.slice(0, 8)} has ended`, undefined, `see its scorecard with \`roleplay end ${id.slice(0, 8)}\`, or start a new one`);
    }
    return session;
  }

  private remember(session: Session): Session {
    this.sessions.set(session.id, session);
    return session;
  }

  /** One operation at a time per session, so concurrent requests cannot interleave turns. */
  private exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.locks.set(id, next);
    void next.finally(() => this.locks.get(id) === next && this.locks.delete(id)).catch(() => undefined);
    return next;
  }
}
