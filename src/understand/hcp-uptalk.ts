// "I guess... the weight gain? They stabilize and then they gain thirty pounds.": to the rep's open
// question, a few words said with a rising tone and then explained answer it; they ask the rep nothing.
import type { HcpTurn } from './found.js';

/** Words that open a real question ("What…?", "Is it…?", "You mean…?"). */
const ASKS = new Set(
  'what|how|why|when|where|which|who|whose|is|are|was|were|do|does|did|can|could|would|will|should|have|has|you|your|so|and|but'.split(
    '|',
  ),
);
/** Hedges that may lead the answer ("I guess… the weight gain?"). */
const HEDGE = new Set(['i', 'guess', 'mean', 'maybe', 'probably', 'um', 'uh', 'honestly', 'well']);

export function uptalkAnswer(h: HcpTurn, k: number): boolean {
  const { s, prev } = h;
  if (prev === undefined || !h.conv.has(prev.i, 'open_question')) return false;
  const sent = s.text.sentences[k]!;
  const next = s.text.sentences[k + 1];
  if (sent.t1 - sent.t0 > 6 || next === undefined || next.q) return false;
  let i = sent.t0;
  while (i < sent.t1 - 1 && HEDGE.has(s.text.tokens[i]!.w)) i++;
  // "I guess..." may close a sentence of its own before the answer.
  const opener = s.text.tokens[i]!.w;
  return !ASKS.has(opener) && !ASKS.has(s.text.tokens[sent.t0]!.w);
}
