// How a rep says they mean to do something, in any words: a first-person intent ("I was really hoping
// to…", or typed in a hurry with the "I" unsaid: "wanted to…"), an intent to learn or to pitch, and a plan
// named as the call's ("My focus today is…"). rep-purpose.ts decides what the purpose is built around.
import type { PhraseHit } from './phrases.js';
import { repHits, sameSentence, type Said } from './said.js';
import { colonBefore } from './text-clauses.js';

/** Words between an intent and what the rep means to learn ("I want to use them to learn about your patients"). */
export const LEARN_REACH = 4;

/** Intents that, opening a clause with no subject, can only be the rep's ("Wanted to…", "Hoping to…"). */
const UNSAID_I = new Set([
  'wanted',
  'hoping',
  'hope',
  'came',
  'here',
  'stopped',
  'dropped',
  'popped',
  'swung',
  'trying',
]);
const MODALS = new Set(['could', 'can', 'will', 'would', 'might', 'may']);

/** A modal just before the hit with someone other than the rep as its subject ("our MSL could…"). */
export function othersWill(s: Said, h: PhraseHit): boolean {
  const { tokens } = s.text;
  for (let i = h.t0 - 1; i >= Math.max(0, h.t0 - 3) && tokens[i]!.sent === tokens[h.t0]!.sent; i--)
    if (MODALS.has(tokens[i]!.w)) return i > 0 && s.hits.at('rep.intentSubjects', i - 1) === undefined;
  return false;
}

/** Words that may sit between a plan's name and its verb ("My focus today is…", "The plan for today was to…"). */
const PLAN_GAP = new Set([
  'today',
  'here',
  'for',
  'this',
  'visit',
  'morning',
  'afternoon',
  'really',
  'honestly',
  'had',
]);
const IS = new Set(['is', 'was', "'s", 'been']);

/** "I was really hoping to…", "we'd love to…": an intent with the rep (or rep and HCP) as its subject. */
export function intent(s: Said): PhraseHit | undefined {
  for (const h of repHits(s, 'intents')) {
    const sent = s.text.tokens[h.t0]!.sent;
    // "Could we plan to start two patients?" asks for a step; a purpose is stated.
    if (s.text.sentences[sent]!.q) continue;
    // "Wanted to walk through Clotivex", "just hoping to hear…": typed or said in a hurry, the "I" goes unsaid.
    let i = h.t0 - 1;
    for (let gap = 0; i >= 0 && gap <= 2 && s.text.tokens[i]!.sent === sent; i--, gap++) {
      if (s.hits.at('rep.intentSubjects', i) !== undefined) return { ...h, t0: i };
      if (s.hits.at('rep.intentFillers', i) === undefined) break;
    }
    const opens = i < 0 || s.text.tokens[i]!.sent !== sent || s.text.tokens[i + 1]!.breakBefore;
    if (opens && UNSAID_I.has(s.text.tokens[h.t0]!.w)) return { ...h, t0: i + 1 };
  }
  return undefined;
}

/** An intent to learn, ask or hear ("I'd rather spend them hearing about your patients"). */
export function learningIntent(s: Said): PhraseHit | undefined {
  const h = intent(s);
  if (h === undefined) return undefined;
  return repHits(s, 'learnVerbs').some((v) => v.t0 >= h.t1 && v.t0 <= h.t1 + LEARN_REACH && sameSentence(s, h, v))
    ? h
    : undefined;
}

/** An intent to tell about the product ("I only wanted to tell you that…"): why the rep came, whatever she raised first. */
export function pitchingIntent(s: Said): PhraseHit | undefined {
  const h = intent(s);
  if (h === undefined) return undefined;
  return repHits(s, 'pitchVerbs').some((v) => v.t0 >= h.t1 && v.t0 <= h.t1 + 1) ? h : undefined;
}

/** "My focus is your type 2 patients…", "The plan was to go over…": a plan named as this call's. */
export function planNamed(s: Said): PhraseHit | undefined {
  for (const h of repHits(s, 'planNouns')) {
    const { tokens } = s.text;
    let i = h.t1;
    while (i < h.t1 + 3 && PLAN_GAP.has(tokens[i]?.w ?? '')) i++;
    // "My hope for the next ten minutes or so: …": the time the plan is for, before what it is.
    if (tokens[i - 1]?.w === 'for' && i - 1 >= h.t1) i = pastTimeFrame(s, i - 1, i);
    // "my plan, if you're agreeable, is to…": an aside between commas.
    if (tokens[i]?.breakBefore) i = afterAside(s, i);
    // "My plan, if you're okay with it: ten minutes…", "What I'd like today: …": a colon names the plan as well as "is".
    const colon = i > h.t1 - 1 && tokens[i]?.breakBefore === true && colonBefore(s.text, i);
    if ((!IS.has(tokens[i]?.w ?? '') && !colon) || tokens[i]!.sent !== tokens[h.t0]!.sent) continue;
    // "The plan is Medicare Advantage" names an insurance plan: only "my …" stands without "to".
    const mine = tokens[h.t0]!.w === 'my' || tokens[h.t0]!.w === 'our' || tokens[h.t0]!.w === 'what';
    if (colon && mine) return { ...h, t1: i };
    if (mine || tokens[i + 1]?.w === 'to') return { ...h, t1: i + 1 };
  }
  return undefined;
}

/** Most words of a time frame after the plan ("for the next ten minutes or so"). */
const FRAME_WORDS = 7;

/** The "is" or colon that ends a time frame opening at token i ("for the next ten minutes or so:"), or `none`. */
function pastTimeFrame(s: Said, i: number, none: number): number {
  const { tokens } = s.text;
  for (let j = i + 1; j <= i + FRAME_WORDS && tokens[j]?.sent === tokens[i]!.sent; j++) {
    if (IS.has(tokens[j]!.w)) return j;
    if (tokens[j]!.breakBefore) return colonBefore(s.text, j) ? j : none;
  }
  return none;
}

/** Most words of an aside between commas ("if you're agreeable"). */
const ASIDE_WORDS = 5;

/** The token after an aside that starts at i and closes with a break within a few words, or i if none does. */
function afterAside(s: Said, i: number): number {
  const { tokens } = s.text;
  for (let j = i + 1; j <= i + ASIDE_WORDS && tokens[j]?.sent === tokens[i]!.sent; j++)
    if (tokens[j]!.breakBefore) return j;
  return i;
}
