// Turns that are not about the call: small talk asked as a question, and a pleasantry after the HCP asked what the rep wants.
import { analyzeWords } from '../understand/index.js';
import { scenarioVocab } from './material.js';
import type { ReplyCtx } from './plan.js';
import type { RepAct } from './types.js';
import { questionText } from './reading.js';

/**
 * The rep's question uses no word of the scenario (its topics, product, everyday clinic words) and none
 * the HCP has said: small talk the reader did not call off-topic because it also went past her question.
 */
export function asksOffCall(ctx: ReplyCtx): boolean {
  const rep = ctx.state.said.at(-1);
  const q = rep?.speaker === 'rep' ? questionText(rep.text) : '';
  const words = analyzeWords(q).content;
  if (words.size === 0) return false;
  const vocab = scenarioVocab(ctx.s);
  const hcp = new Set<string>();
  for (const t of ctx.state.said)
    if (t.speaker === 'customer') for (const w of analyzeWords(t.text).content) hcp.add(w);
  for (const w of words) if (vocab.has(w) || hcp.has(w)) return false;
  return true;
}

/** Acts the reader finds in a bare "Thanks for making time" after a question: no content of its own. */
const BARE: readonly RepAct[] = ['answers_question', 'time_adapt'];
const PLEASANTRY_WORDS = 12;
/** An opening that hands the rep the floor: "What did you want to talk about?", "Tell me why … should change what I do." */
const HANDS_FLOOR = /\?\s*$|(?:^|[.!?]\s+)(?:tell me|go ahead|go on|convince me)\b[^.!?]*[.!]?\s*$/iu;

/**
 * "Hi, thanks for making time today." after the opening "What did you want to talk about?": the rep has
 * not said yet; the HCP gives the floor back ("Sure. Go ahead.") rather than ask something of its own.
 */
export function givesFloorBack(ctx: ReplyCtx): boolean {
  const { ev, state } = ctx;
  const rep = state.said.at(-1);
  const hcp = state.said.at(-2);
  if (rep?.speaker !== 'rep' || hcp?.speaker !== 'customer' || ev.question !== undefined) return false;
  if (ev.acts.some((a) => !BARE.includes(a))) return false;
  const h = ev.hits;
  const topical = [h.priorities, h.concerns, h.facts, h.raisedBy, h.resolvedBy].some((m) => Object.keys(m).length > 0);
  const words = rep.text.split(/\s+/u).filter(Boolean).length;
  // Later questions of hers are about something; only her opening invites the rep to start.
  const opening = hcp.text === ctx.s.hcp.openingLine;
  return opening && !topical && words <= PLEASANTRY_WORDS && HANDS_FLOOR.test(hcp.text.trim());
}
