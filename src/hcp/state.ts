// The HCP's starting state and the mood derived from it (docs/hcp.md "State").
import type { Difficulty, Mood, Scenario } from '../scenario/index.js';
import { analyzeWords, type TurnWords } from '../understand/index.js';
import type { Depth } from './material.js';
import { signalsTime } from './reading.js';
import type { HcpState, MoodBand } from './types.js';

/** Starting openness by scenario mood (docs/hcp.md; the peer's personas start closed at 2, open at 7). */
export const START_OPENNESS: Record<Mood, number> = {
  hostile: 1,
  skeptical: 3,
  rushed: 4,
  neutral: 5,
  curious: 6,
  open: 7,
};

/** Difficulty scales gains and losses like the peer's skeptic persona (×0.6 up / ×1.4 down). */
export const DIFFICULTY_SCALE: Record<Difficulty, { up: number; down: number }> = {
  easy: { up: 1.25, down: 0.75 },
  medium: { up: 1, down: 1 },
  hard: { up: 0.75, down: 1.25 },
};

export const MAX_OPENNESS = 10;
/** Openness an HCP needs before agreeing to a next step. */
export const READY_OPENNESS = 7;

/** How open the HCP is, ignoring time: sets reply depth. */
export function depthFor(openness: number): Depth {
  if (openness <= 2) return 'closed';
  if (openness <= 4) return 'guarded';
  if (openness <= 6) return 'neutral';
  return 'open';
}

/** The mood band: openness band, or `pressed` once two turns or fewer are left. */
export function moodFor(openness: number, patience: number): MoodBand {
  return patience <= 2 ? 'pressed' : depthFor(openness);
}

export const isOpenObjection = (status: string): boolean => status === 'raised' || status === 'acknowledged';
/** Said aloud at some point in the conversation (a pre-empted one never was). */
export const wasRaised = (status: string): boolean => status !== 'latent' && status !== 'preempted';

export function initialState(scenario: Scenario): HcpState {
  const openness = START_OPENNESS[scenario.hcp.startingMood];
  const patience = scenario.hcp.timeBudget;
  const objections: HcpState['objections'] = {};
  for (const o of scenario.hcp.objections) objections[o.id] = { status: 'latent', ignoredTurns: 0, raisedCount: 0 };
  return {
    openness,
    patience,
    mood: moodFor(openness, patience),
    repTurns: 0,
    touched: {},
    revealed: [],
    objections,
    commitment: 'none',
    recentWords: [],
    usedLines: [],
    usedCues: [],
    closedQuestionRun: 0,
    lowOpennessRun: 0,
    history: [],
    lastReplyWords: [],
    lastRepWords: 0,
    factsUsed: [],
    said: [],
  };
}

/** Remember what the HCP just said: the conversation so far, and its words for echoes next turn. */
export function rememberReply(state: HcpState, text: string, turn: number): TurnWords {
  const t = analyzeWords(text);
  const words = [...t.content];
  state.recentWords = [...new Set([...(state.lastReplyWords ?? []), ...words])];
  state.lastReplyWords = words;
  state.said.push({ speaker: 'customer', text });
  if (signalsTime(state.said)) state.timeCueAt = turn;
  return t;
}
