// Objection life cycle (docs/hcp.md "Objections"): latent → raised → acknowledged → resolved, ignored → re-raised.
import type { Objection, Scenario } from '../scenario/index.js';
import { analyzeWords } from '../understand/index.js';
import type { Effect } from './deltas.js';
import type { TurnHits } from './hits.js';
import { statementText } from './reading.js';
import { isOpenObjection } from './state.js';
import type { HcpState, RepAct } from './types.js';

/** At most this many objections are open at once, so a rep is never buried. */
const MAX_OPEN = 2;
/** Turns an open objection may be talked past before the HCP says it again, sharper. */
const IGNORE_LIMIT = 2;

export interface ObjectionEvents {
  acknowledged: string[];
  resolved: string[];
  /** Ignored twice and said again, sharper. */
  reRaised: string[];
  /** Newly raised this turn. */
  raised?: string;
  /** Raised concerns this turn neither heard, explored nor answered. */
  talkedPast?: string[];
}

const KIND_WORDS: Record<Objection['kind'], string> = {
  'status-quo': 'what we use now',
  cost: 'cost',
  access: 'access',
  time: 'the time it takes',
  evidence: 'the evidence',
  safety: 'safety',
};

export const objectionTopic = (o: Objection): string => KIND_WORDS[o.kind];

export const openObjectionIds = (state: HcpState): string[] =>
  Object.entries(state.objections)
    .filter(([, o]) => isOpenObjection(o.status))
    .map(([id]) => id);

/** Work through open objections raised on earlier turns: resolve, acknowledge, or count as ignored. */
export function engageObjections(
  state: HcpState,
  s: Scenario,
  acts: readonly RepAct[],
  hits: TurnHits,
  turn: number,
): { events: ObjectionEvents; effects: Effect[] } {
  const events: ObjectionEvents = { acknowledged: [], resolved: [], reRaised: [], talkedPast: [] };
  const effects: Effect[] = [];
  // A rebuttal is never an acknowledgment, whatever words it starts with.
  const heard = acts.includes('acknowledge') && !acts.includes('rebuttal');
  const explore =
    acts.includes('explore') ||
    acts.includes('open_question') ||
    acts.includes('closed_question') ||
    acts.includes('paraphrase');
  for (const o of s.hcp.objections) {
    const st = state.objections[o.id];
    if (st === undefined || !isOpenObjection(st.status) || (st.raisedAt ?? 0) >= turn) continue;
    const usesAnswer = hits.resolvedBy[o.id] !== undefined;
    // "I know you have rounds, so I'll stop here" is how a rep hears a concern about time.
    const ack = heard || (o.kind === 'time' && acts.includes('time_adapt'));
    if (usesAnswer && (ack || explore || st.status === 'acknowledged')) {
      Object.assign(st, { status: 'resolved', ignoredTurns: 0 });
      events.resolved.push(o.id);
      effects.push({ key: 'objection-resolved', about: objectionTopic(o) });
    } else if (ack && st.status === 'raised') {
      Object.assign(st, { status: 'acknowledged', ignoredTurns: 0 });
      events.acknowledged.push(o.id);
      effects.push({ key: 'acknowledged-objection', about: objectionTopic(o) });
    } else if (ack || explore || usesAnswer || st.status === 'acknowledged') {
      // Once heard, the concern waits for its answer (it still blocks a yes); only an unheard one is
      // talked past. The reader credits "I understand" only right after a concern, so a rep who
      // heard it would otherwise be charged for every later turn that does not repeat it.
      st.ignoredTurns = 0;
    } else {
      events.talkedPast?.push(o.id);
      if (++st.ignoredTurns < IGNORE_LIMIT) continue;
      Object.assign(st, { status: 'raised', ignoredTurns: 0, raisedAt: turn, raisedCount: st.raisedCount + 1 });
      events.reRaised.push(o.id);
      effects.push({ key: 'objection-ignored', about: objectionTopic(o) });
    }
  }
  return { events, effects };
}

/** Share of an objection's content words (in any of its wordings) a turn must say to have stated it. */
const STATES_CONCERN = 0.5;

function statesConcern(words: ReadonlySet<string>, o: Objection): boolean {
  const lines = typeof o.text === 'string' ? [o.text] : Object.values(o.text);
  return lines.some((line) => {
    const theirs = [...analyzeWords(line).content];
    return theirs.length > 0 && theirs.filter((w) => words.has(w)).length / theirs.length >= STATES_CONCERN;
  });
}

