// Reads one rep turn into acts (HCP.md "Rep turn acts"): pure, several acts per turn, rp-1 phrase lists.
import type { Scenario } from '../scenario/schema.js';
import { contentWords, normalize, overlap, phraseKey, tokenize, type TurnText } from '../scoring/text.js';
import { hasAny, type TurnHits } from './hits.js';
import { productName, scenarioVocab } from './material.js';
import { CONVERSATIONAL, lists, match, params } from './phrases.js';
import type { RepAct } from './types.js';

export interface ActContext {
  scenario: Scenario;
  /** Content words of the HCP's last two replies. */
  recentWords: readonly string[];
  /** Content words of the HCP's last reply. */
  lastReplyWords: readonly string[];
  /** The HCP's last reply gave a time signal. */
  timeCuePending: boolean;
  /** Words in the rep's previous turn (0 before the first). */
  lastRepWords: number;
}

export type QuestionKind = 'open' | 'closed' | undefined;

const keysOf = (phrases: readonly string[]) => phrases.map(phraseKey).filter((k) => k.trim() !== '');
const OPEN_STARTS = keysOf(lists.openStarters);
const CLAUSE_STARTS = keysOf(lists.clauseStarts);
const OPEN_PHRASES = keysOf(lists.openPhrases);
const LEAD_INS = keysOf(lists.leadIns).sort((a, b) => b.length - a.length);

/** Words after lead-ins ("so", "I'm curious", "doctor"), padded for prefix tests. */
function afterLeadIns(clause: string): string {
  let padded = ` ${tokenize(clause).join(' ')} `;
  for (let n = 0; n < 4; n++) {
    const lead = LEAD_INS.find((k) => padded.startsWith(k));
    if (lead === undefined) break;
    padded = ` ${padded.slice(lead.length)}`;
  }
  return padded;
}

/** Mirrors the scorer: a sentence asks if it has "?" or a clause starts like a question; open if a clause starts with how/what/why/tell me. */
export function questionKind(norm: string): QuestionKind {
  let asked = false;
  for (const sentence of norm.split(/(?<=[.!?])(?=\s|$)/u)) {
    let asks = sentence.includes('?');
    let open = false;
    for (const clause of sentence.split(/[,;:]| - /u)) {
      const p = afterLeadIns(clause);
      if (CLAUSE_STARTS.some((k) => p.startsWith(k))) asks = true;
      if (OPEN_STARTS.some((k) => p.startsWith(k))) open = true;
    }
    if (asks && !open) {
      const padded = ` ${tokenize(sentence).join(' ')} `;
      open = OPEN_PHRASES.some((k) => padded.includes(k));
    }
    if (asks && open) return 'open';
    asked ||= asks;
  }
  return asked ? 'closed' : undefined;
}

const BULLET = /^\s*(?:[-*•●▪‣◦]|\d+[.)])\s+/gmu;

/** rp-1's rule: long, list-like, and no link back to the customer. */
function isFeatureDump(raw: string, t: TurnText, hits: TurnHits): boolean {
  if (raw.length <= params.featureDumpMinChars) return false;
  const commas = raw.split(',').length - 1;
  const bullets = raw.includes('\n') ? (raw.match(BULLET)?.length ?? 0) : 0;
  const listy = commas >= params.featureDumpMinCommas || bullets >= params.featureDumpMinBullets;
  return listy && match.customerLink(t) === undefined && !hasAny(hits.priorities);
}

/** A playback marker about what the HCP said or cares about, or a statement mostly in the HCP's words. */
function isParaphrase(t: TurnText, q: QuestionKind, hits: TurnHits, ctx: ActContext): boolean {
  const recent = new Set(ctx.recentWords);
  const sharesWord = [...t.content].some((w) => recent.has(w));
  if (match.paraphrase(t) && (sharesWord || hasAny(hits.priorities))) return true;
  // Without a marker, a statement mostly in the HCP's topic words (not "makes sense", not the product name).
  const product = new Set(contentWords(tokenize(normalize(productName(ctx.scenario)))));
  const words = new Set([...t.content].filter((w) => !CONVERSATIONAL.has(w) && !product.has(w)));
  const last = new Set(ctx.lastReplyWords);
  const shared = [...words].filter((w) => last.has(w)).length;
  return q === undefined && words.size >= params.minContentWordsToParaphrase && shared >= 2 && overlap(words, last) >= params.paraphraseOverlap;
}

/** Share of a turn's content words that may be on topic and still call it off topic (one stray word in six). */
const OFF_TOPIC_SHARE = 0.2;

/** Enough topic words to judge, no scenario term or product name, and almost nothing the scenario or the HCP talks about. */
function isOffTopic(t: TurnText, hits: TurnHits, ctx: ActContext): boolean {
  const words = [...t.content].filter((w) => !CONVERSATIONAL.has(w));
  if (words.length < params.minContentWordsForJump || hits.echo !== undefined) return false;
  if (t.padded.includes(phraseKey(productName(ctx.scenario)))) return false;
  const vocab = scenarioVocab(ctx.scenario);
  const recent = new Set(ctx.recentWords);
  const onTopic = words.filter((w) => vocab.has(w) || recent.has(w)).length;
  return onTopic / words.length < OFF_TOPIC_SHARE;
}

/** A turn this short is brief whatever came before it. */
const BRIEF_WORDS = 12;

/** After a time signal the rep should get shorter or offer to come back (SCORING.md time_management). */
function ignoresTimeCue(t: TurnText, ctx: ActContext): boolean {
  if (!ctx.timeCuePending || match.timeRespect(t) || match.nextStep(t)) return false;
  const limit = ctx.lastRepWords > 0 ? Math.max(BRIEF_WORDS, ctx.lastRepWords * params.shorterTurnRatio) : params.shortTurnWords;
  return t.words.length > limit;
}

/** Every act the turn shows, in the order of the RepAct type. */
export function classifyTurn(raw: string, t: TurnText, hits: TurnHits, ctx: ActContext): { acts: RepAct[]; question: QuestionKind } {
  const question = questionKind(t.norm);
  const dump = isFeatureDump(raw, t, hits);
  const ack = match.acknowledgment(t) !== undefined;
  const flags: [RepAct, boolean][] = [
    ['open-question', question === 'open'],
    ['closed-question', question === 'closed'],
    ['paraphrase', isParaphrase(t, question, hits, ctx)],
    ['acknowledgment', ack],
    ['priority-link', !dump && hasAny(hits.priorities)],
    ['feature-dump', dump],
    ['commitment-request', match.commitmentRequest(t) !== undefined && match.nextStep(t) !== undefined],
    ['ignored-time-cue', ignoresTimeCue(t, ctx)],
    ['off-topic', isOffTopic(t, hits, ctx)],
    ['rebuttal', !ack && match.rebuttal(t) !== undefined],
  ];
  return { acts: flags.filter(([, on]) => on).map(([act]) => act), question };
}
