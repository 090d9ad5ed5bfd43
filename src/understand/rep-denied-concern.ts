// "So it sounds like coverage isn't really the big hurdle for you", said right after the HCP's "Yours isn't on
// the state list": a restatement that calls the concern she just raised no problem gets her backwards.
import type { RepTurn } from './found.js';

const TOPICS = [
  ['objection_cost', 'hcp.cost'],
  ['objection_access', 'hcp.access'],
  ['objection_safety', 'hcp.safety'],
] as const;
const DENIES = new Set(["isn't", "wasn't", "aren't", "weren't", 'not', "doesn't", "don't"]);
const PROBLEM = new Set(['hurdle', 'issue', 'problem', 'concern', 'barrier', 'worry', 'obstacle', 'factor', 'matter']);

/** The topic word of a concern raised in her last two turns that tokens [from, t1) say is no problem. */
export function deniesRaisedConcern(r: RepTurn, from: number, t1: number): string | undefined {
  const { tokens } = r.s.text;
  for (const [act, list] of TOPICS) {
    if (!r.conv.recentHcp.slice(0, 2).some((h) => r.conv.has(h.i, act))) continue;
    for (const hit of r.s.hits.all(list)) {
      if (hit.t0 < from || hit.t0 >= t1) continue;
      const no = nextWithin(r, hit.t1, Math.min(t1, hit.t1 + 3), DENIES);
      const problem = no < 0 ? -1 : nextWithin(r, no + 1, Math.min(t1, no + 6), PROBLEM);
      // "…the approval isn't the problem, it's keeping them covered": the concern moved within its topic, kept.
      const kept = r.s.hits.all(list).some((x) => x.t0 > problem && x.t0 < t1);
      if (problem >= 0 && !kept) return tokens[hit.t0]!.w;
    }
  }
  return undefined;
}

function nextWithin(r: RepTurn, from: number, to: number, words: ReadonlySet<string>): number {
  for (let i = from; i < to; i++) if (words.has(r.s.text.tokens[i]!.w)) return i;
  return -1;
}
