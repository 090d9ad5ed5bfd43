// Where a scenario term sits in a rep turn: on word boundaries, by stem, across hyphens, loosely
// for two-word terms ("failed a TNF" for "TNF failure") and as two words for one ("hand out").
import { phraseKey, stem, type TurnWords as TurnText } from '../understand/index.js';

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

interface Stemmed {
  /** ` ${stems} `: a stemmed term is found as a substring. */
  padded: string;
  /** One stem per word of the turn, for the loose match. */
  list: string[];
}

const stemsCache = new WeakMap<TurnText, Stemmed>();
/** The turn as stems, so "combination pills" meets the term "combination pill"; worked out once a turn. */
function stemmed(t: TurnText): Stemmed {
  let s = stemsCache.get(t);
  if (s === undefined) {
    const list = t.words.map(foldStem);
    s = { padded: ` ${list.join(' ')} `, list };
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

/** A one-word term said as two words: "hand out" for "handout", "counter top" for "countertop". */
function splitRange(words: readonly string[], phrase: string): [number, number] | undefined {
  if (phrase.includes(' ')) return undefined;
  for (let i = 0; i + 1 < words.length; i++) if (words[i]! + words[i + 1]! === phrase) return [i, i + 2];
  return undefined;
}

/** The rep's words where a stemmed term sits in the stemmed turn ("readmissions" for "readmission"). */
function stemHit(t: TurnText, phrase: string): string | undefined {
  const parts = phrase.split(' ').map(foldStem);
  if (parts.join('').length < 4) return undefined;
  const { padded, list } = stemmed(t);
  const at = padded.indexOf(` ${parts.join(' ')} `);
  if (at < 0) {
    const range = looseRange(list, parts) ?? splitRange(t.words, phrase);
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
