// Plain word handling for the HCP-quality detectors, independent of the engine's own tokenizer so the
// check does not share the engine's blind spots.

/** Function words that say nothing about which fact or topic a sentence is about. */
const STOP = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto about over under than then ' +
    'is are was were be been being am do does did done have has had having will would can could shall should may might must ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'this that these those there here what which who whom whose when where why how ' +
    'not no yes all any some each every both either neither more most much many few less least very just also only ' +
    'as if because while until once up down out off again further same such own too s t don isn aren wasn weren ' +
    "it's that's there's i'm i've i'd i'll you're you've you'd we're we've they're can't won't don't doesn't didn't " +
    'per via vs versus one'
  ).split(/\s+/),
);

/** Words as a reader sees them: lowercase, curly quotes straightened, hyphens and decimals kept inside. */
export function words(text) {
  const norm = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return norm.match(/[a-z0-9]+(?:['.-][a-z0-9]+)*/g) ?? [];
}

/** A crude stem: enough to match "hospitalizations" with "hospitalization", never clever. */
export function stem(word) {
  if (/^\d/.test(word) || word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ss')) return word;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Content words of a text, stemmed. */
export function contentWords(text) {
  return new Set(
    words(text)
      .filter((w) => !STOP.has(w))
      .map(stem),
  );
}

export const isStopWord = (word) => STOP.has(word.toLowerCase());

/** Sentences of a text, split after . ! ? (a decimal point or "Dr." does not end one). */
export function sentences(text) {
  return text
    .split(/(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|e\.g|i\.e|approx)\.)(?<=[.!?])\s+(?=["'\u201C]?[A-Za-z0-9])/i)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Lowercase, single-spaced, without trailing punctuation: how "the same sentence" is compared. */
export const normalizeSentence = (text) => words(text).join(' ');

/** Share of `wanted` found in `have` (0 when nothing is wanted). */
export function coverage(wanted, have) {
  if (wanted.size === 0) return 0;
  let n = 0;
  for (const w of wanted) if (have.has(w)) n++;
  return n / wanted.size;
}
