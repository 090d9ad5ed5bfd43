// One pure HCP step (docs/hcp.md): classify → update state → pick a move → render reply and cues. Never throws on text.
import type { Scenario } from '../scenario/index.js';
import { analyzeWords, MAX_READ_CHARS } from '../understand/index.js';
import { focusTerm } from './answer.js';
import { renderPlan } from './compose.js';
import { cueTriggers, pickCues } from './cues.js';
import { findHits, statedFacts } from './hits.js';
import { askedAbout } from './question-topic.js';
import { productName } from './material.js';
import { framePiece, type Plan, type ReplyCtx, type TurnEvents } from './plan.js';
import { replyHash } from './prng.js';
import {
  isFarewell,
  isQuantity,
  isRequest,
  offersHelp,
  isCheckIn,
  isTimeRequest,
  questionKeys,
  questionWords,
  readRepTurn,
  type RepTurnReading,
} from './reading.js';
import { planReply } from './reply.js';
import { depthFor, initialState, rememberReply } from './state.js';
import { applyTurn, type TurnResult } from './turn.js';
import type { HcpMove, HcpReply, HcpState } from './types.js';

export interface StepResult {
  reply: HcpReply;
  move: HcpMove;
}

/** `state` repeats `reply.state` for callers that only replay. */
export interface OpenResult extends StepResult {
  state: HcpState;
}

/** The HCP's opening line and starting state; the seed is unused because the opening is scripted. */
export function open(scenario: Scenario, _seed: number): OpenResult {
  const state = initialState(scenario);
  const text = scenario.hcp.openingLine;
  rememberReply(state, text, 0);
  state.usedLines.push(replyHash(text));
  return { reply: { text, cues: [], state }, move: { kind: 'open', text, refs: [] }, state };
}

/**
 * Lines said, counting a line's other depth variants as said too: "About a third of my panel is above
 * goal" after "Honestly, about a third of my panel is above goal…" is the same sentence again.
 */
function saidLines(usedLines: readonly string[]): Set<string> {
  const used = new Set(usedLines);
  for (const id of usedLines) {
    const base = /^(.+):(?:closed|neutral|open)$/u.exec(id)?.[1];
    if (base !== undefined) for (const depth of ['closed', 'neutral', 'open']) used.add(`${base}:${depth}`);
  }
  return used;
}

function replyCtx(state: HcpState, s: Scenario, ev: TurnEvents, seed: number): ReplyCtx {
  const slots = { echo: ev.hits.echo, term: focusTerm(s, state), product: productName(s) };
  return { s, state, depth: depthFor(state.openness), ev, seed, slots, used: saidLines(state.usedLines) };
}

/** Say the plan, remember it, and move the HCP's memory of its own words forward. */
function speak(state: HcpState, plan: Plan, raw: string, turn: number): string {
  const out = renderPlan(plan, state.usedLines, raw, turn);
  // Re-said phrasings move to the end, so "said longest ago" stays true.
  state.usedLines = [...state.usedLines.filter((x) => !out.said.includes(x)), ...out.said];
  for (const id of plan.reveals) if (!state.revealed.includes(id)) state.revealed.push(id);
  if (plan.lastRef !== undefined) state.lastRef = plan.lastRef;
  rememberReply(state, out.text, turn);
  return out.text;
}

function cuesFor(prev: HcpState, state: HcpState, r: TurnResult, s: Scenario, seed: number, text: string) {
  const { ev } = r;
  const triggers = cueTriggers({
    prev,
    next: state,
    delta: r.delta.delta,
    budget: s.hcp.timeBudget,
    objectionRaised: ev.objections.raised !== undefined || ev.objections.reRaised.length > 0,
    objectionResolved: ev.objections.resolved.length > 0,
    ...(ev.ended !== undefined
      ? { ending: 'ended' as const }
      : ev.commitment === 'ready'
        ? { ending: 'agreed' as const }
        : {}),
  });
  return { triggers, cues: pickCues(triggers, state, s, seed, ev.turn, text.split(/\s+/u).filter(Boolean).length) };
}

