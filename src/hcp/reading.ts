// The HCP reads the rep through the understanding layer, in the context of everything said so far,
// so the acts it reacts to are the acts the scorecard counts (one source, issue 12).
import { hasAct, readConversation, type RepAct, type TurnReading } from '../understand/index.js';
import type { SaidTurn } from './types.js';

export type QuestionKind = 'open' | 'closed' | undefined;

export interface RepTurnReading {
  acts: RepAct[];
  question: QuestionKind;
  /** The HCP had just signalled time and the rep did not adapt. */
  ignoredTimeCue: boolean;
  reading: TurnReading;
}

export function readRepTurn(said: readonly SaidTurn[], text: string): RepTurnReading {
  const turns = readConversation([...said, { speaker: 'rep', text }]).turns;
  const last = turns[turns.length - 1]!;
  const prev = turns[turns.length - 2];
  const acts = last.acts.map((a) => a.act as RepAct);
  const question: QuestionKind = acts.includes('open_question') ? 'open' : acts.includes('closed_question') ? 'closed' : undefined;
  const ignoredTimeCue = prev?.speaker === 'customer' && hasAct(prev, 'time_cue') && !acts.includes('time_adapt');
  return { acts, question, ignoredTimeCue, reading: last };
}

/** Whether the HCP's own reply, read in context, signals time pressure. */
export function signalsTime(said: readonly SaidTurn[]): boolean {
  const turns = readConversation(said).turns;
  return hasAct(turns[turns.length - 1], 'time_cue');
}
