// A reply as a plan of pieces, each an ordered list of options; shared by move selection and rendering.
import type { Scenario } from '../scenario/index.js';
import type { QuestionKind } from './reading.js';
import { framesFor, type FrameName } from './frames.js';
import type { TurnHits } from './hits.js';
import { fill, type Depth, type Variant } from './material.js';
import type { ObjectionEvents } from './objections.js';
import { rngFor, shuffled } from './prng.js';
import type { EndReason, HcpMove, HcpState, RepAct } from './types.js';

/** What happened on this rep turn, as the reply needs it. */
export interface TurnEvents {
  turn: number;
  acts: RepAct[];
  question: QuestionKind;
  hits: TurnHits;
  objections: ObjectionEvents;
  /** `small`: leave to send something, granted by an HCP not ready for more ("Send it."). */
  commitment: 'none' | 'ready' | 'small' | 'premature';
  ended?: EndReason;
  /** The rep turn after an agreed next step: close briefly. */
  recap: boolean;
  /** The rep set an agenda ("my goal today"): an invitation to say what matters, like an open question. */
  agenda?: boolean;
  /** The rep asked to hear more ("tell me more", "you mentioned"). */
  followUp?: boolean;
  /** The rep asked a question it had asked before, word for word. */
  repeatedQuestion?: boolean;
  /** The rep said goodbye. */
  farewell?: boolean;
  /** The rep only greeted ("Hi doctor, how are you?"). */
  greeting?: boolean;
  /** The rep's question asks yes or no. */
  yesNo?: boolean;
  /** What a granted small ask was for: sending something, or coming back with it. */
  smallAsk?: 'send' | 'visit';
  /** The rep's last question is itself a playback of what the HCP said. */
  playsBack?: boolean;
  /** The rep checked its own playback ("Is that right?"). */
  checkIn?: boolean;
  /** The rep asked for the HCP's time ("Do you have a few minutes?"). */
  timeRequest?: boolean;
  /** The rep's question asks the HCP for something: answered by the asks, raise or react logic, never "Sure, plenty.". */
  request?: boolean;
  /** The rep's question asks whether something of the rep's would help: "It might.", never "Sure, plenty.". */
  offersHelp?: boolean;
  /** The rep's question asks for a number. */
  quantity?: boolean;
  /** Priorities and concerns named in the rep's question sentences: answered before the rest of the turn. */
  askedAbout?: string[];
}

export interface ReplyCtx {
  s: Scenario;
  /** State after this turn's update. */
  state: HcpState;
  depth: Depth;
  ev: TurnEvents;
  seed: number;
  slots: Readonly<Record<string, string | undefined>>;
  used: ReadonlySet<string>;
}

/** An option with an id is scenario material: once said, the next unused one is taken. */
export interface Option {
  id?: string;
  text: string;
}

export interface Piece {
  options: Option[];
}

export interface Plan {
  kind: HcpMove['kind'];
  pieces: Piece[];
  refs: string[];
  /** Hidden priorities this reply reveals. */
  reveals: string[];
  lastRef?: string;
  /** Said even by a closed HCP whose one sentence would otherwise be a concern falling due ("That's not what I said."). */
  insists?: boolean;
}

export const makePlan = (kind: Plan['kind'], pieces: Piece[], refs: string[] = [], reveals: string[] = []): Plan => ({
  kind,
  pieces,
  refs,
  reveals,
});

/** The scenario writes the HCP's own questions (`asks`), so no frame needs to build one around a label. */
const isVoiced = (s: Scenario): boolean => [...s.hcp.priorities, ...s.hcp.concerns].some((x) => x.asks !== undefined);

/**
 * Built-in frames for a move, in seeded order, slots filled; frames missing a slot are skipped, and so
 * are frames around a priority's label ("If it really helps with running behind…") in a voiced scenario.
 */
export function framePiece(ctx: ReplyCtx, name: FrameName, extra: Record<string, string | undefined> = {}): Piece {
  const rng = rngFor(ctx.seed, ctx.s.id, ctx.ev.turn, `frame:${name}`);
  const slots = { ...ctx.slots, ...extra };
  const options: Option[] = [];
  const voiced = isVoiced(ctx.s);
  for (const f of shuffled(framesFor(name, ctx.depth), rng)) {
    if (voiced && f.includes('{term}')) continue;
    const text = fill(f, slots);
    if (text !== undefined) options.push({ text });
  }
  return { options };
}

/** Scenario lines echo the rep too; an unfilled {echo} reads as "that". */
export const fillLine = (text: string, ctx: ReplyCtx): string =>
  fill(text, { ...ctx.slots, echo: ctx.slots.echo ?? 'that' }) ?? text;

/** Unused scenario variants first, then `again` frames around `againLine` once every variant has been said. */
export function linePiece(ctx: ReplyCtx, variants: readonly Variant[], again: FrameName, againLine: string): Piece {
  const options: Option[] = variants
    .filter((v) => !ctx.used.has(v.id))
    .map((v) => ({ id: v.id, text: fillLine(v.text, ctx) }));
  options.push(...framePiece(ctx, again, { line: fillLine(againLine, ctx) }).options);
  return { options };
}

/** Only the next unused scenario variant, for optional extras that should never repeat material. */
export function freshPiece(ctx: ReplyCtx, variants: readonly Variant[], frame?: FrameName): Piece {
  const first = variants.find((v) => !ctx.used.has(v.id));
  if (first === undefined) return { options: [] };
  const line = fillLine(first.text, ctx);
  const framed = frame ? framePiece(ctx, frame, { line }).options : [{ text: line }];
  return { options: framed.map((o) => ({ id: first.id, text: o.text })) };
}