/**
 * "You're right that the composite is carried by hospitalizations, and mortality was flat": a rep who
 * grants a concern before the HCP voices it has heard it. The HCP takes it as acknowledged instead of
 * raising it back in the same words; it still waits for its answer.
 */
export function concedeObjections(
  state: HcpState,
  s: Scenario,
  repText: string,
  acts: readonly RepAct[],
  hits: TurnHits,
  turn: number,
): { events: string[]; effects: Effect[] } {
  const out = { events: [] as string[], effects: [] as Effect[] };
  if (!acts.includes('acknowledge') || acts.includes('rebuttal')) return out;
  // Only what the rep states grants a concern: "How do your patients on Medicare handle the cost?" asks about it.
  const words = analyzeWords(statementText(repText)).content;
  for (const o of s.hcp.objections) {
    const st = state.objections[o.id];
    // Granted and answered in one turn is pre-empted (rememberPreempted), which settles more than hearing it.
    if (st?.status !== 'latent' || hits.resolvedBy[o.id] !== undefined || !statesConcern(words, o)) continue;
    Object.assign(st, { status: 'acknowledged', raisedAt: turn, raisedCount: 1, ignoredTurns: 0 });
    out.events.push(o.id);
    out.effects.push({ key: 'acknowledged-objection', about: objectionTopic(o) });
  }
  return out;
}

export interface RaiseTriggers {
  prematureCommitment: boolean;
  /** A feature dump while the HCP was guarded or closed (openness ≤4). */
  dumpWhileGuarded: boolean;
  /** The rep argued this turn: naming a concern to argue it away pre-empts nothing. */
  rebuttal?: boolean;
  /** The rep stated something (not only asked): asking about the face answers nothing about it. */
  statement?: boolean;
  /** The rep went past the HCP's question: the HCP waits for its answer before a concern falls due by the clock. */
  dodged?: boolean;
}

/** Which latent objection this turn raises, if any: rep's trigger words first, then a pushy move, then the clock. */
function pickObjection(
  state: HcpState,
  s: Scenario,
  hits: TurnHits,
  why: RaiseTriggers,
  turn: number,
): string | undefined {
  const latent = s.hcp.objections.filter((o) => state.objections[o.id]?.status === 'latent');
  // "Two generics cost almost nothing; for them one pill with the savings card…": a rep who names the
  // concern and answers it in one turn has pre-empted it; raising it now would ignore what was said.
  const preempted = (o: Objection) => hits.resolvedBy[o.id] !== undefined && !why.rebuttal && why.statement === true;
  const byWords = latent.find((o) => hits.raisedBy[o.id] !== undefined && !preempted(o));
  if (byWords) return byWords.id;
  if ((why.prematureCommitment || why.dumpWhileGuarded) && latent[0]) return latent[0].id;
  if (why.dodged === true) return undefined;
  return latent.find((o) => o.raiseByTurn !== undefined && o.raiseByTurn <= turn && !preempted(o))?.id;
}

/**
 * A latent concern the rep answered unprompted stays answered: the HCP does not raise it two turns
 * later as if nothing had been said (issue 14). As in `pickObjection`, answering it outweighs naming it.
 */
function rememberPreempted(state: HcpState, s: Scenario, hits: TurnHits, why: RaiseTriggers): void {
  if (why.rebuttal || why.prematureCommitment || why.statement !== true) return;
  for (const o of s.hcp.objections) {
    const st = state.objections[o.id];
    if (st?.status === 'latent' && hits.resolvedBy[o.id] !== undefined) st.status = 'preempted';
  }
}

/** One new objection per turn, at most two open, none on a turn an old one was said again. */
export function raiseObjection(
  state: HcpState,
  s: Scenario,
  hits: TurnHits,
  why: RaiseTriggers,
  events: ObjectionEvents,
  turn: number,
): void {
  rememberPreempted(state, s, hits, why);
  if (events.reRaised.length > 0 || openObjectionIds(state).length >= MAX_OPEN) return;
  const id = pickObjection(state, s, hits, why, turn);
  const st = id === undefined ? undefined : state.objections[id];
  if (id === undefined || st === undefined) return;
  Object.assign(st, { status: 'raised', raisedAt: turn, raisedCount: 1, ignoredTurns: 0 });
  events.raised = id;
}
