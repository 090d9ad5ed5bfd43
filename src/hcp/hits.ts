// Which scenario material a rep turn touches, in the rep's own words (the {echo} comes from here).
import type { Scenario } from '../scenario/index.js';
import { analyzeWords, normalize, stem, tokenize, type TurnWords as TurnText } from '../understand/index.js';
import { casedTerm, productName, scenarioVocab } from './material.js';
import { termHits } from './term-match.js';
import { CONVERSATIONAL, GENERIC } from './phrases.js';
import { statementText } from './reading.js';

/** id → the rep's words that hit that item's terms; only items with hits appear. */
export type HitMap = Record<string, string[]>;

export interface TurnHits {
  priorities: HitMap;
  concerns: HitMap;
  facts: HitMap;
  raisedBy: HitMap;
  resolvedBy: HitMap;
  /** The rep's phrase to quote back: a scenario term hit, else a word the HCP just used. */
  echo?: string;
  /** The echo is the HCP's own word picked up: the rep is following up on the last topic. */
  echoesHcp?: boolean;
}

function hitMap<T extends { id: string }>(
  t: TurnText,
  items: readonly T[],
  termsOf: (i: T) => readonly string[],
): HitMap {
  const out: HitMap = {};
  for (const item of items) {
    const hits = termHits(t, termsOf(item));
    if (hits.length > 0) out[item.id] = hits;
  }
  return out;
}

/** The first term hit the rep did not set aside: "the daily shot, more than the insulin itself" is about the shot. */
const firstHit = (raw: string, ...maps: HitMap[]): string | undefined => {
  const text = raw.replace(/[\u2018\u2019]/g, "'");
  for (const m of maps) for (const hits of Object.values(m)) for (const h of hits) if (!setAside(text, h)) return h;
  return undefined;
};

const escapeWords = (term: string): string => term.split(' ').map(escape).join('[^\\p{L}\\p{N}]+');

/** The term follows "than", "not" or "instead of" within two words in `text` (straight quotes): the rep names it to put it aside. */
function setAside(text: string, term: string): boolean {
  const re = new RegExp(`\\b(?:than|not|instead of)\\s+(?:\\S+\\s+){0,2}${escapeWords(term)}(?![\\p{L}\\p{N}])`, 'iu');
  return re.test(text);
}

/** The longest topic word the rep picked up from the HCP: "you said staffing" → "staffing" (never "wanted"). */
function sharedWord(
  t: TurnText,
  recentWords: readonly string[],
  vocab: ReadonlySet<string>,
  product: readonly string[],
): string | undefined {
  const recent = new Set(recentWords);
  const topical = (w: string) =>
    w.length > 4 &&
    recent.has(stem(w)) &&
    vocab.has(stem(w)) &&
    !CONVERSATIONAL.has(stem(w)) &&
    !GENERIC.has(stem(w)) &&
    !product.includes(w);
  // Plain code-unit order, not localeCompare: the same bytes on every machine.
  return t.words.filter(topical).sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rep's words as typed: "LDL goal", not "ldl goal" (issue 14: no lowercased acronym or name). */
export function casedAs(raw: string, words: string): string {
  const parts = words.split(' ').filter(Boolean).map(escape);
  if (parts.length === 0) return words;
  const text = raw.replace(/[\u2018\u2019]/g, "'");
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  if (m === null) return words;
  // "Goal is what…" capitalizes only because a sentence starts there.
  const sentenceStart = /(?:^|[.!?]\s+)$/u.test(text.slice(0, m.index));
  const plainCapital = /^\p{Lu}[\p{Ll}\s'-]*$/u.test(m[0]);
  return sentenceStart && plainCapital ? m[0].charAt(0).toLowerCase() + m[0].slice(1) : m[0];
}

export function findHits(t: TurnText, s: Scenario, recentWords: readonly string[], raw = t.norm): TurnHits {
  const h = s.hcp;
  const hits: TurnHits = {
    priorities: hitMap(t, h.priorities, (p) => p.terms),
    concerns: hitMap(t, h.concerns, (c) => c.terms),
    facts: hitMap(t, s.facts, (f) => f.terms),
    raisedBy: hitMap(t, h.objections, (o) => o.raisedBy),
    resolvedBy: hitMap(t, h.objections, (o) => o.resolvedBy),
  };
  // Objection trigger words are often verbs ("stop using", "try it"): only topic terms are quoted back.
  const term = firstHit(raw, hits.priorities, hits.concerns, hits.facts);
  const shared =
    term === undefined ? sharedWord(t, recentWords, scenarioVocab(s), tokenize(normalize(productName(s)))) : undefined;
  if (term !== undefined) hits.echo = casedTerm(s, casedAs(raw, term));
  else if (shared !== undefined) Object.assign(hits, { echo: casedTerm(s, casedAs(raw, shared)), echoesHcp: true });
  return hits;
}

export const hasAny = (m: HitMap): boolean => Object.keys(m).length > 0;

/**
 * Product facts the rep stated as facts: in a sentence that asks nothing and names the product or a
 * figure. "So you stop their ACE inhibitors. Why?" uses a fact's words but states nothing about the product.
 */
export function statedFacts(text: string, s: Scenario): string[] {
  const product = productName(s).toLowerCase();
  const claims = statementText(text)
    .split(/(?<=[.!?;])\s+/u)
    .filter((x) => /\d/u.test(x) || x.toLowerCase().includes(product));
  const said = claims.join(' ');
  return said === '' ? [] : Object.keys(findHits(analyzeWords(said), s, [], said).facts);
}
