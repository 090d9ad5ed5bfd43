// The words a restatement shares with the HCP, and the words that make it a claim instead.
import type { RepTurn } from './found.js';
import { hitsAnyWithin, sentenceContent, type Said } from './said.js';

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
  if (prev === undefined || !(VOICED.some((a) => r.conv.has(prev.i, a)) || answeredAsked(r))) return false;
  let words = 0;
  for (let i = from; i < t1; i++) {
    const st = r.s.text.tokens[i]!.s;
    if (st !== '' && !r.c.generic.has(st)) words++;
  }
  return words >= 2;
}

/** "So the cost is hard for them?" … "The cost, and getting to the pharmacy.": the HCP answered the rep's question with some substance. */
function answeredAsked(r: RepTurn): boolean {
  const prev = r.prev!;
  const asked = r.conv
    .readingOf(prev.i - 1)
    ?.acts.some((a) => a.act === 'open_question' || a.act === 'closed_question');
  return asked === true && prev.content.size >= 3;
}

const OURS = new Set(['our', 'we', 'us', "we've", "we're", "we'd", 'i', "i'm", "i've", "i'd", "i'll", 'me', 'my']);

/** Sentence k speaks in the first person: of the rep's side, not the HCP's. */
function firstPerson(r: RepTurn, k: number): boolean {
  const { t0, t1 } = r.s.text.sentences[k]!;
  for (let i = t0; i < t1; i++) if (OURS.has(r.s.text.tokens[i]!.w)) return true;
  return false;
}

const PROBLEM = new Set(['problem', 'problems', 'issue', 'issues', 'trouble', 'bottleneck', 'hurdle', 'barrier']);

/**
 * "So technique is the real problem at your counter": a "so" that names the problem, in the rep's words;
 * "So our inhaler fixes the real problem" speaks of the rep's side instead.
 */
export function namesProblem(r: RepTurn, k: number): boolean {
  const { t0, t1 } = r.s.text.sentences[k]!;
  if (firstPerson(r, k)) return false;
  for (let i = t0; i < t1; i++) if (PROBLEM.has(r.s.text.tokens[i]!.w)) return true;
  return reframes(r, t0, t1);
}

const DENY = new Set(['not', "isn't", "wasn't", "aren't"]);
const INSTEAD = new Set(["it's", "that's", 'it', 'but']);

/** "So it's not the drug, it's an appointment every eight weeks": setting one cause aside names the other. */
function reframes(r: RepTurn, t0: number, t1: number): boolean {
  const { tokens } = r.s.text;
  let denied = -1;
  for (let i = t0; i < Math.min(t1, t0 + 4) && denied < 0; i++) if (DENY.has(tokens[i]!.w)) denied = i;
  if (denied < 0) return false;
  for (let j = denied + 2; j < t1; j++) if (INSTEAD.has(tokens[j]!.w) && tokens[j]!.breakBefore) return true;
  return false;
}

/**
 * "So the clinical decision is quick, and what eats the day is getting what they can afford": a sentence
 * on the HCP's side of things (no first person, no product word, no name) can only be their point.
 */
export function theirSide(r: RepTurn, k: number, story?: 'story'): boolean {
  const { t0, t1 } = r.s.text.sentences[k]!;
  // "So set them aside." proposes; a playback has some substance of its own.
  if (sentenceContent(r.s, k).size < 3) return false;
  if (firstPerson(r, k)) return false;
  // Told back in three or more of their words, their story may carry an outcome or a dose word ("late
  // doses mean fewer open slots"); hype never.
  const lists = story === undefined ? ['rep.productFacts', 'rep.benefit', 'rep.hype'] : ['rep.hype'];
  return !hitsAnyWithin(r.s, lists, t0, t1);
}