/** "Could I send you the data?" or "Could I come back Thursday with it?": leave for the rep's own step. */
function smallAskOf(reading: RepTurnReading['reading']): 'send' | 'visit' | undefined {
  const ask = reading.acts.find((a) => a.act === 'commitment_request');
  return ask?.kind === 'send' ? 'send' : ask?.kind === 'mine' ? 'visit' : undefined;
}

/** After the conversation has ended the HCP only says goodbye; state does not move. */
function afterEnd(state: HcpState, raw: string, s: Scenario, seed: number): StepResult {
  const hits = { priorities: {}, concerns: {}, facts: {}, raisedBy: {}, resolvedBy: {} };
  const objections = { acknowledged: [], resolved: [], reRaised: [] };
  const ev: TurnEvents = {
    turn: state.repTurns + 1,
    acts: [],
    question: undefined,
    hits,
    objections,
    commitment: 'none',
    recap: false,
  };
  const plan: Plan = {
    kind: 'end',
    pieces: [framePiece(replyCtx(state, s, ev, seed), 'afterEnd')],
    refs: [],
    reveals: [],
  };
  state.said.push({ speaker: 'rep', text: raw.slice(0, MAX_READ_CHARS) });
  const text = speak(state, plan, raw, ev.turn);
  const reply: HcpReply = { text, cues: [], state, ...(state.ending ? { ended: state.ending.reason } : {}) };
  return { reply, move: { kind: 'end', text, refs: [] } };
}

/** One rep turn in, one HCP reply out. Pure: same state, text, scenario and seed give the same bytes. */
export function step(prev: HcpState, repText: string, scenario: Scenario, seed: number): StepResult {
  const raw = typeof repText === 'string' ? repText : String(repText ?? '');
  const state = structuredClone(prev);
  if (state.ending?.final) return afterEnd(state, raw, scenario, seed);
  const turn = state.repTurns + 1;
  const read = raw.length > MAX_READ_CHARS ? raw.slice(0, MAX_READ_CHARS) : raw;
  const t = analyzeWords(read);
  const hits = findHits(t, scenario, state.recentWords, read);
  const { acts, question, ignoredTimeCue, yesNo, playsBack, reading } = readRepTurn(state.said, read);
  state.said.push({ speaker: 'rep', text: read });
  const keys = questionKeys(read);
  const asked = state.askedQuestions ?? [];
  const repeatedQuestion = keys.length > 0 && keys.every((k) => asked.includes(k));
  state.askedQuestions = [...asked, ...keys.filter((k) => !asked.includes(k))].slice(-50);
  // "Thanks for the time" opens a call as often as it closes one.
  const farewell = turn > 1 && isFarewell(read);
  const input = {
    t,
    hits,
    acts,
    question,
    ignoredTimeCue,
    turn,
    repeatedQuestion,
    farewell,
    greeting: reading.greets === true,
    yesNo,
    playsBack,
    timeRequest: isTimeRequest(read),
    checkIn: isCheckIn(read),
    request: isRequest(read),
    offersHelp: offersHelp(read),
    quantity: isQuantity(read),
    questionWords: questionWords(read),
    askedAbout: askedAbout(read, scenario),
    statedFacts: statedFacts(read, scenario),
    smallAsk: smallAskOf(reading),
  };
  const result = applyTurn(state, scenario, input, state.ending?.reason === 'commitment');
  const plan = planReply(replyCtx(state, scenario, result.ev, seed));
  const text = speak(state, plan, raw, turn);
  const { triggers, cues } = cuesFor(prev, state, result, scenario, seed, text);
  const { delta, reasons, voice } = result.delta;
  const { openness, patience } = state;
  state.history.push({
    repTurn: turn,
    acts,
    delta,
    openness,
    patience,
    reasons,
    voice,
    move: plan.kind,
    cueTriggers: triggers,
  });
  const reply: HcpReply = { text, cues, state, ...(result.ev.ended ? { ended: result.ev.ended } : {}) };
  return { reply, move: { kind: plan.kind, text, refs: plan.refs } };
}
