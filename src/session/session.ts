// A session's state as a pure fold over its journal events: active until an end event.
import { InvalidInputError } from '../errors.js';
import type { EndReason, HcpState } from '../hcp/index.js';
import type { Scenario } from '../scenario/index.js';
import type { Scorecard, Turn } from '../types.js';
import type { SessionEvent, StartEvent } from './events.js';

export interface SessionTurn extends Turn {
  cues?: string[];
}

export interface Session {
  id: string;
  scenario: Scenario;
  seed: number;
  engine: string;
  /** Who practiced; absent in sessions from before issue 18. */
  rep?: string;
  startedAt: number;
  updatedAt: number;
  /** The conversation, HCP opening first; what the scorer reads. */
  turns: SessionTurn[];
  repTurns: number;
  status: 'active' | 'ended';
  /** Set when the HCP closed the conversation; `end` will score it. */
  hcpEnded?: EndReason;
  endReason?: EndReason;
  scorecard?: Scorecard;
  hcpState: HcpState;
}

/** A journal on disk that does not fold into a session (edited, or not ours): exit 3, never a stack. */
export class CorruptJournalError extends InvalidInputError {
  constructor(id: string, cause: unknown) {
    super(
      `session ${id.slice(0, 8)} has an unreadable journal: ${(cause as Error)?.message ?? String(cause)}`,
      [],
      `sessions/${id}.jsonl`,
      'move the file out of the sessions folder, or fix it',
    );
  }
}

/** Replays rep turns through the engine's pure step to rebuild HCP state, from `from` (a state after earlier turns) if given. */
export type StateReplayer = (
  scenario: Scenario,
  seed: number,
  repTexts: readonly string[],
  from?: HcpState,
) => HcpState;

/** The session without its HCP state, and the rep turns to replay for it: enough for history. */
export type FoldedEvents = Omit<Session, 'hcpState'> & { repTexts: string[] };

export function foldEvents(events: readonly SessionEvent[]): FoldedEvents {
  const start = events[0];
  if (start?.type !== 'start') throw new Error('journal does not begin with a start event');
  const s = fromStart(start);
  const repTexts: string[] = [];
  for (const e of answeredEvents(events.slice(1))) {
    s.updatedAt = Math.max(s.updatedAt, e.t);
    if (e.type === 'rep') {
      repTexts.push(e.text);
      s.turns.push({ speaker: 'rep', text: e.text, t: e.t });
      s.repTurns = e.turn;
    } else if (e.type === 'hcp') {
      s.turns.push({ speaker: 'customer', text: e.text, t: e.t, cues: e.cues });
      if (e.ended) s.hcpEnded = e.ended;
    } else if (e.type === 'end') {
      s.status = 'ended';
      s.endReason = e.reason;
      s.scorecard = e.scorecard;
      // The first end is the truth: lines after it (written before issue 13's lock) never count.
      break;
    }
  }
  return { ...s, repTexts };
}

/**
 * `known`: this session as folded before (a long-lived process's cache). When its turns begin the
 * journal's, its HCP state is stepped over the new turns only: replay costs grow with the square
 * of the turns, and serve rereads a journal whenever another process wrote to it.
 */
export function foldSession(events: readonly SessionEvent[], replay: StateReplayer, known?: Session): Session {
  const { repTexts, ...s } = foldEvents(events);
  const done = known ? knownRepTurns(known, repTexts) : 0;
  const hcpState =
    done > 0 ? replay(s.scenario, s.seed, repTexts.slice(done), known!.hcpState) : replay(s.scenario, s.seed, repTexts);
  return { ...s, hcpState };
}

function knownRepTurns(known: Session, repTexts: readonly string[]): number {
  const said = known.turns.filter((t) => t.speaker === 'rep').map((t) => t.text);
  return said.length <= repTexts.length && said.every((t, i) => t === repTexts[i]) ? said.length : 0;
}

/** A rep turn whose reply never reached the journal was never acknowledged: drop it. */
function answeredEvents(events: readonly SessionEvent[]): SessionEvent[] {
  return events.filter((e, i) => {
    // A second start (a line pasted from another journal) is not part of this session.
    if (e.type === 'start') return false;
    if (e.type !== 'rep') return true;
    const next = events[i + 1];
    return next?.type === 'hcp' && next.turn === e.turn;
  });
}

function fromStart(e: StartEvent): Omit<Session, 'hcpState'> {
  return {
    id: e.sessionId,
    scenario: e.scenario,
    seed: e.seed,
    engine: e.engine,
    ...(e.rep !== undefined ? { rep: e.rep } : {}),
    startedAt: e.t,
    updatedAt: e.t,
    turns: [{ speaker: 'customer', text: e.opening.text, t: e.t, cues: e.opening.cues }],
    repTurns: 0,
    status: 'active',
  };
}
