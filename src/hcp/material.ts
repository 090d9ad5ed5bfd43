// Scenario material as the engine reads it: line variants, casing, vocabulary and slots (term hits: term-match.ts).
import type { Line, Priority, Scenario } from '../scenario/index.js';
import { contentWords, normalize, tokenize } from '../understand/index.js';
import { DOMAIN_WORDS } from './phrases.js';

export type Depth = 'closed' | 'guarded' | 'neutral' | 'open';

export interface Variant {
  id: string;
  text: string;
}

/** Variants in the order a depth prefers; a warm HCP never falls back to the curt one, nor a curt HCP to the warm one. */
const ORDER: Record<Depth, ('closed' | 'neutral' | 'open')[]> = {
  closed: ['closed', 'neutral'],
  guarded: ['neutral', 'closed'],
  neutral: ['neutral', 'open'],
  open: ['open', 'neutral'],
};

/** A line's variants that fit `depth`, best first; ids let the HCP take the next unused one. */
export function lineVariants(line: Line | undefined, id: string, depth: Depth): Variant[] {
  if (line === undefined) return [];
  if (typeof line === 'string') return [{ id, text: line }];
  const out: Variant[] = [];
  for (const k of ORDER[depth]) {
    const text = line[k];
    if (text !== undefined) out.push({ id: `${id}:${k}`, text });
  }
  return out;
}

/** A priority's best slot word: its first multi-word term reads better in a frame ("blood pressure control"). */
export function priorityPhrase(p: Priority): string {
  return p.terms.find((t) => t.trim().includes(' ')) ?? p.terms[0] ?? p.id.replace(/-/g, ' ');
}

const casingCache = new WeakMap<Scenario, Map<string, string>>();

/** Words the scenario writes with capitals anywhere but a sentence start: "LDL", "post-MI", "Medicare". */
function scenarioCasing(s: Scenario): Map<string, string> {
  let map = casingCache.get(s);
  if (map) return map;
  map = new Map();
  const h = s.hcp;
  const lines = (l: Line | undefined) =>
    l === undefined
      ? []
      : typeof l === 'string'
        ? [l]
        : Object.values(l).filter((x): x is string => typeof x === 'string');
  const texts = [
    s.summary,
    s.openingScene,
    s.product.description,
    ...s.keyMessages,
    h.openingLine,
    ...h.priorities.flatMap((p) => [p.text, ...lines(p.detail)]),
    ...h.concerns.flatMap((c) => [c.text, ...lines(c.detail)]),
  ];
  for (const text of texts) {
    for (const m of text.matchAll(/(?<=[^.!?]\s)[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu)) {
      const w = m[0];
      if (w !== w.toLowerCase()) map.set(w.toLowerCase(), w);
    }
  }
  casingCache.set(s, map);
  return map;
}

/** A scenario term as the scenario's prose writes it: "ldl goal" → "LDL goal" (terms are typed lowercase). */
export function casedTerm(s: Scenario, term: string): string {
  const map = scenarioCasing(s);
  return term.replace(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu, (w) => map.get(w.toLowerCase()) ?? w);
}

/** "Normavyn (fictional)" -> "Normavyn". */
export const productName = (s: Scenario): string =>
  s.product.name.replace(/\s*\(.*?\)\s*/g, ' ').trim() || s.product.name;

const vocabCache = new WeakMap<Scenario, Set<string>>();

/** Content-word stems of the scenario's terms, material and product: the test for "off topic". */
export function scenarioVocab(s: Scenario): Set<string> {
  const hit = vocabCache.get(s);
  if (hit) return hit;
  const texts: string[] = [
    s.therapeuticArea,
    s.specialty,
    s.product.name,
    s.product.description,
    ...s.keyMessages,
    ...DOMAIN_WORDS,
  ];
  const h = s.hcp;
  for (const p of [...h.priorities, ...h.concerns]) texts.push(p.text, ...p.terms);
  for (const o of h.objections) texts.push(...o.raisedBy, ...o.resolvedBy, lineText(o.text));
  for (const f of s.facts) texts.push(f.text, ...f.terms);
  const vocab = contentWords(tokenize(normalize(texts.join(' '))));
  vocabCache.set(s, vocab);
  return vocab;
}

export const lineText = (line: Line): string => (typeof line === 'string' ? line : line.neutral);

/** Most words of a lead-in that says nothing alone ("I'll be straight.", "Look, honestly."). */
const LEAD_IN_WORDS = 3;

/** First sentence of a text: a closed HCP says one short sentence; a lead-in ("I'll be straight.") takes the next one with it. */
export function firstSentence(text: string): string {
  const t = text.trim();
  const m = /^.*?[.!?](?=\s|$)/su.exec(t);
  if (!m) return t;
  const first = m[0];
  if (
    first.split(/\s+/u).length > LEAD_IN_WORDS ||
    !/^(?:i'll be|let me be|to be|look|listen|honestly|frankly)\b/iu.test(first)
  )
    return first.trim();
  const next = /^.*?[.!?](?=\s|$)/su.exec(t.slice(first.length).trimStart());
  return next ? `${first} ${next[0]}`.trim() : first.trim();
}

/** Fill {echo}/{term}/{product} slots; undefined when a slot has no value, so the frame is skipped. */
export function fill(frame: string, slots: Readonly<Record<string, string | undefined>>): string | undefined {
  let missing = false;
  const out = frame.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = slots[name];
    if (v === undefined || v === '') missing = true;
    return v ?? '';
  });
  return missing ? undefined : out.replace(/\s+/g, ' ').trim();
}
