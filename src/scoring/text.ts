// Text utilities shared by the scorer and the HCP engine: normalize once, tokenize once,
// match phrases on word boundaries (SCORING.md defect 1: "no" never fires inside "know").
export interface TurnText {
  /** Lowercased, curly quotes straightened, whitespace folded. */
  norm: string;
  /** Word tokens of `norm` (letters, digits, inner apostrophes and hyphens). */
  words: string[];
  /** Content words: tokens minus stop words, for overlap. */
  content: Set<string>;
  /** Ends in or contains a question mark, or starts with a question word and has no period. */
  isQuestion: boolean;
  /** ` ${words.join(' ')} ` — phrase matching is a substring test on this padded string. */
  padded: string;
}

const STOP_WORDS = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as is are was were be been being am ' +
    'i me my mine we us our you your yours he him his she her it its they them their this that these those ' +
    "do does did doing have has had having can could would should will shall may might must not no yes " +
    "just very really quite also too about into over under up down out off than there here what which who " +
    "whom whose when where why how all any some each more most other such only own same s t don't i'm it's " +
    "that's you're we're they're i've you've we've i'll you'll we'll let's okay ok well oh um uh like get got " +
    "go going know think see say said one thing things way lot there's here's what's who's how's where's isn't aren't " +
    "doesn't didn't won't can't wouldn't couldn't shouldn't haven't hasn't i'd you'd we'd they'd he's she's they'll they've"
  ).split(/\s+/),
);

const QUESTION_STARTS = new Set([
  'how', 'what', 'why', 'when', 'where', 'who', 'which', 'whose', 'whom', 'is', 'are', 'do', 'does', 'did',
  'can', 'could', 'would', 'will', 'should', 'have', 'has', 'may', 'might', 'shall', 'was', 'were',
]);

const NON_ASCII = /[^\u0000-\u007F]/;
const LOOSE_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/** Lowercase, straighten curly quotes, fold whitespace. */
export function normalize(text: string): string {
  let s = text;
  // Pure ASCII text (most turns) needs no Unicode folding: skipping it keeps scoring fast (defect 5).
  if (NON_ASCII.test(s)) {
    s = s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015]/g, '-');
  } else s = s.toLowerCase().replace(/`/g, "'");
  return LOOSE_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

export function tokenize(norm: string): string[] {
  return norm.match(WORD) ?? [];
}

/** Crude English stemming, enough for "priorities" ~ "priority", "staffing" ~ "staff". */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/ies$/, 'y')
    .replace(/(ss)es$/, '$1')
    .replace(/([^s])s$/, '$1')
    .replace(/(ing|ed)$/, '')
    .replace(/(.)\1$/, '$1');
}

/** Content-word stem of a word, or '' for a stop word, number or short word. */
export function contentStem(word: string): string {
  if (word.length <= 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) return '';
  return stem(word);
}

/** Stems are pure and a conversation's vocabulary is small: memoize (bounded) for speed. */
const STEMS = new Map<string, string>();
const MAX_STEMS = 50_000;

export function contentWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    let s = STEMS.get(w);
    if (s === undefined) {
      if (STEMS.size >= MAX_STEMS) STEMS.clear();
      s = contentStem(w);
      STEMS.set(w, s);
    }
    if (s !== '') out.add(s);
  }
  return out;
}

export function isQuestionText(norm: string, words: readonly string[]): boolean {
  if (norm.includes('?')) return true;
  const first = words[0];
  return first !== undefined && QUESTION_STARTS.has(first) && !/[.!]$/.test(norm) && words.length >= 3;
}

export function analyze(text: string): TurnText {
  const norm = normalize(text);
  const words = tokenize(norm);
  return { norm, words, content: contentWords(words), isQuestion: isQuestionText(norm, words), padded: ` ${words.join(' ')} ` };
}

/** A phrase, normalized to the same word form a turn's `padded` uses. */
export function phraseKey(phrase: string): string {
  return ` ${tokenize(normalize(phrase)).join(' ')} `;
}

/** Compiles a phrase list once; `match` returns the first phrase found on word boundaries. */
export function phraseMatcher(phrases: readonly string[]): (t: TurnText) => string | undefined {
  const keys = phrases.map((p) => ({ p, key: phraseKey(p) })).filter(({ key }) => key.trim() !== '');
  return (t) => keys.find(({ key }) => t.padded.includes(key))?.p;
}

/** Share of `a`'s content words that also appear in `b` (0 when `a` has none). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

/** Words of `a` also in `b`, in `a`'s order. */
export function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((w) => b.has(w));
}

/** A short quote for evidence: first `max` characters on a word boundary. */
export function shortQuote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
