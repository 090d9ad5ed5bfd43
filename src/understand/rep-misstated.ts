// Restatements that get the HCP wrong: a word the HCP only denied said back plainly, words put in
// the HCP's mouth ("you want better outcomes"), or the rep's own pitch dressed as the HCP's view.
import type { RepTurn } from './found.js';
import { hitsIn, type Said } from './said.js';
import { breakBetween } from './text-clauses.js';
import { asksInClause, causeBefore, lackInClause, payerWants, repPlans } from './rep-clash-excuses.js';

/** Words that name what runs short: "no beds upstairs" → "the bottleneck is inpatient beds". */
const SHORTAGE = new Set(['bottleneck', 'bottlenecks', 'shortage', 'shortages', 'shortfall', 'scarce']);
/** Negators that say a thing is missing ("there are no beds"), not that it is not the case ("not a safety thing"). */
const ABSENCE = new Set(['no', 'none', 'nobody', 'without']);

/** A word the HCP only ever denied, said plainly by the rep ("not a safety thing" → "those safety concerns"). */
export function polarityClash(r: RepTurn, from: number, t1: number): string | undefined {
  const beyond = deniedBeyond(r);
  let shortage = false;
  for (let i = from; i < t1; i++) if (SHORTAGE.has(r.s.text.tokens[i]!.w)) shortage = true;
  for (let i = from; i < t1; i++) {
    const t = r.s.text.tokens[i]!;
    if (t.s === '' || t.neg || r.c.generic.has(t.s) || clauseDenied(r, i) || repPlans(r, i, from, t1)) continue;
    if (asksInClause(r, i, from, t1) || causeBefore(r, i, from)) continue;
    if (shortage && missingForHcp(r, t.s)) continue;
    const m = r.conv.hcpSaid(t.s);
    // "So the gap is having something medical" restates "I don't have a medical option" right; a lack in
    // another clause ("…, and you're moving patients off it") says nothing of this word.
    if (m !== undefined && ((m.denied && !m.affirmed) || beyond.has(t.s)) && !lackInClause(r, i, from, t1)) return t.w;
  }
  return undefined;
}

/** The HCP said the word is missing ("there are no beds upstairs"): a shortage the rep may name. */
function missingForHcp(r: RepTurn, st: string): boolean {
  return r.conv.recentHcp.some((h) =>
    h.text.tokens.some((t, i) => t.s === st && t.neg && ABSENCE.has(negatorBefore(h, i) ?? '')),
  );
}

/** The negator a few words before token i of an HCP turn, in its sentence. */
function negatorBefore(h: Said, i: number): string | undefined {
  const tokens = h.text.tokens;
  for (let j = i - 1; j >= Math.max(0, i - 4) && tokens[j]!.sent === tokens[i]!.sent; j--)
    if (tokens[j]!.info.neg) return tokens[j]!.w;
  return undefined;
}

/**
 * "…because the logistics never got explained", "the warfarin interaction doesn't worry you": the rep's
 * own clause denies too, so it says the HCP's denial back rather than turning it around.
 */
export function clauseDenied(r: RepTurn, i: number): boolean {
  const { tokens } = r.s.text;
  const sent = tokens[i]!.sent;
  // "…mortality is your main worry and readmissions don't matter": a conjunction starts another clause.
  const starts = (j: number) => tokens[j]!.breakBefore || JOINS.has(tokens[j]!.w);
  for (let j = i; j >= 0 && tokens[j]!.sent === sent; j--) {
    if (tokens[j]!.info.neg) return true;
    if (starts(j)) break;
  }
  for (let j = i + 1; j < tokens.length && tokens[j]!.sent === sent && !starts(j); j++)
    if (tokens[j]!.info.neg) return true;
  return false;
}

const JOINS = new Set(['and', 'but', 'or', 'while', 'whereas', 'yet']);

/**
 * Verbs whose denial covers their object: "not promising a vote" denies the vote, and "not worried about
 * the warfarin interaction" the interaction as a worry.
 */
