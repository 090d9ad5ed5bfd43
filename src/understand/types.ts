// The act inventory (docs/scoring.md "From turns to acts") and the shape of a Reading: what each turn does, and why.
import type { Speaker } from '../types.js';

export const REP_ACTS = [
  'purpose',
  'open_question',
  'closed_question',
  'paraphrase',
  'parrot',
  'misstated_recap',
  'acknowledge',
  'rebuttal',
  'explore',
  'priority_link',
  'generic_benefit',
  'feature_dump',
  'answers_question',
  'dodges_question',
  'transition',
  'time_adapt',
  'simplify',
  'recap',
  'next_step_specific',
  'next_step_vague',
  'ownership',
  'commitment_request',
  'off_topic',
  'no_content',
] as const;

export const HCP_ACTS = [
  'objection_status_quo',
  'objection_cost',
  'objection_access',
  'objection_evidence',
  'objection_safety',
  'objection_other',
  'time_cue',
  'confusion_cue',
  'disinterest_cue',
  'emotion_cue',
  'shares_need',
  'asks_question',
  'agrees',
  'conditional',
  'brush_off',
  'declines',
] as const;

export type RepAct = (typeof REP_ACTS)[number];
export type HcpAct = (typeof HCP_ACTS)[number];
export type Act = RepAct | HcpAct;
export const ACTS: readonly Act[] = [...REP_ACTS, ...HCP_ACTS];

export type ObjectionAct = Extract<HcpAct, `objection_${string}`>;
export type CueAct = 'time_cue' | 'confusion_cue' | 'disinterest_cue' | 'emotion_cue';
export const OBJECTION_ACTS: readonly ObjectionAct[] = HCP_ACTS.filter((a): a is ObjectionAct =>
  a.startsWith('objection_'),
);
/** What an HCP turn said that a rep's next turn can take up: a need, a feeling, an objection, a condition. */
export const SAID_SOMETHING: readonly Act[] = ['shares_need', 'emotion_cue', ...OBJECTION_ACTS, 'conditional'];
export const CUE_ACTS: readonly CueAct[] = ['time_cue', 'confusion_cue', 'disinterest_cue', 'emotion_cue'];

/** The words that made an act: a span of the turn's text, and a plain reason. */
export interface ActEvidence {
  start: number;
  end: number;
  quote: string;
  why: string;
}

export interface ActReading {
  act: Act;
  evidence: ActEvidence;
  /** A finer kind where trainers tell two apart ("agenda" vs "pitch" purpose). */
  kind?: string;
}

export interface TurnReading {
  /** 0-based index into the transcript's turns. */
  i: number;
  speaker: Speaker;
  acts: ActReading[];
  /** Number of words. */
  words: number;
  /** Rep turns: a question picks up a word of the HCP's previous turn (a follow-up, not a new topic). */
  buildsOn?: boolean;
  /** Rep turns with a question: it names a concrete situation or problem ("when someone refuses a statin…", "the biggest obstacle to…") or recalls what the HCP said on an earlier visit. */
  anchored?: boolean;
  /** Rep turns that only greet ("Hi doctor, how are you?"): small talk the HCP answers in kind. */
  greets?: boolean;
  /** Rep turns that set the rep's own topic aside for what the HCP just raised ("The formulary can wait."). */
  shelves?: ActEvidence;
}

/** An objection and what the rep did with it in the turns after. */
export interface ObjectionThread {
  turn: number;
  kind: ObjectionAct;
  acknowledged?: number;
  explored?: number;
  answered?: number;
  rebutted?: number;
  /** A later HCP turn agreed or engaged instead of repeating the concern. */
  resolved?: number;
}

/** A cue the HCP gave and the rep's next turn. */
export interface CueThread {
  turn: number;
  kind: CueAct;
  /** For a time cue: the minutes the HCP said it had, when it said. */
  minutes?: number;
  /** The rep turn that came next, if any. */
  response?: number;
  /** The act of that turn that adapts to the cue, if any. */
  adaptedBy?: RepAct;
}

/** A rep ask (commitment request or proposed next step) and how the HCP answered it. */
export interface AskThread {
  turn: number;
  specific: boolean;
  answer?: { turn: number; act: 'agrees' | 'conditional' | 'brush_off' | 'declines' };
}

/** A question the HCP asked and whether the rep's next turn answered it. */
export interface QuestionThread {
  turn: number;
  response?: number;
  answered: boolean;
}

export interface Timeline {
  objections: ObjectionThread[];
  cues: CueThread[];
  asks: AskThread[];
  questions: QuestionThread[];
  /** HCP turns that stated a need, with the need's content words. */
  needs: { turn: number; words: string[] }[];
}

export interface Reading {
  turns: TurnReading[];
  timeline: Timeline;
}

export function hasAct(t: TurnReading | undefined, act: Act): boolean {
  if (t === undefined) return false;
  for (const a of t.acts) if (a.act === act) return true;
  return false;
}
export const actNames = (t: TurnReading): Act[] => t.acts.map((a) => a.act);
