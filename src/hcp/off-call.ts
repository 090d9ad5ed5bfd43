// Whether the rep's question is about the call at all: "Did you catch the Lakers game?" shares no word with it.
import { analyzeWords } from '../understand/index.js';
import { scenarioVocab } from './material.js';
import type { ReplyCtx } from './plan.js';
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