const COMMITTING = new Set([
  'promise',
  'promising',
  'guarantee',
  'guaranteeing',
  'committing',
  'commit',
  'worried',
  'concerned',
  'bothered',
  'scared',
  'afraid',
]);

/**
 * Words a denial reaches past the word it marks, in the HCP's last turns: over a generic word ("isn't
 * the drug cost" denies the cost) or a promise ("not promising a vote"). A word the HCP also said
 * plainly, or said before those turns, stays theirs.
 */
function deniedBeyond(r: RepTurn): Set<string> {
  const reached = new Set<string>();
  const plain = new Set<string>();
  const recent = r.conv.recentHcp;
  for (const h of recent) {
    const tokens = h.text.tokens;
    let target = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.s === '') continue;
      if (i === target) reached.add(t.s);
      else if (!t.neg) plain.add(t.s);
      if (t.neg && (r.c.generic.has(t.s) || COMMITTING.has(t.w))) target = nextContent(h, i);
    }
  }
  const oldest = Math.min(...recent.map((h) => h.i));
  for (const st of reached) if (plain.has(st) || (r.conv.hcpSaid(st)?.first ?? oldest) < oldest) reached.delete(st);
  return reached;
}

/** The next content token after i in the same clause, or -1. */
function nextContent(h: Said, i: number): number {
  const tokens = h.text.tokens;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const u = tokens[j]!;
    if (u.sent !== tokens[i]!.sent || u.breakBefore) return -1;
    if (u.s !== '') return j;
  }
  return -1;
}

/** Words before "you want" that make it an offer, not her view: "if you'd like", "anything you need, just shout". */
export const HYPOTHETICAL = new Set([
  'if',
  'unless',
  'do',
  'would',
  'whether',
  'when',
  'as',
  'in',
  'case',
  'anything',
  'whatever',
]);
const ATTRIBUTION_WORDS = new Set([
  'want',
  'like',
  'need',
  'looking',
  'open',
  'concern',
  'concerns',
  'worried',
  'care',
  'have',
  'some',
  "you're",
  'you',
  'your',
  'those',
  "you'd",
  'are',
  'at',
  'to',
  'about',
]);

/**
 * Words put in the HCP's mouth after "you want", "your concern about": never said by the HCP,
 * worse when the rep said them first (its own pitch handed back as the HCP's wish).
 */
export function misattributed(r: RepTurn, k: number): string[] {
  const { s } = r;
  const out: string[] = [];
  if (s.text.sentences[k]!.q) return out;
  for (const h of hitsIn(s, 'rep.attribution', k)) {
    // "unless you want", "if you'd like": an offer, not a claim about what the HCP said.
    if (HYPOTHETICAL.has(s.text.tokens[h.t0 - 1]?.w ?? '')) continue;
    if (payerWants(s, k, h)) continue;
    let weight = 0;
    let theirs = 0;
    let stock = 0;
    const words: string[] = [];
    const end = Math.min(s.text.sentences[k]!.t1, h.t1 + 8);
    for (let i = h.t0; i < end; i++) {
      if (i > h.t1 && breakBetween(s.text, i - 1, i)) break;
      const t = s.text.tokens[i]!;
      if (t.s === '' || ATTRIBUTION_WORDS.has(t.w)) continue;
      if (r.c.generic.has(t.s)) {
        if (i >= h.t1) stock++;
        continue;
      }
      if (r.conv.hcpSaid(t.s) !== undefined) {
        theirs++;
        continue;
      }
      words.push(t.w);
      weight += r.conv.repIntroduced(t.s) ? 2 : 1;
    }
    // "You want fewer headache days for the refractory chronic patients": mostly their words, two of the rep's, is a paraphrase.
    // "What you're really after is better outcomes for your patients": nothing of hers, only stock words.
    const hollow = theirs === 0 && weight + stock >= 2 && words.length + stock > 0;
    if ((weight >= 2 && words.length > theirs) || hollow) out.push(...(words.length > 0 ? words : [h.phrase]));
  }
  return out;
}
