// One turn as the reader sees it: its text read once, its phrase hits, and evidence helpers.
import type { Speaker } from '../types.js';
import type { CopyIds } from './copying.js';
import type { CompiledLexicon, HcpList, RepList } from './lexicon.js';
import type { Hits, PhraseHit } from './phrases.js';
import { cutQuote, shortQuote } from './quote.js';
import { readText, type TurnText } from './text.js';
import type { ActEvidence } from './types.js';

export interface Said {
  i: number;
  speaker: Speaker;
  text: TurnText;
  hits: Hits;
  /** Number of words. */
  words: number;
  /** Content stems, minus the generic words of any call. */
  content: Set<string>;
  /** Each sentence's content stems, worked out when first asked for (many detectors ask). */
  sentenceStems: (ReadonlySet<string> | undefined)[];
  /** Word ids and n-grams for copy checks, made when first asked for (see copying.ts). */
  copy: CopyIds | undefined;
  /** Whether each token sits inside a quotation, worked out when first asked for (see quoted-speech.ts). */
  quoted?: boolean[];
  /** Sentences answering the rep's ask for a problem, worked out when first asked for (see hcp-problem-answer.ts). */
  answers?: readonly number[];
  /** Sentences stating a need, worked out when first asked for (see hcp-acts.ts). */
  needs?: readonly number[];
}

/** Longer turns are read only this far: no real turn is longer, and reading stays linear. */
export const MAX_READ_CHARS = 20_000;

export function readSaid(i: number, speaker: Speaker, raw: string, c: CompiledLexicon): Said {
  const text = readText(raw.length > MAX_READ_CHARS ? raw.slice(0, MAX_READ_CHARS) : raw);
  const content = new Set<string>();
  for (const s of text.stems) if (!c.generic.has(s)) content.add(s);
  const hits = c.index.scan(text);
  return { i, speaker, text, hits, words: text.tokens.length, content, sentenceStems: [], copy: undefined };
}

/** Index keys made once per list name: building "rep." + list on every lookup cost more than the lookup. */
const REP_KEYS = new Map<string, string>();
const HCP_KEYS = new Map<string, string>();
function keyOf(keys: Map<string, string>, side: string, list: string): string {
  let key = keys.get(list);
  if (key === undefined) keys.set(list, (key = `${side}.${list}`));
  return key;
}

export const repHits = (s: Said, list: RepList): readonly PhraseHit[] => s.hits.all(keyOf(REP_KEYS, 'rep', list));
export const hcpHits = (s: Said, list: HcpList): readonly PhraseHit[] => s.hits.all(keyOf(HCP_KEYS, 'hcp', list));
export const hasRep = (s: Said, list: RepList): boolean => s.hits.has(keyOf(REP_KEYS, 'rep', list));
export const hasHcp = (s: Said, list: HcpList): boolean => s.hits.has(keyOf(HCP_KEYS, 'hcp', list));

/** Hits of a list inside sentence k. */
export function hitsIn(s: Said, key: string, k: number): readonly PhraseHit[] {
  const sent = s.text.sentences[k]!;
  return s.hits.within(key, sent.t0, sent.t1);
}

/** The first hit of a list inside sentence k, with no array made (detectors ask hundreds of times a turn). */
export function firstIn(s: Said, key: string, k: number): PhraseHit | undefined {
  const sent = s.text.sentences[k]!;
  return s.hits.firstWithin(key, sent.t0, sent.t1);
}

/** Whether any of the lists has a hit starting in tokens [t0, t1) ("is there product talk in this clause?"). */
export const hitsAnyWithin = (s: Said, keys: readonly string[], t0: number, t1: number): boolean =>
  keys.some((key) => s.hits.firstWithin(key, t0, t1) !== undefined);

/** Whether sentence k has a hit of the list. */
export const hasIn = (s: Said, key: string, k: number): boolean => firstIn(s, key, k) !== undefined;

/** Whether a question of s (a sentence asked) has a hit of list `key`: "Is it on the Medicaid list?". */
export const askedIn = (s: Said, key: string): boolean => s.text.sentences.some((x, k) => x.q && hasIn(s, key, k));

/** Hit x lies inside a hit of another list ("great" in "great talking with you", "shortage" in "no shortage of"). */
export const insideHit = (s: Said, key: string, x: { t0: number; t1: number }): boolean =>
  hitsIn(s, key, s.text.tokens[x.t0]!.sent).some((h) => h.t0 <= x.t0 && h.t1 >= x.t1);

/** Evidence for tokens [t0, t1): the span, and a quote of its sentence (the phrase alone reads badly). */
export function spanEvidence(s: Said, t0: number, t1: number, why: string): ActEvidence {
  const { tokens, sentences } = s.text;
  const first = tokens[t0];
  if (first === undefined) return wholeEvidence(s, why);
  const last = tokens[Math.max(t0, t1 - 1)]!;
  const sent = sentences[first.sent]!;
  return {
    start: first.start,
    end: last.end,
    quote: quoteOf(s.text, first.start === sent.start ? first.start : sent.start, sent.end),
    why,
  };
}

