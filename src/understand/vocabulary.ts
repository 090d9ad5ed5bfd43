// What each distinct word is, worked out once: its content stem, whether it is a number or a
// negation, and a small id for comparing runs of words. A turn looks each word up here once.
import { contentStem, isDigitCode, NUMBER_WORDS } from './stem.js';

export interface WordInfo {
  /** Content stem, or '' for stop words, numbers and very short words. */
  s: string;
  num: boolean;
  /** Denies what follows ("not", "won't"). */
  neg: boolean;
  /** Same for words copying treats alike ("my" ~ "your"); valid within one `generation`. */
  id: number;
  /** The word's code in a phrase index and the trie node after it as a first word (-1: none), cached by that index (see phrases.ts). */
  phraseOwner?: object;
  phraseCode?: number;
  phraseStart?: number;
}

/** Words that deny what follows them. */
const NEGATORS = new Set(
  "not no never nothing none neither nor without hardly barely isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't cannot couldn't shouldn't haven't hasn't hadn't ain't nobody".split(
    ' ',
  ),
);

/** Pronouns a rep swaps when saying the HCP's words back: "most of mine are" ~ "most of your patients are". */
const PERSON: ReadonlyMap<string, string> = new Map(
  Object.entries({
    i: 'P',
    you: 'P',
    me: 'P',
    we: 'P',
    us: 'P',
    my: 'Q',
    your: 'Q',
    our: 'Q',
    mine: 'R',
    yours: 'R',
    ours: 'R',
    "i'm": 'PB',
    "you're": 'PB',
    "we're": 'PB',
    "i'll": 'PW',
    "you'll": 'PW',
    "we'll": 'PW',
    "i've": 'PH',
    "you've": 'PH',
    "we've": 'PH',
    "i'd": 'PD',
    "you'd": 'PD',
    "we'd": 'PD',
    am: 'B',
    are: 'B',
  }),
);

/** Per-word facts are pure and a conversation's vocabulary is small: remember them, bounded. */
const WORDS = new Map<string, WordInfo>();
const IDS = new Map<string, number>();
const MAX_WORDS = 50_000;
/** Ids stay below this, so three of them make one exact number (see copying.ts). */
export const MAX_ID = 1 << 17;

/** Bumped when the table is emptied: ids of two generations are not comparable. */
let generation = 0;
export const currentGeneration = (): number => generation;

/**
 * Empties a full table. Called only before a turn is read, so no comparison mixes two generations;
 * comparisons may add up to a few turns' words past the bound, which MAX_ID leaves room for.
 */
export function makeRoom(): void {
  if (WORDS.size < MAX_WORDS) return;
  WORDS.clear();
  IDS.clear();
  generation++;
}

export function wordInfo(w: string): WordInfo {
  let info = WORDS.get(w);
  if (info === undefined) {
    const key = PERSON.get(w) ?? w;
    let id = IDS.get(key);
    if (id === undefined) IDS.set(key, (id = IDS.size + 1));
    info = {
      s: contentStem(w),
      num: isDigitCode(w.charCodeAt(0)) || NUMBER_WORDS.has(w),
      neg: NEGATORS.has(w) || w.endsWith("n't"),
      id,
    };
    WORDS.set(w, info);
  }
  return info;
}
