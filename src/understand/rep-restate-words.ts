// The words a restatement shares with the HCP, and the words that make it a claim instead.
import type { RepTurn } from './found.js';
import type { Said } from './said.js';

/** Every content word of tokens [t0, t1) was said by the HCP. */
export function sayback(r: RepTurn, t0: number, t1: number): boolean {
  for (let i = t0; i < t1; i++) {
    const st = r.s.text.tokens[i]!.s;
    if (st !== '' && r.conv.hcpSaid(st) === undefined) return false;
  }
  return true;
}

/** A word of tokens [t0, t1) that is neither generic nor the HCP's. */
export function bringsIn(r: RepTurn, t0: number, t1: number): boolean {
  for (let i = t0; i < t1; i++) {
    const st = r.s.text.tokens[i]!.s;
    if (st !== '' && !r.c.generic.has(st) && r.conv.hcpSaid(st) === undefined) return true;
  }
  return false;
}

export function sharedWithAnyHcp(r: RepTurn, from: number, t1: number): number {
  const seen = new Set<string>();
  for (let i = from; i < t1; i++) {
    const st = r.s.text.tokens[i]!.s;
    if (st !== '' && !r.c.generic.has(st) && r.conv.hcpSaid(st) !== undefined) seen.add(st);
  }
  return seen.size;
}

export function sharedWithTurns(r: RepTurn, from: number, t1: number, hcp: readonly Said[]): number {
  let n = 0;
  for (let i = from; i < t1; i++) {
    const st = r.s.text.tokens[i]!.s;
    if (st !== '' && hcp.some((h) => h.text.stems.has(st))) n++;
  }
  return n;
}

export function sharedWithHcp(r: RepTurn, from: number, t1: number, hcp: readonly Said[]): number {
  const seen = new Set<string>();
  for (let i = from; i < t1; i++) {
    const st = r.s.text.tokens[i]!.s;
    if (st !== '' && !r.c.generic.has(st) && hcp.some((h) => h.content.has(st))) seen.add(st);
  }
  return seen.size;
}

/**
 * A benefit word at token t makes a claim unless the rep's own clause denies it or leaves it unrealized:
 * "…therapy that gets dropped before it can show any value" says what the HCP never gets.
 */
export function claimWord(r: RepTurn, t: number): boolean {
  const { tokens } = r.s.text;
  if (tokens[t - 1]?.w === 'any') return false;
  // A denial right before it ("never got better"); "without a doubt ours is the better value" still claims.
  for (let j = t - 1; j >= Math.max(0, t - 3) && tokens[j]!.sent === tokens[t]!.sent; j--) {
    if (tokens[j]!.info.neg) return false;
    if (tokens[j]!.breakBefore) break;
  }
  return true;
}

/** What makes a restatement: an HCP turn that voiced a problem, a feeling or pushback. */
const VOICED = ['shares_need', 'emotion_cue', 'objection_status_quo', 'objection_cost', 'objection_access'] as const;

/**
 * "It sounds like follow-up only happens once there's a crisis." after "They come back when something goes
 * wrong": a restatement frame around two or more words of the rep's own, right after the HCP voiced a
 * problem, plays it back in other words (a claim, a name or words put in their mouth are read before this).
 */
export function inOwnWords(r: RepTurn, from: number, t1: number): boolean {
  const prev = r.prev;
  if (prev === undefined || !VOICED.some((a) => r.conv.has(prev.i, a))) return false;
  let words = 0;
  for (let i = from; i < t1; i++) {
    const st = r.s.text.tokens[i]!.s;
    if (st !== '' && !r.c.generic.has(st)) words++;
  }
  return words >= 2;
}