export function sentenceEvidence(s: Said, k: number, why: string): ActEvidence {
  const sent = s.text.sentences[k];
  if (sent === undefined) return wholeEvidence(s, why);
  return { start: sent.start, end: sent.end, quote: quoteOf(s.text, sent.start, sent.end), why };
}

export function hitEvidence(s: Said, h: PhraseHit, why: string): ActEvidence {
  return spanEvidence(s, h.t0, h.t1, withPhrase(why, h.phrase));
}

/** why.replace('{phrase}', phrase), spliced by hand when the phrase has no `$` pattern: replace cost more than the quote. */
function withPhrase(why: string, phrase: string): string {
  const at = why.indexOf('{phrase}');
  if (at < 0) return why;
  if (phrase.includes('$')) return why.replace('{phrase}', phrase);
  return why.slice(0, at) + phrase + why.slice(at + '{phrase}'.length);
}

export function wholeEvidence(s: Said, why: string): ActEvidence {
  return { start: 0, end: s.text.raw.length, quote: quoteOf(s.text, 0, s.text.raw.length), why };
}

/** shortQuote of raw[start, end); a turn read as single-spaced needs no spacing check per quote. */
function quoteOf(t: TurnText, start: number, end: number): string {
  const text = t.raw.slice(start, end);
  return t.loose ? shortQuote(text, 100) : cutQuote(text.trim(), 100);
}

/** Words a clipped reply can end on ("Sure it is.", "Oh, they are."), standing for what was said before. */
const CLIPPED_ENDS = new Set(['is', "it's", 'are', "they're", 'does', 'do', 'was', 'were']);

/**
 * The phrase is said as it stands: no negation right before it ("I'm not sure it's worth it" is no "Sure it
 * is."), and a phrase that ends clipped ("sure it is") ends its sentence ("Sure, it's a struggle." grants it).
 */
export function saidOutright(s: Said, x: PhraseHit): boolean {
  const { tokens } = s.text;
  const first = tokens[x.t0]!;
  const before = tokens[x.t0 - 1];
  if (before !== undefined && before.sent === first.sent && before.info.neg) return false;
  const last = tokens[x.t1 - 1];
  const next = tokens[x.t1];
  return last === undefined || !CLIPPED_ENDS.has(last.w) || next === undefined || next.sent !== last.sent;
}

/** Sentence k, or the one after it, frames what it says as her view read back ("…, did I get that right?"). */
export const playsBack = (s: Said, k: number): boolean =>
  hasIn(s, 'rep.paraphraseFrames', k) || (k + 1 < s.text.sentences.length && hasIn(s, 'rep.paraphraseFrames', k + 1));

/** Sentence indexes of a turn. */
export const sentencesOf = (s: Said): number[] => s.text.sentences.map((_, k) => k);

/** Content stems of sentence k, minus generic words. */
export function sentenceContent(s: Said, k: number): ReadonlySet<string> {
  let out = s.sentenceStems[k];
  if (out !== undefined) return out;
  const sent = s.text.sentences[k]!;
  const found = new Set<string>();
  for (let i = sent.t0; i < sent.t1; i++) {
    const st = s.text.tokens[i]!.s;
    if (st !== '' && s.content.has(st)) found.add(st);
  }
  s.sentenceStems[k] = out = found;
  return out;
}

/** Whether a word of tokens [from, to) is in the set (a loop, not a sliced copy of the tokens). */
export function wordIn(s: Said, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(s.text.tokens[i]!.w)) return true;
  return false;
}

/** Whether a word of sentence k is in the set. */
export const sentenceHasWord = (s: Said, k: number, words: ReadonlySet<string>): boolean =>
  wordIn(s, s.text.sentences[k]!.t0, s.text.sentences[k]!.t1, words);

/** Whether the two sets share a word. */
export function sharesWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/** Whether two hits (or token spans) start in one sentence. */
export const sameSentence = (s: Said, a: { t0: number }, b: { t0: number }): boolean =>
  s.text.tokens[a.t0]!.sent === s.text.tokens[b.t0]!.sent;

/** Whether the evidence span overlaps sentence k: the act was read in it. */
export function overlapsSentence(s: Said, k: number, ev: { start: number; end: number }): boolean {
  const sent = s.text.sentences[k]!;
  return sent.start < ev.end && sent.end > ev.start;
}

/** Number of words in sentence k. */
export const sentenceWords = (s: Said, k: number): number => s.text.sentences[k]!.t1 - s.text.sentences[k]!.t0;
