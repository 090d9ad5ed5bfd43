// Scenario material as the engine reads it: term hits on word boundaries, line variants, vocabulary.
import type { Line, Priority, Scenario } from '../scenario/index.js';
import { contentWords, normalize, phraseKey, stem, tokenize, type TurnWords as TurnText } from '../understand/index.js';
import { DOMAIN_WORDS } from './phrases.js';

export type Depth = 'closed' | 'guarded' | 'neutral' | 'open';

const keys = new Map<string, string>();
const keyOf = (term: string): string => {
  let k = keys.get(term);
  if (k === undefined) {
    k = phraseKey(term);
    keys.set(term, k);
  }
  return k;
};

/** Folding a final double letter makes "pill", "pills" and "pil" one key, whichever way the stemmer cuts. */
const foldStem = (word: string): string => stem(word).replace(/(.)\1$/u, '$1');

const stemsCache = new WeakMap<TurnText, string>();
/** The turn as padded stems, so "combination pills" meets the term "combination pill". */
function stemmed(t: TurnText): string {
  let s = stemsCache.get(t);
  if (s === undefined) {
    s = ` ${t.words.map(foldStem).join(' ')} `;
    stemsCache.set(t, s);
  }
  return s;
}

/** Two stems name one thing: equal, or one a longer form of the other ("fail" ~ "failur"). */
const sameStem = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/**
 * Where a two-word term sits loosely: its words one small word apart ("failed a TNF" for "failed TNF")
 * or swapped nearby in another form ("failed a TNF" for "TNF failure"). Returns the token range.
 */
function looseRange(stems: readonly string[], parts: readonly string[]): [number, number] | undefined {
  if (parts.length !== 2) return undefined;
  const [a, b] = parts as [string, string];
  for (let i = 0; i < stems.length; i++) {
    for (let j = i + 1; j <= i + 3 && j < stems.length; j++) {
      if (sameStem(stems[i]!, a) && sameStem(stems[j]!, b) && j - i <= 2) return [i, j + 1];
      // Swapped only with a change of form ("TNF failure" ~ "failed a TNF"), never "pressure on blood".
      const reformed = stems[i] !== b || stems[j] !== a;
      if (reformed && sameStem(stems[i]!, b) && sameStem(stems[j]!, a)) return [i, j + 1];
    }
  }
  return undefined;
}

/** The rep's words where a stemmed term sits in the stemmed turn ("readmissions" for "readmission"). */
function stemHit(t: TurnText, phrase: string): string | undefined {
  const parts = phrase.split(' ').map(foldStem);
  if (parts.join('').length < 4) return undefined;
  const padded = stemmed(t);
  const at = padded.indexOf(` ${parts.join(' ')} `);
  if (at < 0) {
    const range = looseRange(padded.trim().split(' '), parts);
    return range === undefined ? undefined : t.words.slice(range[0], range[1]).join(' ');
  }
  const start = padded
    .slice(0, at + 1)
    .trim()
    .split(' ')
    .filter(Boolean).length;
  return t.words.slice(start, start + parts.length).join(' ');
}

/** The rep's own words that hit `terms`: whole phrases on word boundaries, else the same stems in order. */
export function termHits(t: TurnText, terms: readonly string[]): string[] {
  const out: string[] = [];
  for (const term of terms) {
    const key = keyOf(term);
    const phrase = key.trim();
    if (phrase === '') continue;
    // "buy-and-bill" is the term "buy and bill", and "once weekly" the term "once-weekly".
    const joined = phrase.includes(' ') ? phrase.replace(/ /gu, '-') : undefined;
    const split = phrase.includes('-') ? phrase.replace(/-/gu, ' ') : undefined;
    const hit = t.padded.includes(key)
      ? phrase
      : joined !== undefined && t.padded.includes(` ${joined} `)
        ? joined
        : split !== undefined && t.padded.includes(` ${split} `)
          ? split
          : stemHit(t, phrase);
    if (hit !== undefined) out.push(hit);
  }
  return out;
}

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

/** First sentence of a text: a closed HCP says one short sentence. */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/su.exec(text.trim());
  return (m ? m[0] : text).trim();
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
