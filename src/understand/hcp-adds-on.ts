// "Right. And by the time I catch it the window's half gone.": confirming the rep's restatement of her
// problem, then adding to it with "and", the HCP takes the problem further; what she adds is a need.
import type { HcpTurn } from './found.js';
import { sentenceContent } from './said.js';

const CONFIRMS = new Set(['right', 'exactly', 'yes', 'yeah', 'yep', 'correct', 'true', 'absolutely']);

export function addsOnRestatement(h: HcpTurn, k: number): boolean {
  const { s, prev } = h;
  if (prev === undefined || k === 0) return false;
  // A restatement the rep's reader missed still opens on "So…" and asks nothing.
  const restated =
    h.conv.has(prev.i, 'paraphrase') || (prev.text.tokens[0]?.w === 'so' && !prev.text.sentences.some((x) => x.q));
  if (!restated) return false;
  const first = s.text.sentences[0]!;
  const sent = s.text.sentences[k]!;
  const confirmed = first.t1 - first.t0 <= 2 && CONFIRMS.has(s.text.tokens[first.t0]?.w ?? '');
  return confirmed && !sent.q && s.text.tokens[sent.t0]?.w === 'and' && sentenceContent(s, k).size >= 2;
}
