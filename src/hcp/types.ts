// The HCP engine contract: state first, words second (docs/hcp.md). The session layer depends only on this.
import type { CueTrigger, Scenario } from '../scenario/index.js';
import type { RepAct } from '../understand/index.js';
import type { Posture } from './posture.js';

export type MoodBand = 'closed' | 'guarded' | 'neutral' | 'open' | 'pressed';
/** `preempted`: the rep answered it before the HCP ever said it, so it is never raised. */
export type ObjectionStatus = 'latent' | 'raised' | 'acknowledged' | 'resolved' | 'preempted';
export type EndReason = 'time-out' | 'walk-out' | 'commitment' | 'rep-ended';
export type { RepAct };

/** One turn of the conversation as the HCP remembers it (its own scripted words). */
export interface SaidTurn {
  speaker: 'rep' | 'customer';
  text: string;
}

/** One rep turn as the HCP experienced it; feeds "through the HCP's eyes" feedback. */
export interface HistoryEntry {
  /** 1-based rep turn number. */
  repTurn: number;
  /** The acts the understanding layer read in the turn: the same the scorecard counts. */
  acts: RepAct[];
  delta: number;
  openness: number;
  patience: number;
  /** Why openness moved, in plain words ("used my words about staffing"). */
  reasons: string[];
  /** First-person line for feedback ("You used my words about staffing"). */
  voice: string;
  /** The move the HCP answered with. */
  move?: HcpMove['kind'];
  /** Why cues showed this turn (state changes only, docs/hcp.md "Cues"). */
  cueTriggers?: CueTrigger[];
}

export interface HcpState {
  openness: number;
  patience: number;
  mood: MoodBand;
  repTurns: number;
  /** Rep turn that first tied the product to something the HCP said (absent in journals written before). */
  linkedAt?: number;
  /** priority id → rep turn that first touched it. */
  touched: Record<string, number>;
  /** Hidden priority ids the HCP has revealed. */
  revealed: string[];
  objections: Record<string, { status: ObjectionStatus; raisedAt?: number; ignoredTurns: number; raisedCount: number }>;
  commitment: 'none' | 'asked' | 'agreed';
  /** Set once the HCP has given a time signal the rep should respect. */
  timeCueAt?: number;
  /** Content words of the HCP's last two replies. */
  recentWords: string[];
  /** Line ids and reply hashes already used: never verbatim twice. */
  usedLines: string[];
  usedCues: string[];
  closedQuestionRun: number;
  lowOpennessRun: number;
  history: HistoryEntry[];
  /** Content words of the HCP's last reply alone, so `recentWords` can drop the older one. */
  lastReplyWords?: string[];
  /** Hashes of the rep's turns: a turn said before earns nothing new. */
  repHashes?: string[];
  /** Word count of the rep's last turn: "shorter" after a time cue is relative to it. */
  lastRepWords?: number;
  /** The rep's questions so far, folded: the same question again gets an escalation. */
  askedQuestions?: string[];
  /** The HCP has warned that time is nearly up (once). */
  warnedTime?: boolean;
  /** Rep turn after which the HCP asked for a next step ("What would you suggest as a next step?"). */
  invitedStepAt?: number;
  /** Fact ids the rep has brought up, so the HCP does not ask about them again. */
  factsUsed?: string[];
  /** Material id (priority/concern/fact) the HCP last talked about: "say more" continues it. */
  lastRef?: string;
  /** The conversation so far, as the HCP heard and said it: the context its reading needs. */
  said: SaidTurn[];
  /** Where the HCP is and where its attention is, as its cues have shown it (absent before the first). */
  posture?: Posture;
  /** Set when the HCP has ended the conversation (or will after one recap turn). */
  ending?: { reason: EndReason; atRepTurn: number; final: boolean };
}

export interface HcpReply {
  text: string;
  /** Non-verbal cues, e.g. "*leans forward*"; never part of Turn.text. */
  cues: string[];
  state: HcpState;
  /** Present when this reply ends the conversation. */
  ended?: EndReason;
  /** Set when an LLM voice failed and these are the scripted words. */
  fallback?: boolean;
}

/** The move `step` chose; an LLM engine rewords it but never changes it. */
export interface HcpMove {
  kind: 'end' | 'answer' | 'raise' | 'react' | 'probe' | 'agree' | 'open';
  /** The scripted reply text for this move. */
  text: string;
  /** Scenario material the move draws on (priority/objection/fact ids). */
  refs: string[];
}

export interface HcpEngine {
  readonly name: string;
  /** The HCP's opening line and starting state. */
  open(scenario: Scenario, seed: number): Promise<HcpReply>;
  /** One rep turn in, one HCP reply out. `transcript` is everything said so far (for LLM voices). */
  respond(input: {
    state: HcpState;
    repText: string;
    scenario: Scenario;
    seed: number;
    transcript: readonly { speaker: 'rep' | 'customer'; text: string }[];
  }): Promise<HcpReply>;
}
