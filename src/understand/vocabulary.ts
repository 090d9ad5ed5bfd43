// What each distinct word is, worked out once: its content stem, whether it is a number or a
// negation, and a small id for comparing runs of words. A turn looks each word up here once.
import { standardWord, TYPED_IN_CONTEXT } from './typed-forms.js';
import { ASIDE_OPENERS } from './asides.js';
import { contentStem, isDigitCode, isNumberWord } from './stem.js';

export interface WordInfo {
  /** The word, in American spelling (spelling.ts): every token of it shares this one string. */
  w: string;
  /** The word as written, which finds it in the table. */
  spelled: string;
  /** Content stem, or '' for stop words, numbers and very short words. */
  s: string;
  num: boolean;
  /** Denies what follows ("not", "won't"). */
  neg: boolean;
  /** A sound, not a word ("um", "uh"): speech transcribed as said carries them anywhere. */
  sound: boolean;
  /** A typed form that is a word too ("ill", "its"), read from its neighbours (typed-context.ts). */
  typed: boolean;
  /** A word a spoken aside may open on ("you know", "look,"): see asides.ts. */
  aside: boolean;
  /** Same for words copying treats alike ("my" ~ "your"); valid within one `generation`. */
  id: number;
  /** The word's code in a phrase index and the trie node after it as a first word (-1: none), cached by that index (see phrases.ts). */
  phraseOwner: object | undefined;
  phraseCode: number;
  phraseStart: number;
  /** For a word ending in "'s" ("patient's"), the code of the word without it, or 0 (see phrases.ts). */
  phraseBare: number;
}

/** Words that deny what follows them. */
const NEGATORS = new Set(
  "not no never nothing none neither nor without hardly barely isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't cannot couldn't shouldn't haven't hasn't hadn't ain't nobody".split(
    ' ',
  ),
);

/** Hesitation sounds; "hmm" and "mm" stay words: an HCP's "Hmm." says something. */
const SOUNDS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ehm']);

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

/**
 * Per-word facts are pure and a conversation's vocabulary is small: remember them, bounded. The table
 * is open-addressed by a hash of the word's characters, so a turn finds a word's facts straight from
 * its text: cutting each word out and hashing the copy in a Map cost half of reading a turn. It is
 * kept at most half full, and no larger: a small table stays in cache.
 */
let slotInfo = emptySlots(4096);
/** The hash of the word in each slot: a cheap first check before comparing characters. */
let slotHash = new Int32Array(4096);
let words = 0;
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
  if (words < MAX_WORDS) return;
  slotInfo = emptySlots(4096);
  slotHash = new Int32Array(4096);
  words = 0;
  IDS.clear();
  generation++;
}

/** FNV-1a over the characters [i, end) of text (seeded with an int32, so the loop stays on integers). */
function hashOf(text: string, i: number, end: number): number {
  let h = -2128831035;
  for (let j = i; j < end; j++) h = Math.imul(h ^ text.charCodeAt(j), 16777619);
  return h;
}

/** The facts of the word text[i, end), which is written as the word's normalized form (lowercase, straight apostrophes). */
export function spanInfo(text: string, i: number, end: number): WordInfo {
  const h = hashOf(text, i, end);
  const mask = slotInfo.length - 1;
  let slot = (h ^ (h >>> 15)) & mask;
  for (let info = slotInfo[slot]; info !== undefined; info = slotInfo[slot]) {
    if (slotHash[slot] === h && info.spelled.length === end - i && text.startsWith(info.spelled, i)) return info;
    slot = (slot + 1) & mask;
  }
  const info = newInfo(i === 0 && end === text.length ? text : text.slice(i, end));
  slotInfo[slot] = info;
  slotHash[slot] = h;
  if (++words * 2 > slotInfo.length) grow();
  return info;
}

function emptySlots(size: number): (WordInfo | undefined)[] {
  return new Array<WordInfo | undefined>(size).fill(undefined);
}

function grow(): void {
  const [infos, hashes] = [slotInfo, slotHash];
  slotInfo = emptySlots(infos.length * 2);
  slotHash = new Int32Array(infos.length * 2);
  const mask = slotInfo.length - 1;
  for (let k = 0; k < infos.length; k++) {
    const info = infos[k];
    if (info === undefined) continue;
    const h = hashes[k]!;
    let slot = (h ^ (h >>> 15)) & mask;
    while (slotInfo[slot] !== undefined) slot = (slot + 1) & mask;
    slotInfo[slot] = info;
    slotHash[slot] = h;
  }
}

/** The facts of a normalized word. */
export const wordInfo = (w: string): WordInfo => spanInfo(w, 0, w.length);

function newInfo(spelled: string): WordInfo {
  const w = standardWord(spelled);
  const key = PERSON.get(w) ?? w;
  let id = IDS.get(key);
  if (id === undefined) IDS.set(key, (id = IDS.size + 1));
  return {
    w,
    spelled,
    s: contentStem(w),
    num: isDigitCode(w.charCodeAt(0)) || isNumberWord(w),
    neg: NEGATORS.has(w) || w.endsWith("n't"),
    sound: SOUNDS.has(w),
    typed: TYPED_IN_CONTEXT.has(w),
    aside: ASIDE_OPENERS.has(w),
    id,
    // Set from the start, so every word has one shape (see phrases.ts).
    phraseOwner: undefined,
    phraseCode: 0,
    phraseStart: -1,
    phraseBare: 0,
  };
}
